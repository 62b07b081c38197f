"""The catalogue's search, filters with live counts, sorting and pagination, all held in the URL."""

import hashlib
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Case, IntegerField, Value, When
from django.http import QueryDict
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.models import Tag

from cabinet_site import fragment_cache
from cabinet_site.text import visible_text
from search.keys import key_set

from .facet_index import ORDERS, facet_index
from .models import Language, ResourcePage, ResourceType, Subject
from .models.pages import GRADE_CHOICES

PER_PAGE = 20
MAX_QUERY_LENGTH = 200
MAX_SEARCH_HITS = 5000
MAX_VALUES_PER_FACET = 30
SORTS = {
    "relevance": _("Relevance"),
    "newest": _("Newest first"),
    "title": pgettext_lazy("catalogue record", "Title"),
    "year": _("Year, newest first"),
}
LIST_PARAMS = ("type", "subject", "grade", "language", "tag")
SINGLE_PARAMS = ("q", "year_from", "year_to", "has_file", "on_shelf", "sort")


@dataclass
class Option:
    value: str
    label: str
    count: int
    selected: bool
    url: str


@dataclass
class Facet:
    name: str
    label: str
    options: list = field(default_factory=list)

    @property
    def has_selection(self):
        return any(option.selected for option in self.options)


def clean_int(value, low, high):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if low <= number <= high else None


