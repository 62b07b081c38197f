"""iCalendar (RFC 5545) for events: a subscribable feed per language and filter, and one file per event.

Times carry TZID=Asia/Almaty with its VTIMEZONE; each event keeps one UID per language for good, and
its SEQUENCE grows whenever its title, time, place or status changes, so subscribed calendars update it.
"""

import datetime
from email.utils import parseaddr
from urllib.parse import urlencode

from django.conf import settings
from django.http import HttpResponse
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, vCalAddress

from cabinet_site.links import is_loopback, page_url

from . import schedule
from .models import EventStatus

PRODID = "-//Cabinet//Methodological cabinet events//KK"
CONTENT_TYPE = "text/calendar; charset=utf-8"
# Google Calendar needs an end; an event announced without one is shown as lasting this long.
DEFAULT_DURATION = datetime.timedelta(hours=2)


def event_uid(event):
    return f"event-{event.translation_key}-{event.locale.language_code}@cabinet"


def ical_status(event):
    if event.status == EventStatus.CANCELLED:
        return "CANCELLED"
    if event.status == EventStatus.POSTPONED and not event.postponed_from:
        return "TENTATIVE"
    return "CONFIRMED"


def event_description(event, url):
    parts = [event.introduction]
    if event.status == EventStatus.CANCELLED:
        parts.insert(0, _("The event is cancelled."))
    elif event.status == EventStatus.POSTPONED:
        parts.insert(0, _("The event is postponed."))
    if event.online_url:
        parts.append(_("Online: %(url)s") % {"url": event.online_url})
    if url:
        parts.append(url)
    return "\n\n".join(strip_tags(part) for part in parts if part)


def organizer(event):
    """The cabinet as the organiser: its site's name and the address its mail comes from.

    None while that address is still the default one at localhost, which nobody can write to.
    """
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if not address or is_loopback("mailto://" + address.rpartition("@")[2]):
        return None
    value = vCalAddress(f"mailto:{address}")
    site = event.get_site()
    value.params["cn"] = (site.site_name if site and site.site_name else "") or name or address
    return value


def attendee(registration):
    value = vCalAddress(f"mailto:{registration.email}")
    value.params["cn"] = registration.name
    value.params["role"] = "REQ-PARTICIPANT"
    value.params["partstat"] = "ACCEPTED"
    return value


def ical_event(event, request=None, *, sequence=None, registration=None):
    """The event as a VEVENT; for one registrant's e-mail, with them as the attendee."""
    url = page_url(event, request)
    item = Event()
    item.add("uid", event_uid(event))
    item.add("sequence", event.sequence if sequence is None else sequence)
    item.add("summary", event.title)
    stamp = event.last_published_at or event.latest_revision_created_at or event.start
    item.add("dtstamp", stamp.astimezone(datetime.UTC))
    item.add("last-modified", stamp.astimezone(datetime.UTC))
    if event.all_day:
        item.add("dtstart", schedule.first_day(event.start))
        item.add("dtend", schedule.last_day(event.start, event.end, True) + datetime.timedelta(days=1))
    else:
        item.add("dtstart", schedule.local(event.start))
        if event.end:
            item.add("dtend", schedule.local(event.end))
    item.add("status", ical_status(event))
    location = event.location_text()
    if location:
        item.add("location", location)
    description = event_description(event, url)
    if description:
        item.add("description", description)
    if url:
        item.add("url", url)
    if (cabinet := organizer(event)) is not None:
        item.add("organizer", cabinet)
    if registration is not None:
        item.add("attendee", attendee(registration))
    return item


def build_calendar(events, *, name, request=None):
    return wrap([ical_event(event, request) for event in events], name=name)


def wrap(items, *, name, method="PUBLISH"):
    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", method)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    for item in items:
        cal.add_component(item)
    cal.add_missing_timezones()
    return cal


def registrant_calendar(event, registration, *, method="PUBLISH", sequence=None):
    """The .ics of one registrant's e-mail: PUBLISH with the confirmation, REQUEST or CANCEL on a change."""
    return wrap([ical_event(event, sequence=sequence, registration=registration)], name=event.title, method=method)


def calendar_response(events, *, filename, name, attachment=True, request=None):
    response = HttpResponse(build_calendar(events, name=name, request=request).to_ical(), content_type=CONTENT_TYPE)
    if attachment:
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def google_calendar_url(event):
    """An "add to Google Calendar" link with the event's title, times, place and page."""
    if event.all_day:
        first = schedule.first_day(event.start)
        after = schedule.last_day(event.start, event.end, True) + datetime.timedelta(days=1)
        dates = f"{first:%Y%m%d}/{after:%Y%m%d}"
    else:
        end = event.end or event.start + DEFAULT_DURATION
        dates = f"{schedule.local(event.start):%Y%m%dT%H%M%S}/{schedule.local(end):%Y%m%dT%H%M%S}"
    params = {
        "action": "TEMPLATE",
        "text": event.title,
        "dates": dates,
        "ctz": settings.TIME_ZONE,
        "details": event_description(event, page_url(event)),
        "location": event.location_text(),
    }
    return "https://calendar.google.com/calendar/render?" + urlencode(params)
