"""Events and news for tests, at real Almaty times."""

import datetime
import zoneinfo

from django.utils import timezone

from cabinet_site.tests import builders
from events.models import EventKind, EventPage, NewsPage

ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")
# A month in a Kazakh date, as a reader writes it: «17 желтоқсан 2026 ж.»
KAZAKH_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)


def almaty(year, month, day, hour=0, minute=0):
    return datetime.datetime(year, month, day, hour, minute, tzinfo=ALMATY)


def at(days, hour):
    """`days` from today in Almaty, at `hour` o'clock there."""
    day = timezone.localtime(timezone.now(), ALMATY).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=ALMATY)


def kind(slug, language_code="kk"):
    return EventKind.objects.get(slug=slug, locale__language_code=language_code)


def make_event(parent, title, start, end=None, *, slug=None, kind_slug="seminar", **fields):
    fields.setdefault("kind", kind(kind_slug, parent.locale.language_code))
    slug = slug or f"event-{EventPage.objects.count() + 1}"
    return builders.add_page(parent, EventPage, title, slug, start=start, end=end, **fields)


def make_news(parent, title, date, *, slug=None, **fields):
    slug = slug or f"news-{NewsPage.objects.count() + 1}"
    return builders.add_page(parent, NewsPage, title, slug, date=date, **fields)