class CatalogueQuery:
    """What a visitor asked the catalogue for, read leniently: malformed parts are ignored."""

    def __init__(self, params, *, index_page, locale=None, counted=True):
        self.index_page = index_page
        # Whether a search for words is a teacher's, for the query log (a corner's saved filter is not).
        self.counted = counted
        self.locale = locale or index_page.locale
        self.query = visible_text(params.get("q", ""), MAX_QUERY_LENGTH)
        self.types = self._slugs(params, "type")
        self.subjects = self._slugs(params, "subject")
        self.tags = self._slugs(params, "tag")
        self.grades = sorted({g for g in (clean_int(v, 0, 11) for v in params.getlist("grade")) if g is not None})
        known_languages = {code for code, _label in Language._meta.get_field("code").choices}
        self.languages = sorted({v for v in params.getlist("language") if v in known_languages})
        self.year_from = clean_int(params.get("year_from"), 1800, 2100)
        self.year_to = clean_int(params.get("year_to"), 1800, 2100)
        # "From 2020 to 2010" means the years between them, not nothing: read the other way round.
        self.years_swapped = bool(self.year_from and self.year_to and self.year_from > self.year_to)
        if self.years_swapped:
            self.year_from, self.year_to = self.year_to, self.year_from
        self.has_file = params.get("has_file") == "1"
        self.on_shelf = params.get("on_shelf") == "1"
        # An empty or unknown sort is the default one: relevance for words, else the newest first.
        # The chooser sends "" for it, so that words typed after browsing are sorted by relevance.
        sort = params.get("sort", "")
        self.sort = sort if sort in SORTS and (sort != "relevance" or self.query) else self.default_sort
        self.page_number = clean_int(params.get("page"), 1, 10**6) or 1
        self._names_cache = {}

    @classmethod
    def from_request(cls, request, *, index_page):
        return cls(request.GET, index_page=index_page)

    @property
    def default_sort(self):
        return "relevance" if self.query else "newest"

    @staticmethod
    def _slugs(params, name):
        values = (visible_text(value) for value in params.getlist(name))
        return sorted({value for value in values if 0 < len(value) <= 120})

    # The URL -----------------------------------------------------------------------------------

    def params(self):
        """The state as query parameters, in a stable order."""
        query = QueryDict(mutable=True)
        if self.query:
            query["q"] = self.query
        for name, values in (
            ("type", self.types),
            ("subject", self.subjects),
            ("grade", [str(g) for g in self.grades]),
            ("language", self.languages),
            ("tag", self.tags),
        ):
            if values:
                query.setlist(name, values)
        for name, value in (("year_from", self.year_from), ("year_to", self.year_to)):
            if value is not None:
                query[name] = str(value)
        if self.has_file:
            query["has_file"] = "1"
        if self.on_shelf:
            query["on_shelf"] = "1"
        if self.sort != self.default_sort:
            query["sort"] = self.sort
        return query

    def url_with(self, **changes):
        """The catalogue's URL with some parameters replaced (None removes); the page is reset."""
        query = self.params()
        for name, value in changes.items():
            query.pop(name, None)
            if isinstance(value, list | tuple):
                if value:
                    query.setlist(name, list(value))
            elif value not in (None, "", False):
                query[name] = str(value)
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    def toggle_url(self, name, value):
        current = [str(v) for v in getattr(self, FACET_ATTRIBUTES[name])]
        values = [v for v in current if v != value] if value in current else [*current, value]
        return self.url_with(**{name: values})

    def page_url(self, number):
        query = self.params()
        if number > 1:
            query["page"] = str(number)
        encoded = query.urlencode()
        return f"?{encoded}" if encoded else "?"

    @property
    def state_key(self):
        """What the visitor asked, as read (malformed parts dropped): one kept result per question."""
        state = f"{self.params().urlencode()}&page={self.page_number}&swapped={self.years_swapped}"
        return hashlib.sha256(state.encode()).hexdigest()

    @property
    def is_filtered(self):
        return bool(
            self.types
            or self.subjects
            or self.grades
            or self.languages
            or self.tags
            or self.year_from
            or self.year_to
            or self.has_file
            or self.on_shelf
        )

    # The records -------------------------------------------------------------------------------

    def hits_scope(self):
        """What the words are searched among, as a part of the kept outcome's key (None: not kept)."""
        return self.index_page.pk

    def base_queryset(self):
        # .public() reads the view restrictions when it is called: build the queryset once.
        if not hasattr(self, "_base"):
            self._base = ResourcePage.objects.live().public().child_of(self.index_page)
        return self._base

    @property
    def index(self):
        """The catalogue's records as bit sets per filter value (resources/facet_index.py)."""
        if not hasattr(self, "_index"):
            self._index = facet_index(self.index_page, self.base_queryset)
        return self._index

    def records(self, without=None):
        """The matching records as a set of the index's bits, leaving out one filter (for its own counts)."""
        index = self.index
        found = index.everything
        hits = self.search_hits()
        if hits is not None:
            if not hasattr(self, "_hit_set"):
                self._hit_set = index.of_keys(hits)
            found &= self._hit_set
        for name in LIST_PARAMS:
            selected = getattr(self, FACET_ATTRIBUTES[name])
            if selected and without != name:
                found &= index.any_of(name, selected)
        if (self.year_from or self.year_to) and without != "year":
            found &= index.in_years(self.year_from, self.year_to)
        if self.has_file and without != "has_file":
            found &= index.has_file
        if self.on_shelf and without != "on_shelf":
            found &= index.on_shelf
        return found

    def search_hits(self):
        """Primary keys of the records matching the words, best first; None when there are no words.

        The words go through the site's search (search.query): all of them, else the corrected
        words, else any of them; `search_outcome` says which (for the notice above the results).
        A visitor who pages through the results, sorts them or turns filters on and off searches
        for the same words each time: the outcome is kept until the site changes, as Solr keeps
        its query results (cabinet_site/fragment_cache.py).
        """
        if not hasattr(self, "_hits"):
            from search.analysis import words
            from search.query import run_search
            from search.querylog import log_query

            self._hits = None
            self.search_outcome = None
            if self.query:

                def search():
                    # Only the keys are needed here: building thousands of records costs seconds.
                    return run_search(self.base_queryset(), self.query, limit=MAX_SEARCH_HITS, keys=True)

                scope = self.hits_scope()
                if scope is None:
                    self.search_outcome = search()
                else:
                    words_key = hashlib.sha256(self.query.encode()).hexdigest()
                    self.search_outcome = fragment_cache.remember(None, "catalogue-hits", [scope, words_key], search)
                self._hits = self.search_outcome.results
                if self.counted and words(self.query):
                    log_query(self.locale.language_code, self.query, found=bool(self._hits))
        return self._hits

    def matching(self, without=None):
        """The matching records as a queryset (for the export)."""
        keys = self.index.keys_of(self.records(without))
        return ResourcePage.objects.filter(pk__in=key_set(keys, ResourcePage))

    def ordered(self, queryset):
        hits = self.search_hits()
        if self.sort == "relevance" and hits:
            rank = Case(*[When(pk=pk, then=Value(i)) for i, pk in enumerate(hits)], output_field=IntegerField())
            return queryset.annotate(rank=rank).order_by("rank")
        return queryset.order_by(*ORDERS.get(self.sort, ORDERS["newest"]))

    def ranked_keys(self):
        """The matching records' keys in the order asked: the search's, or one the index keeps."""
        hits, found = self.search_hits(), self.records()
        if self.sort == "relevance" and hits:
            return self.index.keys_among(found, hits)
        return self.index.keys_of(found, self.sort if self.sort in ORDERS else "newest")

    def results(self):
        """One page of the matching records; only that page's records are loaded."""
        if not hasattr(self, "_results"):
            paginator = Paginator(self.ranked_keys(), PER_PAGE)
            page = paginator.page(min(self.page_number, paginator.num_pages))
            page.object_list = in_key_order(self.with_card_data(ResourcePage.objects.all()), page.object_list)
            label_records(page.object_list, self.locale, self._names_cache)
            self._results = page
        return self._results

    @staticmethod
    def with_card_data(queryset):
        """What a result card shows, in a fixed number of queries."""
        return queryset.select_related("resource_type").prefetch_related(
            "subjects", "languages", "document_links__document", "tagged_items__tag"
        )

    def pagination(self):
        """Links for the result pages: previous, next and a window of numbers around the current one."""
        page = self.results()
        total = page.paginator.num_pages
        window = sorted({1, total, *range(max(1, page.number - 2), min(total, page.number + 2) + 1)})
        links, previous = [], 0
        for number in window:
            if number - previous > 1:
                links.append({"gap": True})
            links.append({"number": number, "url": self.page_url(number), "current": number == page.number})
            previous = number
        return {
            "previous": self.page_url(page.number - 1) if page.has_previous() else None,
            "next": self.page_url(page.number + 1) if page.has_next() else None,
            "links": links,
        }

    # Facets ------------------------------------------------------------------------------------

    def facets(self):
        if not hasattr(self, "_facets"):
            self._facets = [
                self.taxonomy_facet("type", _("Type"), ResourceType, self.types),
                self.taxonomy_facet("subject", _("Subject"), Subject, self.subjects),
                self.grade_facet(),
                self.language_facet(),
                self.tag_facet(),
            ]
        return self._facets

    def counts(self, name):
        """Records per value of one filter among those matching every other filter."""
        among = self.records(without=name)
        return {
            value: count
            for value, records in self.index.values[name].items()
            if (count := (records & among).bit_count())
        }

    def taxonomy_facet(self, name, label, model, selected):
        counts = self.counts(name)
        names = localised_names(model, self.locale, self._names_cache)
        slugs = sorted(set(counts) | set(selected), key=lambda s: (-counts.get(s, 0), names.get(s, s)))
        return Facet(
            name,
            label,
            [
                Option(slug, names.get(slug, slug), counts.get(slug, 0), slug in selected, self.toggle_url(name, slug))
                for slug in slugs[:MAX_VALUES_PER_FACET]
            ],
        )

    def grade_facet(self):
        counts = self.counts("grade")
        return Facet(
            "grade",
            _("Grade"),
            [
                Option(
                    str(grade),
                    str(label),
                    counts.get(grade, 0),
                    grade in self.grades,
                    self.toggle_url("grade", str(grade)),
                )
                for grade, label in GRADE_CHOICES
                if counts.get(grade) or grade in self.grades
            ],
        )

    def language_facet(self):
        counts = self.counts("language")
        choices = Language._meta.get_field("code").choices
        return Facet(
            "language",
            _("Language of the material"),
            [
                Option(
                    code, str(label), counts.get(code, 0), code in self.languages, self.toggle_url("language", code)
                )
                for code, label in choices
                if counts.get(code) or code in self.languages
            ],
        )

    def tag_facet(self):
        counts, index = self.counts("tag"), self.index
        shown = sorted(counts, key=lambda slug: (-counts[slug], index.tag_rank[slug]))[:MAX_VALUES_PER_FACET]
        options = [
            Option(slug, index.tag_names[slug], counts[slug], slug in self.tags, self.toggle_url("tag", slug))
            for slug in shown
        ]
        for tag in Tag.objects.filter(slug__in=[s for s in self.tags if s not in shown]):
            options.append(Option(tag.slug, tag.name, 0, True, self.toggle_url("tag", tag.slug)))
        return Facet("tag", _("Tag"), options)

    def switch_counts(self):
        """How many records the "has a file" and "on the shelf" switches would leave."""
        index = self.index
        return (
            (self.records(without="has_file") & index.has_file).bit_count(),
            (self.records(without="on_shelf") & index.on_shelf).bit_count(),
        )

    def suggestions(self):
        """For an empty result: which single filter to drop, and how many records that would show."""
        if not self.is_filtered:
            return []
        suggestions = []
        for name, label, values in self.active_filters():
            count = self.records(without=name).bit_count()
            if count:
                suggestions.append({"label": label, "values": values, "count": count, "url": self.url_without(name)})
        return sorted(suggestions, key=lambda s: -s["count"])

    def url_without(self, name):
        if name == "year":
            return self.url_with(year_from=None, year_to=None)
        return self.url_with(**{name: None})

    def active_filters(self):
        facets = {facet.name: facet for facet in self.facets()}
        active = []
        for name in LIST_PARAMS:
            selected = [o.label for o in facets[name].options if o.selected]
            if selected:
                active.append((name, facets[name].label, selected))
        if self.year_from or self.year_to:
            active.append(("year", _("Year"), [f"{self.year_from or '…'}–{self.year_to or '…'}"]))
        if self.has_file:
            active.append(("has_file", _("Has a file"), []))
        if self.on_shelf:
            active.append(("on_shelf", _("On the shelf"), []))
        return active

    @property
    def sort_options(self):
        """The chooser's options; the default one (relevance for words, else the newest) sends ""."""
        return [
            {"value": "" if value == self.default_sort else value, "label": label, "selected": value == self.sort}
            for value, label in SORTS.items()
            if value != "relevance" or self.query
        ]


FACET_ATTRIBUTES = {"type": "types", "subject": "subjects", "grade": "grades", "language": "languages", "tag": "tags"}


def in_key_order(queryset, keys):
    """The records of `queryset` with these primary keys, in the keys' order (missing ones left out)."""
    found = queryset.filter(pk__in=keys).in_bulk()
    return [found[pk] for pk in keys if pk in found]


def localised_names(model, locale, cache=None):
    """Slug → name in `locale`, falling back to any language the term has."""
    cache = {} if cache is None else cache
    if model not in cache:
        names = {}
        for term in model.objects.order_by("slug"):
            if term.locale_id == locale.pk or term.slug not in names:
                names[term.slug] = term.name
        cache[model] = names
    return cache[model]


def label_records(records, locale, cache=None):
    """Give each record its type and subject names in `locale`, in two queries for any number of records."""
    records = list(records)
    if not records:
        return records
    type_names = localised_names(ResourceType, locale, cache)
    subject_names = localised_names(Subject, locale, cache)
    for record in records:
        record.type_label = type_names.get(record.resource_type.slug) if record.resource_type_id else ""
        record.subject_labels = [subject_names.get(subject.slug, subject.name) for subject in record.subjects.all()]
    return records
