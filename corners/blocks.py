"""StreamField blocks of a corner: curated shelves that point into the catalogue and the events.

A material lives once, in the catalogue: the record blocks hold references and filters, never copies.
"""

from django.core.exceptions import ValidationError
from django.http import QueryDict
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from taggit.models import Tag
from wagtail import blocks
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from cabinet_site.blocks import RICH_TEXT_FEATURES, CalloutBlock, FAQBlock, HeadingBlock, prefetch_renditions
from events.listing import label_events
from events.models import EventIndexPage, EventKind, EventPage
from resources.catalogue import CatalogueQuery, in_key_order, label_records
from resources.grades import GRADE_CHOICES
from resources.models import ResourceIndexPage, ResourcePage, ResourceType, Subject
from resources.models.documents import MaterialLanguage

MAX_SHOWN = 24


def term_choices(model):
    """A vocabulary's terms as (slug, name) choices, named in the default language."""

    def choices():
        return [("", "—")] + [
            (term.slug, term.name) for term in model.objects.filter(locale__language_code="kk").order_by("sort_order")
        ]

    return choices


def resource_type_choices():
    return term_choices(ResourceType)()


def subject_choices():
    return term_choices(Subject)()


def event_kind_choices():
    return term_choices(EventKind)()


class TermChoiceBlock(blocks.ChoiceBlock):
    """A vocabulary term chosen by its slug.

    ChoiceBlock reads its choices (here a query) every time a stored value is loaded, to match the
    value's type; a slug is stored as the string it is, so a corner's body loads without queries.
    """

    def to_python(self, value):
        return value


def section_in_same_tree(page, model):
    """The live section of `model` under the same home page (so in the same language) as `page`."""
    if page is None:
        return None
    home = page.get_ancestors().filter(depth=2).first() if page.depth > 2 else page
    if home is None:
        return None
    return model.objects.live().public().descendant_of(home).order_by("path").first()


class ChecklistBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    items = blocks.ListBlock(blocks.CharBlock(label=_("item")), label=_("items"))

    class Meta:
        icon = "tasks"
        label = _("Checklist")
        template = "corners/blocks/checklist_block.html"


class HandPickedRecordsBlock(blocks.StructBlock):
    """Records chosen one by one; a record that is no longer published is left out."""

    heading = blocks.CharBlock(label=_("heading"), required=False)
    records = blocks.ListBlock(
        blocks.PageChooserBlock(page_type="resources.ResourcePage", label=_("record")), label=_("records")
    )

    class Meta:
        icon = "list-ul"
        label = _("Hand-picked catalogue records")
        template = "corners/blocks/records_block.html"

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        page = (parent_context or {}).get("page")
        context["records"] = self.live_records(value["records"], page.locale if page else None)
        return context

    @staticmethod
    def live_records(chosen, locale):
        """The chosen records in `locale` where translated (else as chosen), live and public, in order."""
        keys = [record.translation_key for record in chosen if record is not None]
        candidates = (
            ResourcePage.objects.live()
            .public()
            .filter(translation_key__in=keys)
            .select_related("resource_type", "locale")
            .prefetch_related("subjects", "languages", "document_links")
        )
        by_key = {}
        for record in candidates:
            if locale is None or record.locale_id == locale.pk or record.translation_key not in by_key:
                by_key[record.translation_key] = record
        records = [by_key[key] for key in dict.fromkeys(keys) if key in by_key]
        return label_records(records, locale) if locale else records


