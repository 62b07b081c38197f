"""Wagtail API v2 at /api/v2/: the pages endpoint, with catalogue records searched as the catalogue searches.

`ResourcePage.api_fields` uses the serializer fields below. They import nothing but Django REST
framework at module level, because the page model imports them while the app registry is still
loading; Wagtail's API views need a ready registry, so the router is built on first use
(`api_router()`, called from cabinet_site/urls.py).

    /api/v2/pages/?type=resources.ResourcePage&locale=ru&search=бағалау
"""

from functools import cache

from rest_framework.fields import Field

from search.keys import key_set

CATALOGUE_FIELDS = [
    "description",
    "resource_type",
    "subjects",
    "grade_min",
    "grade_max",
    "languages",
    "authors",
    "publisher",
    "year",
    "isbn",
    "call_number",
    "copies",
    "availability",
    "external_url",
    "external_id",
    "tags",
    "documents",
]


class PageField(Field):
    """A read-only field computed from the whole page (source="*")."""

    def __init__(self, **kwargs):
        kwargs.update(source="*", read_only=True)
        super().__init__(**kwargs)

    def context_cache(self, name):
        return self.context.setdefault(f"_catalogue_{name}", {}) if isinstance(self.context, dict) else {}


class TermField(PageField):
    """A vocabulary term (or, with many=True, the terms) as {"slug", "name"}, named in the page's language.

    The names come from one query per vocabulary and request, however many pages are listed.
    """

    def __init__(self, model_name, attribute, *, many=False, **kwargs):
        self.model_name = model_name
        self.attribute = attribute
        self.many = many
        super().__init__(**kwargs)

    def names(self, page):
        from django.apps import apps
        from wagtail.models import Locale

        from resources.catalogue import localised_names

        cache = self.context_cache("names").setdefault(page.locale_id, {})
        model = apps.get_model("resources", self.model_name)
        return localised_names(model, Locale(pk=page.locale_id), cache)

    def to_representation(self, page):
        if self.many:
            terms = list(getattr(page, self.attribute).all())
        else:
            term = getattr(page, self.attribute)
            terms = [term] if term is not None else []
        names = self.names(page) if terms else {}
        values = [{"slug": term.slug, "name": names.get(term.slug, term.name)} for term in terms]
        if self.many:
            return values
        return values[0] if values else None


class LanguagesField(PageField):
    """The material's own languages as codes: ["kk", "ru"]."""

    def to_representation(self, page):
        return [language.code for language in page.languages.all()]


class TagNamesField(PageField):
    """Tag names, read from the prefetched tagged items."""

    def to_representation(self, page):
        return sorted(item.tag.name for item in page.tagged_items.all())


class DocumentsField(PageField):
    """Attached files: title, absolute download URL, size in bytes and format."""

    def to_representation(self, page):
        request = self.context.get("request")
        files = []
        for link in page.document_links.all():
            document = link.document
            url = document.url
            files.append(
                {
                    "title": document.title,
                    "url": request.build_absolute_uri(url) if request else url,
                    "size": document.get_file_size(),
                    "format": document.file_extension.upper(),
                }
            )
        return files


@cache
def catalogue_query_class():
    """CatalogueQuery over a given set of records rather than the children of one catalogue page."""
    from resources.catalogue import CatalogueQuery

    class RecordsQuery(CatalogueQuery):
        def __init__(self, params, *, records, locale):
            super().__init__(params, index_page=None, locale=locale)
            self.records = records

        def base_queryset(self):
            return self.records

        def hits_scope(self):
            return None  # the API's records are narrowed by its own parameters

    return RecordsQuery


def catalogue_search(words, queryset, *, locale=None, order_by_relevance=True):
    """Narrow `queryset` (of ResourcePages) to the records the catalogue's own search finds for `words`.

    The words go through CatalogueQuery.search_hits over every live, public record (of `locale`, if
    given), so the API finds what the catalogue page finds; with order_by_relevance the records come
    best first, as the catalogue sorts them.
    """
    from django.http import QueryDict
    from wagtail.models import Locale

    from resources.models import ResourcePage

    params = QueryDict(mutable=True)
    params["q"] = words
    records = ResourcePage.objects.live().public()
    if locale is not None:
        records = records.filter(locale=locale)
    query = catalogue_query_class()(params, records=records, locale=locale or Locale.get_default())
    hits = query.search_hits()
    if hits is None:  # no words left after cleaning: nothing to narrow
        return queryset
    queryset = queryset.filter(pk__in=key_set(hits, queryset.model))
    return query.ordered(queryset) if order_by_relevance else queryset


@cache
def api_router():
    """The /api/v2/ router: a "pages" endpoint whose catalogue search is the catalogue page's."""
    from rest_framework.filters import BaseFilterBackend
    from wagtail.api.v2.filters import SearchFilter
    from wagtail.api.v2.router import WagtailAPIRouter
    from wagtail.api.v2.utils import BadRequestError
    from wagtail.api.v2.views import PagesAPIViewSet
    from wagtail.models import Locale

    from cabinet_site.text import site_language, visible_text
    from resources.models import ResourcePage

    class CatalogueSearchFilter(BaseFilterBackend):
        """`search` on catalogue records uses the catalogue's search (which, unlike Wagtail's, also
        combines with ?tags=); on other pages, Wagtail's."""

        def filter_queryset(self, request, queryset, view):
            if "search" not in request.GET or not issubclass(queryset.model, ResourcePage):
                return SearchFilter().filter_queryset(request, queryset, view)
            locale = None
            code = site_language(request.GET.get("locale"))
            if code:
                locale = Locale.objects.filter(language_code=code).first()
            return catalogue_search(
                visible_text(request.GET["search"]),
                queryset,
                locale=locale,
                order_by_relevance="order" not in request.GET,
            )

    class CataloguePagesAPIViewSet(PagesAPIViewSet):
        filter_backends = [
            CatalogueSearchFilter if backend is SearchFilter else backend
            for backend in PagesAPIViewSet.filter_backends
        ]

        def check_query_parameters(self, queryset):
            super().check_query_parameters(queryset)
            for name, values in self.request.GET.lists():
                if any(visible_text(value) != " ".join(value.split()) for value in values):
                    raise BadRequestError(f"query parameter contains control characters: {name}")

        @classmethod
        def get_listing_default_fields(cls, model):
            fields = super().get_listing_default_fields(model)
            if issubclass(model, ResourcePage):
                fields += [name for name in CATALOGUE_FIELDS if name not in fields]
            return fields

        def get_queryset(self):
            queryset = super().get_queryset()
            if issubclass(queryset.model, ResourcePage):
                queryset = queryset.select_related("locale", "resource_type").prefetch_related(
                    "subjects", "languages", "tagged_items__tag", "document_links__document"
                )
            return queryset

    router = WagtailAPIRouter("wagtailapi")
    router.register_endpoint("pages", CataloguePagesAPIViewSet)
    return router
