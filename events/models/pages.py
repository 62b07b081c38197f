import re
from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cabinet_site.blocks import BodyStreamBlock
from cabinet_site.i18n import localized_all
from cabinet_site.models import BasePage, SectionIndexPage
from events import schedule
from events.blocks import ProgrammeBlock
from resources.grades import GRADE_CHOICES, grades_phrase
from resources.models import Subject

from .taxonomy import EventKind


class EventLevel(models.TextChoices):
    SCHOOL = "school", _("School")
    DISTRICT = "district", _("District")
    CITY = "city", _("City")
    REGIONAL = "regional", _("Regional")
    NATIONAL = "national", _("National")


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", pgettext_lazy("event or registration status", "Cancelled")
    POSTPONED = "postponed", _("Postponed")
    ONLINE = "online", _("Moved online")


def split_names(text):
    return [name.strip() for name in re.split(r"[;\n]", text) if name.strip()]


class EventIndexPage(SectionIndexPage):
    """Seminars, master classes, open lessons and competitions: upcoming, past, filters and a calendar."""

    subpage_types = ["events.EventPage"]

    class Meta:
        verbose_name = _("events section")
        verbose_name_plural = _("events sections")

    def get_context(self, request, *args, **kwargs):
        from events.listing import EventQuery

        context = super().get_context(request, *args, **kwargs)
        context["events"] = EventQuery.from_request(request, index_page=self)
        return context

    def query_across_languages(self, params):
        """What the language switcher asks this section's counterparts for (see EventQuery.params)."""
        from events.listing import EventQuery

        return EventQuery(params, index_page=self).params()


class EventResourceLink(Orderable):
    page = ParentalKey("events.EventPage", related_name="resource_links", on_delete=models.CASCADE)
    resource = models.ForeignKey(
        "resources.ResourcePage", verbose_name=_("catalogue record"), on_delete=models.CASCADE, related_name="+"
    )

    panels = [FieldPanel("resource")]

    class Meta(Orderable.Meta):
        verbose_name = _("material of the event")
        verbose_name_plural = _("materials of the event")


