"""The translation overview: every page in every other language, with the state of its translation.

For each page that is a translation source (a Kazakh page, or a page first written in another
language) and each other content language, the overview says whether the translation is

* up to date: a translation exists and was synced after the source was last published;
* out of date: the source was published after the translation was last synced;
* not translated: the page in that language is an alias of the source, or does not exist.

"Synced" means wagtail-localize's TranslationSource.last_updated_at (set when the source's
content is extracted, i.e. on the first translation and on every "Sync translated pages"). A
translation made by hand, without wagtail-localize, is compared by its own last publication.

The whole table is computed from a fixed number of queries, however many pages there are.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count, Exists, OuterRef
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from cabinet_site import roles

# Short labels carry the context "translation overview" (written out: xgettext reads only literals)
# so that the project's catalogues never replace Wagtail's own translation of the same word.
UP_TO_DATE = "up_to_date"
OUT_OF_DATE = "out_of_date"
NOT_TRANSLATED = "not_translated"
STATES = {
    UP_TO_DATE: pgettext_lazy("translation overview", "Up to date"),
    OUT_OF_DATE: pgettext_lazy("translation overview", "Out of date"),
    NOT_TRANSLATED: pgettext_lazy("translation overview", "Not translated"),
}

# The top-level sections of the page tree, by the section page's type.
SECTION_TYPES = {
    "corners.cornerindexpage": "corners",
    "resources.resourceindexpage": "catalogue",
    "events.eventindexpage": "events",
    "events.newsindexpage": "news",
}
OTHER = "other"
SECTIONS = {
    "corners": pgettext_lazy("translation overview", "Corners"),
    "catalogue": pgettext_lazy("translation overview", "Catalogue"),
    "events": pgettext_lazy("translation overview", "Events"),
    "news": pgettext_lazy("translation overview", "News"),
    OTHER: pgettext_lazy("translation overview", "Other pages"),
}
SECTION_DEPTH = 3  # root (1) > home page (2) > section (3)
PER_PAGE = 50


def can_view_translation_overview(user):
    """Methodologists look after the translations; superusers see everything."""
    if not user.is_authenticated or not user.is_active:
        return False
    return user.is_superuser or user.groups.filter(name=roles.METHODOLOGISTS).exists()


@dataclass
class Row:
    source: dict  # the source page's values
    locale: Locale
    section: str
    state: str
    target: dict | None = None  # the page in `locale`, if any
    is_alias: bool = False
    translation_source_id: int | None = None  # set when wagtail-localize keeps the translation
    segments: int = 0
    translated_segments: int = 0

    @property
    def state_label(self):
        return STATES[self.state]

    @property
    def section_label(self):
        return SECTIONS[self.section]

    @property
    def percent(self):
        if self.translation_source_id is None or not self.segments:
            return None
        return round(100 * self.translated_segments / self.segments)

    @property
    def source_edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.source["id"]])

    @property
    def target_edit_url(self):
        return reverse("wagtailadmin_pages:edit", args=[self.target["id"]]) if self.target else None

    @property
    def action(self):
        """(label, url) of what to do next with this translation."""
        if self.state == NOT_TRANSLATED:
            return pgettext_lazy("translation overview", "Translate"), reverse(
                "wagtail_localize:submit_page_translation", args=[self.source["id"]]
            )
        if self.state == OUT_OF_DATE and self.translation_source_id is not None:
            return pgettext_lazy("translation overview", "Sync"), reverse(
                "wagtail_localize:update_translations", args=[self.translation_source_id]
            )
        return pgettext_lazy("translation overview", "Edit translation"), self.target_edit_url


PAGE_FIELDS = (
    "id",
    "path",
    "depth",
    "title",
    "locale_id",
    "translation_key",
    "alias_of_id",
    "live",
    "last_published_at",
    "content_type__app_label",
    "content_type__model",
)


def content_locales():
    """The content locales in the order of settings.LANGUAGES (kk, ru, en)."""
    order = {code: index for index, (code, _name) in enumerate(settings.WAGTAIL_CONTENT_LANGUAGES)}
    locales = [locale for locale in Locale.objects.all() if locale.language_code in order]
    return sorted(locales, key=lambda locale: order[locale.language_code])


def build_rows(locales=None):
    """Every (source page, other locale) pair with its state, in tree order."""
    locales = content_locales() if locales is None else locales
    locale_ids = {locale.id for locale in locales}
    default_locale_id = next((locale.id for locale in locales if locale.language_code == settings.LANGUAGE_CODE), None)
    pages = list(Page.objects.filter(depth__gt=1, locale_id__in=locale_ids).order_by("path").values(*PAGE_FIELDS))
    sections = {
        page["path"]: SECTION_TYPES.get(f"{page['content_type__app_label']}.{page['content_type__model']}", OTHER)
        for page in pages
        if page["depth"] == SECTION_DEPTH
    }
    groups = defaultdict(dict)  # translation_key -> {locale_id: page}
    for page in pages:
        groups[page["translation_key"]][page["locale_id"]] = page

    # The wagtail-localize sources of pages (several for a page translated from more than one
    # locale), their translations and string counts: subqueries rather than lists of ids, so the
    # queries stay the same size however many pages there are.
    page_type = ContentType.objects.get_for_model(Page)
    localize_sources = TranslationSource.objects.filter(object__content_type=page_type)
    page_sources = defaultdict(dict)  # translation_key -> {locale_id: TranslationSource values}
    for source in localize_sources.values("id", "object_id", "locale_id", "last_updated_at"):
        page_sources[source["object_id"]][source["locale_id"]] = source
    translations = set(
        Translation.objects.filter(source__in=localize_sources, enabled=True).values_list(
            "source_id", "target_locale_id"
        )
    )
    segments = segment_counts(localize_sources)
    translated = {locale.id: translated_segment_counts(localize_sources, locale) for locale in locales}

    steplen = Page.steplen
    rows = []
    for page in pages:
        group = groups[page["translation_key"]]
        if source_page_of(group, page_sources[page["translation_key"]], default_locale_id) is not page:
            continue
        section = sections.get(page["path"][: steplen * SECTION_DEPTH], OTHER)
        for locale in locales:
            if locale.id == page["locale_id"]:
                continue
            row = Row(source=page, locale=locale, section=section, state=NOT_TRANSLATED)
            target = group.get(locale.id)
            row.target = target
            if target is not None and target["alias_of_id"] is not None:
                row.is_alias = True
            elif target is not None:
                localize_source = page_sources[page["translation_key"]].get(page["locale_id"])
                if localize_source is not None and (localize_source["id"], locale.id) in translations:
                    row.translation_source_id = localize_source["id"]
                    row.segments = segments.get(localize_source["id"], 0)
                    row.translated_segments = translated[locale.id].get(localize_source["id"], 0)
                    synced_at = localize_source["last_updated_at"]
                else:
                    synced_at = target["last_published_at"]
                changed_at = page["last_published_at"]
                outdated = changed_at is not None and (synced_at is None or changed_at > synced_at)
                row.state = OUT_OF_DATE if outdated else UP_TO_DATE
            rows.append(row)
    return rows


def source_page_of(group, localize_sources, default_locale_id):
    """The page of a translation group that the others are translated from.

    The page wagtail-localize translates from (the default locale's first), else the page in the
    default locale, else the oldest page that is not an alias.
    """
    originals = {locale_id: page for locale_id, page in group.items() if page["alias_of_id"] is None}
    for locale_id in (default_locale_id, *localize_sources):
        if locale_id in localize_sources and locale_id in originals:
            return originals[locale_id]
    if default_locale_id in originals:
        return originals[default_locale_id]
    return min(originals.values(), key=lambda page: page["id"]) if originals else None


def segment_counts(sources):
    rows = StringSegment.objects.filter(source__in=sources).values("source_id").annotate(n=Count("id"))
    return {row["source_id"]: row["n"] for row in rows}


def translated_segment_counts(sources, locale):
    """Per source, how many of its strings have a (valid) translation into `locale`: one query."""
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=locale.id,
        has_error=False,
    )
    rows = (
        StringSegment.objects.filter(source__in=sources)
        .filter(Exists(translated))
        .values("source_id")
        .annotate(n=Count("id"))
    )
    return {row["source_id"]: row["n"] for row in rows}


class OverviewFilterForm(forms.Form):
    section = forms.ChoiceField(
        label=pgettext_lazy("translation overview", "Section"),
        required=False,
        choices=[("", pgettext_lazy("translation overview", "All sections")), *SECTIONS.items()],
    )
    state = forms.ChoiceField(
        label=pgettext_lazy("translation overview", "State"),
        required=False,
        choices=[("", pgettext_lazy("translation overview", "All states")), *STATES.items()],
    )
    locale = forms.ChoiceField(label=pgettext_lazy("translation overview", "Language"), required=False)

    def __init__(self, *args, locales, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["locale"].choices = [("", pgettext_lazy("translation overview", "All languages"))] + [
            (locale.language_code, locale.get_display_name()) for locale in locales
        ]


class TranslationOverviewView(WagtailAdminTemplateMixin, TemplateView):
    template_name = "cabinet_site/admin/translation_overview.html"
    page_title = _("Translation overview")
    header_icon = "globe"

    def dispatch(self, request, *args, **kwargs):
        if not can_view_translation_overview(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": reverse("cabinet_translation_overview"), "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        locales = content_locales()
        form = OverviewFilterForm(self.request.GET, locales=locales)
        filters = form.cleaned_data if form.is_valid() else {}
        rows = build_rows(locales)
        if filters.get("section"):
            rows = [row for row in rows if row.section == filters["section"]]
        if filters.get("locale"):
            rows = [row for row in rows if row.locale.language_code == filters["locale"]]

        counts = {locale.id: Counter() for locale in locales}
        for row in rows:
            counts[row.locale.id][row.state] += 1
        summary = [
            {
                "locale": locale,
                "total": sum(counts[locale.id].values()),
                "states": [(state, label, counts[locale.id][state]) for state, label in STATES.items()],
            }
            for locale in locales
            if counts[locale.id]
        ]

        if filters.get("state"):
            rows = [row for row in rows if row.state == filters["state"]]
        paginator = Paginator(rows, PER_PAGE)
        page_obj = paginator.get_page(self.request.GET.get("p"))
        context.update(
            form=form,
            summary=summary,
            page_obj=page_obj,
            rows=page_obj.object_list,
            elided_page_range=paginator.get_elided_page_range(page_obj.number),
        )
        return context
