"""What search engines and messengers read: schema.org JSON-LD of events and news."""

from django.utils.html import strip_tags

from cabinet_site.links import page_url

from . import schedule
from .models import EventStatus

SCHEMA_STATUS = {
    EventStatus.SCHEDULED: "https://schema.org/EventScheduled",
    EventStatus.CANCELLED: "https://schema.org/EventCancelled",
    EventStatus.POSTPONED: "https://schema.org/EventPostponed",
    EventStatus.ONLINE: "https://schema.org/EventMovedOnline",
}


def iso(moment_or_day):
    return moment_or_day.isoformat()


def event_json_ld(event, request=None):
    if event.all_day:
        start, end = schedule.first_day(event.start), schedule.last_day(event.start, event.end, True)
    else:
        start, end = schedule.local(event.start), schedule.local(event.end) if event.end else None
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.title,
        "startDate": iso(start),
        "eventStatus": SCHEMA_STATUS.get(event.status, SCHEMA_STATUS[EventStatus.SCHEDULED]),
        "url": page_url(event, request),
        "inLanguage": event.locale.language_code,
    }
    if end:
        data["endDate"] = iso(end)
    if event.postponed_from and event.status == EventStatus.POSTPONED:
        data["previousStartDate"] = iso(schedule.local(event.postponed_from))
    if event.introduction:
        data["description"] = strip_tags(event.introduction)
    places = []
    if event.venue or event.address:
        places.append(
            {"@type": "Place", "name": event.venue or event.address, "address": event.address or event.venue}
        )
    if event.online_url:
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    if places:
        data["location"] = places[0] if len(places) == 1 else places
        data["eventAttendanceMode"] = (
            "https://schema.org/MixedEventAttendanceMode"
            if len(places) > 1
            else "https://schema.org/OnlineEventAttendanceMode"
            if event.is_online
            else "https://schema.org/OfflineEventAttendanceMode"
        )
    organisers = event.organiser_list()
    if organisers:
        data["organizer"] = [{"@type": "Organization", "name": name} for name in organisers]
    speakers = event.speaker_list()
    if speakers:
        data["performer"] = [{"@type": "Person", "name": name} for name in speakers]
    return data


def news_json_ld(news, request=None):
    data = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": news.title[:110],
        "datePublished": iso(schedule.local(news.published_at)),
        "url": page_url(news, request),
        "inLanguage": news.locale.language_code,
    }
    if news.last_published_at:
        data["dateModified"] = iso(schedule.local(news.last_published_at))
    if news.introduction:
        data["description"] = strip_tags(news.introduction)
    if news.lead_image_id and request is not None:
        data["image"] = [request.build_absolute_uri(news.lead_image.get_rendition("fill-1200x630").url)]
    event = news.event_in_language()
    if event is not None and event.live:
        data["about"] = {"@type": "Event", "name": event.title, "url": page_url(event, request)}
    return data