class EventGalleryImage(Orderable):
    page = ParentalKey("events.EventPage", related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


# A change to any of these makes calendars that subscribed to the event update it (iCalendar SEQUENCE).
CALENDAR_FIELDS = ("title", "start", "end", "all_day", "status", "venue", "address", "online_url", "postponed_from")


class EventPage(BasePage):
    """One event, from its announcement to its report."""

    kind = models.ForeignKey(EventKind, verbose_name=_("kind"), null=True, on_delete=models.PROTECT, related_name="+")
    level = models.CharField(_("level"), max_length=20, choices=EventLevel.choices, default=EventLevel.SCHOOL)
    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED, db_index=True
    )
    postponed_from = models.DateTimeField(
        _("originally planned for"),
        null=True,
        blank=True,
        help_text=_("For a postponed event: the date first announced. Put the new date in “Starts”."),
    )
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("Almaty time."))
    end = models.DateTimeField(_("ends"), null=True, blank=True, help_text=_("Almaty time. Empty: the same day."))
    all_day = models.BooleanField(_("whole day"), default=False, help_text=_("Times are not shown."))
    ends_at = models.DateTimeField(editable=False, null=True, db_index=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True, help_text=_("For example, School No. 57, hall."))
    address = models.CharField(_("address"), max_length=255, blank=True)
    map_url = models.URLField(_("map link"), max_length=500, blank=True)
    online_url = models.URLField(
        _("online link"), max_length=500, blank=True, help_text=_("The link to join an online event.")
    )
    subjects = ParentalManyToManyField(Subject, verbose_name=_("subjects"), blank=True, related_name="+")
    grade_min = models.PositiveSmallIntegerField(_("from grade"), choices=GRADE_CHOICES, null=True, blank=True)
    grade_max = models.PositiveSmallIntegerField(_("to grade"), choices=GRADE_CHOICES, null=True, blank=True)
    for_young_specialists = models.BooleanField(_("for young specialists"), default=False)
    organisers = models.TextField(
        _("organisers"), blank=True, help_text=_("Separate several organisers with a semicolon (;).")
    )
    speakers = models.TextField(
        _("speakers"), blank=True, help_text=_("Separate several speakers with a semicolon (;).")
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("description"), blank=True)
    programme = StreamField(ProgrammeBlock(), verbose_name=_("programme"), blank=True)
    report = StreamField(
        BodyStreamBlock(), verbose_name=_("report"), blank=True, help_text=_("After the event: how it went.")
    )
    registration_enabled = models.BooleanField(_("takes registrations"), default=False)
    capacity = models.PositiveIntegerField(
        _("places"), null=True, blank=True, help_text=_("Empty: no limit. Beyond it, people join a waiting list.")
    )
    registration_closes_at = models.DateTimeField(
        _("registration closes"), null=True, blank=True, help_text=_("Empty: when the event starts.")
    )
    sequence = models.PositiveIntegerField(default=0, editable=False)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("level")]),
                FieldRowPanel([FieldPanel("status"), FieldPanel("postponed_from")]),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("all_day"),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [FieldPanel("venue"), FieldPanel("address"), FieldPanel("map_url"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("grade_min"), FieldPanel("grade_max")]),
                FieldPanel("for_young_specialists"),
            ],
            heading=_("Audience"),
        ),
        MultiFieldPanel(
            [FieldPanel("registration_enabled"), FieldPanel("capacity"), FieldPanel("registration_closes_at")],
            heading=_("Registration"),
        ),
        FieldPanel("organisers"),
        FieldPanel("speakers"),
        FieldPanel("body"),
        FieldPanel("programme"),
        InlinePanel("resource_links", heading=_("Materials from the catalogue"), label=_("material")),
        FieldPanel("report"),
        InlinePanel("gallery_images", heading=_("Photo gallery"), label=_("photo")),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("body"),
        index.SearchField("report"),
        index.SearchField("speakers"),
        index.SearchField("organisers"),
        index.SearchField("venue"),
        index.FilterField("start"),
        index.FilterField("ends_at"),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("venue"),
        TranslatableField("address"),
        TranslatableField("organisers"),
        TranslatableField("speakers"),
        TranslatableField("body"),
        TranslatableField("programme"),
        TranslatableField("report"),
        *(
            SynchronizedField(name)
            for name in (
                "show_in_menus",
                "kind",
                "level",
                "status",
                "postponed_from",
                "start",
                "end",
                "all_day",
                "map_url",
                "online_url",
                "subjects",
                "grade_min",
                "grade_max",
                "for_young_specialists",
                "registration_enabled",
                "capacity",
                "registration_closes_at",
                "resource_links",
                "gallery_images",
            )
        ),
    ]

    parent_page_types = ["events.EventIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if (self.grade_min is None) != (self.grade_max is None):
            errors["grade_max"] = _("Give both grades of the range, or leave both empty for all grades.")
        elif self.grade_min is not None and self.grade_min > self.grade_max:
            errors["grade_max"] = _("The last grade cannot come before the first one.")
        if self.status == EventStatus.ONLINE and not self.online_url:
            errors["online_url"] = _("An event moved online needs the link to join it.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        from events import notices

        self.ends_at = schedule.computed_end(self.start, self.end, self.all_day)
        registrants_to_tell = False
        if self.pk and kwargs.get("update_fields") is None:
            # Revisions carry the sequence they were made with; the stored one is the truth.
            previous = EventPage.objects.filter(pk=self.pk).values("sequence", *CALENDAR_FIELDS).first()
            if previous:
                changed = any(previous[name] != getattr(self, name) for name in CALENDAR_FIELDS)
                self.sequence = previous["sequence"] + (1 if changed else 0)
                # Published (not a draft): registrants hear of a cancellation or a new date.
                was = notices.state(previous["status"], previous["postponed_from"], previous["start"])
                registrants_to_tell = self.live and was != notices.state_of(self)
        result = super().save(*args, **kwargs)
        if registrants_to_tell:
            from events.tasks import send_event_change_notices

            transaction.on_commit(lambda: send_event_change_notices.enqueue(self.pk))
        return result

    # Registration -------------------------------------------------------------------------------------

    def registration_closes(self):
        return min(filter(None, [self.registration_closes_at, self.start]))

    def registration_is_open(self, now=None):
        if not self.registration_enabled or self.status == EventStatus.CANCELLED:
            return False
        return (now or timezone.now()) < self.registration_closes()

    def get_context(self, request, *args, **kwargs):
        from events.registration import RegistrationForm, places_left

        from .news import prefetch_gallery

        prefetch_gallery(self)
        context = super().get_context(request, *args, **kwargs)
        if self.registration_is_open():
            context.setdefault("registration_form", RegistrationForm())
            context["places_left"] = places_left(self)
        return context

    # What the page, the listings and the calendars show -----------------------------------------------

    @property
    def is_cancelled(self):
        return self.status == EventStatus.CANCELLED

    @property
    def is_online(self):
        return self.status == EventStatus.ONLINE or (bool(self.online_url) and not self.venue)

    def is_past(self, now=None):
        return self.ends_at is not None and self.ends_at <= (now or timezone.now())

    def is_multi_day(self):
        return schedule.last_day(self.start, self.end, self.all_day) > schedule.first_day(self.start)

    def local_start(self):
        return schedule.local(self.start)

    def local_end(self):
        return schedule.local(self.end) if self.end else None

    def last_day(self):
        return schedule.last_day(self.start, self.end, self.all_day)

    def organiser_list(self):
        return split_names(self.organisers)

    def speaker_list(self):
        return split_names(self.speakers)

    def map_link(self):
        if self.map_url:
            return self.map_url
        if self.address:
            return "https://www.openstreetmap.org/search?" + urlencode({"query": self.address})
        return ""

    def location_text(self):
        if self.is_online and not self.venue:
            return self.online_url
        return ", ".join(part for part in (self.venue, self.address) if part)

    def grade_label(self):
        if self.grade_min is None:
            return ""
        return grades_phrase(self.grade_min, self.grade_max)

    def google_calendar_url(self):
        from events.calendar import google_calendar_url

        return google_calendar_url(self)

    def localized_subjects(self):
        return localized_all(self.subjects.all())

    def materials(self):
        return localized_all(
            link.resource for link in self.resource_links.select_related("resource") if link.resource.live
        )

    def news(self):
        from .news import NewsPage

        # A translated news item may still point at the event's source page: match any language's page.
        return (
            NewsPage.objects.live()
            .public()
            .filter(event__translation_key=self.translation_key, locale=self.locale)
            .order_by("-date", "-pk")
        )

    @property
    def ics_url(self):
        with translation.override(self.locale.language_code):
            return reverse("event_ics", args=[self.pk])