class CatalogueFilterBlock(blocks.StructBlock):
    """A saved catalogue search: the newest live matching records, and a link to the same search."""

    heading = blocks.CharBlock(label=_("heading"), required=False)
    resource_type = TermChoiceBlock(label=_("type"), choices=resource_type_choices, required=False)
    subject = TermChoiceBlock(
        label=pgettext_lazy("school subject", "subject"), choices=subject_choices, required=False
    )
    grade_from = blocks.ChoiceBlock(label=_("from grade"), choices=GRADE_CHOICES, required=False)
    grade_to = blocks.ChoiceBlock(label=_("to grade"), choices=GRADE_CHOICES, required=False)
    language = blocks.ChoiceBlock(
        label=_("language of the material"), choices=MaterialLanguage.choices, required=False
    )
    tag = blocks.CharBlock(label=_("tag"), required=False, help_text=_("A tag as it is written on the records."))
    words = blocks.CharBlock(label=_("words"), required=False, help_text=_("Search words, as in the catalogue."))
    has_file = blocks.BooleanBlock(label=_("only records with a file"), required=False)
    limit = blocks.IntegerBlock(label=_("how many to show"), default=6, min_value=1, max_value=MAX_SHOWN)

    class Meta:
        icon = "search"
        label = _("Saved catalogue filter")
        template = "corners/blocks/catalogue_filter_block.html"

    def clean(self, value):
        value = super().clean(value)
        grade_from, grade_to = value.get("grade_from"), value.get("grade_to")
        if grade_from not in (None, "") and grade_to not in (None, "") and int(grade_from) > int(grade_to):
            error = ValidationError(_("The last grade cannot come before the first one."))
            raise blocks.StructBlockValidationError(block_errors={"grade_to": error})
        return value

    @staticmethod
    def query_params(value, tag_slugs=None):
        """The filter as catalogue URL parameters (what a visitor would click in the catalogue).

        `tag_slugs` keeps the slugs of the tags already looked up, by name, for several filters.
        """
        params = QueryDict(mutable=True)
        if value.get("words"):
            params["q"] = value["words"]
        if value.get("resource_type"):
            params["type"] = value["resource_type"]
        if value.get("subject"):
            params["subject"] = value["subject"]
        grade_from, grade_to = value.get("grade_from"), value.get("grade_to")
        if grade_from not in (None, "") or grade_to not in (None, ""):
            low = int(grade_from if grade_from not in (None, "") else grade_to)
            high = int(grade_to if grade_to not in (None, "") else grade_from)
            params.setlist("grade", [str(grade) for grade in range(low, high + 1)])
        if value.get("language"):
            params["language"] = value["language"]
        if tag_name := (value.get("tag") or "").strip():
            tag_slugs = {} if tag_slugs is None else tag_slugs
            if tag_name not in tag_slugs:
                tag = Tag.objects.filter(name__iexact=tag_name).first()
                tag_slugs[tag_name] = tag.slug if tag else slugify(tag_name, allow_unicode=True)
            params["tag"] = tag_slugs[tag_name]
        if value.get("has_file"):
            params["has_file"] = "1"
        params["sort"] = "newest"
        return params

    @classmethod
    def catalogue_query(cls, value, page, *, catalogue=None, tag_slugs=None):
        """The filter read by the catalogue of `page`'s language (or `catalogue`, when the caller
        has found it); None when there is no catalogue."""
        catalogue = catalogue or section_in_same_tree(page, ResourceIndexPage)
        if catalogue is None:
            return None
        return CatalogueQuery(cls.query_params(value, tag_slugs), index_page=catalogue, counted=False)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        query = self.catalogue_query(value, (parent_context or {}).get("page"))
        if query is not None:
            # The catalogue's own order of its own matches: the link below shows the same records first.
            keys = query.ranked_keys()
            shown = keys[: value["limit"]]
            records = ResourcePage.objects.select_related("resource_type").prefetch_related(
                "subjects", "languages", "document_links"
            )
            context["records"] = label_records(in_key_order(records, shown), query.locale)
            context["total"] = len(keys)
            context["catalogue_url"] = query.index_page.url + query.url_with()
        return context


class UpcomingEventsBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    kind = TermChoiceBlock(label=_("kind"), choices=event_kind_choices, required=False)
    subject = TermChoiceBlock(
        label=pgettext_lazy("school subject", "subject"), choices=subject_choices, required=False
    )
    for_young_specialists = blocks.BooleanBlock(label=_("only events for young specialists"), required=False)
    limit = blocks.IntegerBlock(label=_("how many to show"), default=3, min_value=1, max_value=12)

    class Meta:
        icon = "date"
        label = _("Upcoming events")
        template = "corners/blocks/events_block.html"

    @staticmethod
    def upcoming(value, page, now=None):
        events_page = section_in_same_tree(page, EventIndexPage)
        if events_page is None:
            return None, []
        events = EventPage.objects.live().public().child_of(events_page).filter(ends_at__gt=now or timezone.now())
        if value.get("kind"):
            events = events.filter(kind__slug=value["kind"])
        if value.get("subject"):
            events = events.filter(subjects__slug=value["subject"])
        if value.get("for_young_specialists"):
            events = events.filter(for_young_specialists=True)
        events = events.distinct().select_related("kind").prefetch_related("subjects").order_by("start", "pk")
        return events_page, label_events(events[: value["limit"]], events_page.locale)

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        events_page, events = self.upcoming(value, (parent_context or {}).get("page"))
        context["events"] = events
        if events_page is not None:
            params = QueryDict(mutable=True)
            for name in ("kind", "subject"):
                if value.get(name):
                    params[name] = value[name]
            context["events_url"] = events_page.url + (f"?{params.urlencode()}" if params else "")
        return context


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=pgettext_lazy("person", "name"))
    role = blocks.CharBlock(label=_("role"), required=False, help_text=_("For example, mentor, mathematics."))
    photo = ImageChooserBlock(label=_("photo"), required=False)
    about = blocks.TextBlock(label=_("about"), required=False)
    email = blocks.EmailBlock(label=_("e-mail"), required=False)
    phone = blocks.CharBlock(label=_("phone"), required=False)
    hours = blocks.CharBlock(label=_("when to find them"), required=False)


class PeopleBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("heading"), required=False)
    people = blocks.ListBlock(PersonBlock(), label=_("people"))

    class Meta:
        icon = "group"
        label = _("People cards")
        template = "corners/blocks/people_block.html"

    def bulk_to_python(self, values):
        """Every people block of a corner, with the photos' renditions, in two queries."""
        blocks_of_people = super().bulk_to_python(values)
        photos = [person["photo"] for people in blocks_of_people for person in people["people"]]
        prefetch_renditions(photos, "fill-160x160")
        return blocks_of_people


class CornerStreamBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = blocks.RichTextBlock(label=_("Rich text"), features=RICH_TEXT_FEATURES, icon="pilcrow")
    callout = CalloutBlock()
    faq = FAQBlock()
    checklist = ChecklistBlock()
    records = HandPickedRecordsBlock()
    catalogue_filter = CatalogueFilterBlock()
    events = UpcomingEventsBlock()
    people = PeopleBlock()
    video = EmbedBlock(label=_("Embedded video"), icon="media", template="blocks/embed_block.html")
