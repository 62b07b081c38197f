import datetime
import json

from django import template
from django.utils.formats import date_format, time_format
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from events import schedule
from events.sharing import event_json_ld, news_json_ld

register = template.Library()

# JSON inside <script> must not close the element or open a comment.
JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def long_date(day):
    """A date as people write it: "1 February 2019", "1 февраля 2019", "1 ақпан 2019 ж."."""
    if isinstance(day, datetime.datetime):
        day = schedule.local(day).date()
    if get_language() == "kk":
        # Django's Kazakh month names are capitalised; in a date they are written in lower case.
        return f"{day.day} {date_format(day, 'E').lower()} {day.year} ж."
    return date_format(day, "j E Y")


day_label = long_date


def day_and_month(day):
    """A date without its year: "30 қаңтар", "30 января", "30 January"."""
    month = date_format(day, "E")
    return f"{day.day} {month.lower() if get_language() == 'kk' else month}"


def day_range(first, last):
    """Days from `first` to `last`, the shared month and year written once: "1–2 қаңтар 2027 ж.",
    "30 қаңтар – 2 ақпан 2027 ж.", "1–2 января 2027", "30 December 2026 – 2 January 2027"."""
    if first == last:
        return long_date(first)
    if (first.year, first.month) == (last.year, last.month):
        return f"{first.day}–{long_date(last)}"
    if first.year == last.year:
        return f"{day_and_month(first)} – {long_date(last)}"
    return f"{long_date(first)} – {long_date(last)}"


@register.filter
def long_date_time(moment):
    """A moment in Almaty as people write it: "17 желтоқсан 2026 ж., 15:00"."""
    return f"{long_date(moment)}, {time_format(schedule.local(moment), 'H:i')}"


@register.filter
def month_and_weekday(day):
    """What a day's number needs beside it in a list of days: "желтоқсан, сейсенбі", "декабря, вторник"."""
    month, weekday = date_format(day, "E"), date_format(day, "l")
    if get_language() != "en":
        month, weekday = month.lower(), weekday.lower()
    return f"{month}, {weekday}"


@register.simple_tag
def event_when(event):
    """The event's dates and times in Almaty, for example "1 February 2019, 10:00–13:00"."""
    first = schedule.first_day(event.start)
    last = schedule.last_day(event.start, event.end, event.all_day)
    if first != last:
        if event.all_day:
            return day_range(first, last)
        start, end = schedule.local(event.start), schedule.local(event.end)
        return f"{day_label(first)}, {time_format(start, 'H:i')} – {day_label(last)}, {time_format(end, 'H:i')}"
    if event.all_day:
        return day_label(first)
    start = schedule.local(event.start)
    times = time_format(start, "H:i")
    if event.end and event.end > event.start:
        times = f"{times}–{time_format(schedule.local(event.end), 'H:i')}"
    return f"{day_label(first)}, {times}"


@register.simple_tag
def event_status_label(event):
    return event.get_status_display() if event.status != "scheduled" else ""


@register.simple_tag
def postponed_note(event):
    if event.postponed_from:
        return _("First planned for %(date)s.") % {"date": day_label(schedule.local(event.postponed_from).date())}
    return _("The new date will be announced.")


def script(data):
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(json.dumps(data, ensure_ascii=False).translate(JSON_SCRIPT_ESCAPES)),
    )


@register.simple_tag(takes_context=True)
def event_structured_data(context, event):
    return script(event_json_ld(event, context["request"]))


@register.simple_tag(takes_context=True)
def news_structured_data(context, news):
    return script(news_json_ld(news, context["request"]))
