"""When an event takes place, in the cabinet's time zone (Asia/Almaty).

An event is "upcoming" until `ends_at`: the end it was given; for a whole-day event, midnight after
its last day; for an event without an end, midnight after the day it starts — so an event that is
running now, or starts later today, is still upcoming.
"""

import datetime
import zoneinfo

from django.conf import settings
from django.utils import timezone

ALMATY = zoneinfo.ZoneInfo(settings.TIME_ZONE)


def local(value):
    return timezone.localtime(value, ALMATY)


def local_midnight(day):
    return datetime.datetime.combine(day, datetime.time.min, tzinfo=ALMATY)


def first_day(start):
    return local(start).date()


def last_day(start, end, all_day=False):
    """The last calendar day the event takes (a timed end exactly at midnight belongs to the day before)."""
    if end is None:
        return first_day(start)
    end_local = local(end)
    day = end_local.date()
    if not all_day and end_local.time() == datetime.time.min and day > first_day(start):
        day -= datetime.timedelta(days=1)
    return max(day, first_day(start))


def computed_end(start, end, all_day):
    """The moment the event stops being upcoming."""
    if start is None:
        return None
    if all_day or end is None:
        return local_midnight(last_day(start, end, all_day) + datetime.timedelta(days=1))
    return max(end, start)


def days_between(start, end, all_day=False):
    day, last = first_day(start), last_day(start, end, all_day)
    while day <= last:
        yield day
        day += datetime.timedelta(days=1)
