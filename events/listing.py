"""The events section: upcoming and past events, filters, a month calendar and pagination, held in the URL.

Every listing takes the same number of queries however many events there are.
"""

import calendar
import datetime
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import Q
from django.http import QueryDict
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from cabinet_site import fragment_cache
from resources.catalogue import localised_names
from resources.models import Subject

from . import schedule
from .models import EventKind, EventLevel, EventPage

PER_PAGE = 12
VIEWS = {"upcoming": _("Upcoming"), "past": _("Past")}


def parse_month(value):
    """'2026-11' → date(2026, 11, 1), or None."""
    try:
        year, month = (int(part) for part in str(value).split("-"))
        return datetime.date(year, month, 1) if 1900 <= year <= 2200 else None
    except (TypeError, ValueError):
        return None


def shift_month(day, months):
    index = day.year * 12 + day.month - 1 + months
    return datetime.date(index // 12, index % 12 + 1, 1)


def label_events(events, locale, cache=None):
    """Give each event its kind and subject names in `locale` (two queries for any number of events)."""
    events = list(events)
    if events:
        kinds = localised_names(EventKind, locale, cache)
        subjects = localised_names(Subject, locale, cache)
        for event in events:
            event.kind_label = kinds.get(event.kind.slug, event.kind.name) if event.kind_id else ""
            event.subject_labels = [subjects.get(subject.slug, subject.name) for subject in event.subjects.all()]
    return events


@dataclass
class CalendarDay:
    date: datetime.date
    in_month: bool
    is_today: bool
    events: list = field(default_factory=list)


class EventQuery:
    """What a visitor asked the events section for, read leniently: malformed parts are ignored."""

    def __init__(self, params, *, index_page, now=None, request=None):
        self.index_page = index_page
        self.request = request
        self.locale = index_page.locale
        self.now = now or timezone.now()
        self.today = schedule.local(self.now).date()
        self.view = params.get("view") if params.get("view") in VIEWS else "upcoming"
        self.kind = params.get("kind", "")[:120]
        self.level = params.get("level") if params.get("level") in EventLevel.values else ""
        self.subject = params.get("subject", "")[:120]
        self.month = parse_month(params.get("month"))
        try:
            self.year = int(params.get("year", ""))
        except ValueError:
            self.year = None
        self.page_number = params.get("page")
        self._names = {}

    @classmethod
    def from_request(cls, request, *, index_page):
        return cls(request.GET, index_page=index_page, request=request)

    # Querysets --------------------------------------------------------------------------------------

    def base(self):
        events = EventPage.objects.live().public().child_of(self.index_page)
        if self.kind:
            events = events.filter(kind__slug=self.kind)
        if self.level:
            events = events.filter(level=self.level)
        if self.subject:
            events = events.filter(subjects__slug=self.subject)
        return events

    def results(self):
        events = self.base()
        if self.month:
            start = schedule.local_midnight(self.month)
            end = schedule.local_midnight(shift_month(self.month, 1))
            events = events.filter(start__lt=end, ends_at__gt=start).order_by("start", "pk")
        elif self.view == "past":
            events = events.filter(ends_at__lte=self.now)
            if self.year:
                events = events.filter(start__year=self.year)
            events = events.order_by("-start", "-pk")
        else:
            events = events.filter(Q(ends_at__gt=self.now)).order_by("start", "pk")
        return events.defer_streamfields().select_related("kind").prefetch_related("subjects")

    @cached_property
    def page(self):
        page = Paginator(self.results(), PER_PAGE).get_page(self.page_number)
        page.object_list = label_events(page.object_list, self.locale, self._names)
        return page

    @cached_property
    def past_years(self):
        dates = self.base().filter(ends_at__lte=self.now).dates("start", "year", order="DESC")
        return [day.year for day in dates]

    # Filters ----------------------------------------------------------------------------------------

    @cached_property
    def kind_options(self):
        names = localised_names(EventKind, self.locale, self._names)
        return sorted(
            ((slug, names[slug]) for slug in self.used("kind__slug") if slug in names), key=lambda item: item[1]
        )

    @cached_property
    def subject_options(self):
        names = localised_names(Subject, self.locale, self._names)
        return sorted(
            ((slug, names[slug]) for slug in self.used("subjects__slug") if slug in names), key=lambda item: item[1]
        )

    @cached_property
    def month_options(self):
        """The months in which the section's events start (and the one asked for), as the first days."""

        def read():
            events = EventPage.objects.child_of(self.index_page).live().order_by()
            return {moment.date() for moment in events.datetimes("start", "month", tzinfo=schedule.ALMATY)}

        months = fragment_cache.remember(self.request, "event-filter-values", [self.index_page.pk, "month"], read)
        return sorted(months | ({self.month} if self.month else set()))

    def used(self, lookup):
        """The distinct values of `lookup` among the section's live events, the same for every filter
        and month: kept until an event changes (cabinet_site/fragment_cache.py)."""

        def read():
            events = EventPage.objects.child_of(self.index_page).live().order_by()
            return set(events.values_list(lookup, flat=True).distinct())

        return fragment_cache.remember(self.request, "event-filter-values", [self.index_page.pk, lookup], read)

    @property
    def level_options(self):
        return EventLevel.choices

    @property
    def feed_query(self):
        """The filters a calendar subscription keeps (month and view belong to the page, not the feed)."""
        params = {"kind": self.kind, "level": self.level, "subject": self.subject}
        return urlencode({name: value for name, value in params.items() if value})

    def params(self):
        """The view, filters and month as query parameters, without the page number (a kind's or a
        subject's slug is the same in every language: the language switcher keeps them)."""
        params = {
            "view": self.view if self.view != "upcoming" else "",
            "kind": self.kind,
            "level": self.level,
            "subject": self.subject,
            "month": self.month.strftime("%Y-%m") if self.month else "",
            "year": self.year if self.view == "past" and self.year else "",
        }
        query = QueryDict(mutable=True)
        query.update({name: str(value) for name, value in params.items() if value})
        return query

    @property
    def has_filters(self):
        return bool(self.kind or self.level or self.subject or self.month)

    # The month calendar -----------------------------------------------------------------------------

    @property
    def calendar_month(self):
        return self.month or self.today.replace(day=1)

    @property
    def previous_month(self):
        return shift_month(self.calendar_month, -1)

    @property
    def next_month(self):
        return shift_month(self.calendar_month, 1)

    @cached_property
    def calendar_weeks(self):
        """Weeks (Monday first) of the month, each day with the events that take place on it."""
        month = self.calendar_month
        weeks = calendar.Calendar(firstweekday=0).monthdatescalendar(month.year, month.month)
        first, last = weeks[0][0], weeks[-1][-1]
        days = {
            day: CalendarDay(date=day, in_month=day.month == month.month, is_today=day == self.today)
            for week in weeks
            for day in week
        }
        events = (
            self.base()
            .filter(
                start__lt=schedule.local_midnight(last + datetime.timedelta(days=1)),
                ends_at__gt=schedule.local_midnight(first),
            )
            .defer_streamfields()
            .order_by("start", "pk")
        )
        for event in events:
            for day in schedule.days_between(event.start, event.end, event.all_day):
                if day in days:
                    days[day].events.append(event)
        return [[days[day] for day in week] for week in weeks]
