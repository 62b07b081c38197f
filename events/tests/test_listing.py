"""The events section: what counts as upcoming or past, filters, the month calendar, pagination."""

import datetime

import pytest
from django.http import QueryDict
from django.utils import timezone

from events.listing import PER_PAGE, EventQuery
from events.tests.factories import almaty, make_event
from resources.models import Subject

pytestmark = pytest.mark.django_db

NOW = almaty(2026, 3, 10, 15, 0)  # 10 March 2026, 15:00 in Almaty (10:00 UTC)


def query(index, now=NOW, **params):
    data = QueryDict(mutable=True)
    data.update(params)
    return EventQuery(data, index_page=index, now=now)


def titles(events_query):
    return [event.title for event in events_query.page.object_list]


def subject(slug):
    return Subject.objects.get(slug=slug, locale__language_code="kk")


@pytest.fixture
def index(site_tree):
    return site_tree.events["kk"]


def test_running_now_later_today_and_multi_day_events_are_upcoming(index):
    make_event(index, "Ended this morning", almaty(2026, 3, 10, 9), almaty(2026, 3, 10, 11))
    make_event(index, "Running now", almaty(2026, 3, 10, 14), almaty(2026, 3, 10, 17))
    make_event(index, "Later today", almaty(2026, 3, 10, 18))
    make_event(index, "This morning, no end given", almaty(2026, 3, 10, 9))
    make_event(index, "Conference, day 2 of 3", almaty(2026, 3, 9, 10), almaty(2026, 3, 11, 17))
    make_event(index, "Yesterday, whole day", almaty(2026, 3, 9), all_day=True)
    make_event(index, "Whole day today", almaty(2026, 3, 10), all_day=True)
    make_event(index, "Tomorrow", almaty(2026, 3, 11, 10))

    assert titles(query(index)) == [
        "Conference, day 2 of 3",
        "Whole day today",
        "This morning, no end given",
        "Running now",
        "Later today",
        "Tomorrow",
    ]
    assert titles(query(index, view="past")) == ["Ended this morning", "Yesterday, whole day"]


def test_a_whole_day_event_stays_upcoming_until_midnight_in_almaty(index):
    event = make_event(index, "Exhibition", almaty(2026, 3, 10), all_day=True)
    # 23:59 in Almaty is 18:59 UTC: still that day.
    assert not event.is_past(almaty(2026, 3, 10, 23, 59))
    assert event.is_past(almaty(2026, 3, 11, 0, 0))
    assert event.ends_at == datetime.datetime(2026, 3, 10, 19, 0, tzinfo=datetime.UTC)


def test_past_events_newest_first_and_by_year(index):
    make_event(index, "Seminar 2019", almaty(2019, 2, 1, 10), almaty(2019, 2, 1, 13))
    make_event(index, "Round table 2025", almaty(2025, 11, 20, 15))
    make_event(index, "New Year's Eve 2024", almaty(2024, 12, 31, 23, 30))
    # 1 January 2025, 01:00 in Almaty (then UTC+6) is still 31 December 2024 in UTC: it belongs to 2025.
    make_event(index, "New Year's night 2025", almaty(2025, 1, 1, 1, 0))
    past = query(index, view="past")
    assert titles(past) == ["Round table 2025", "New Year's night 2025", "New Year's Eve 2024", "Seminar 2019"]
    assert past.past_years == [2025, 2024, 2019]
    assert titles(query(index, view="past", year="2024")) == ["New Year's Eve 2024"]
    assert titles(query(index, view="past", year="2025")) == ["Round table 2025", "New Year's night 2025"]


def test_filters_by_kind_level_subject_and_month(index):
    seminar = make_event(index, "Kazakh seminar", almaty(2026, 4, 2, 10), level="city", kind_slug="seminar")
    seminar.subjects.add(subject("kazakh-language"))
    seminar.save()
    lesson = make_event(index, "Maths open lesson", almaty(2026, 4, 20, 10), level="school", kind_slug="open-lesson")
    lesson.subjects.add(subject("mathematics"))
    lesson.save()
    make_event(index, "May master class", almaty(2026, 5, 5, 10), level="city", kind_slug="master-class")

    assert titles(query(index, kind="open-lesson")) == ["Maths open lesson"]
    assert titles(query(index, level="city")) == ["Kazakh seminar", "May master class"]
    assert titles(query(index, subject="kazakh-language")) == ["Kazakh seminar"]
    assert titles(query(index, month="2026-04")) == ["Kazakh seminar", "Maths open lesson"]
    assert titles(query(index, month="2026-05", level="school")) == []
    # Nonsense in the address is ignored, never an error.
    assert len(titles(query(index, month="2026-13", level="galactic", page="abc"))) == 3
    options = query(index)
    assert ("kazakh-language", "Қазақ тілі") in options.subject_options
    assert ("open-lesson", "Ашық сабақ") in options.kind_options


def test_the_month_calendar_puts_each_event_on_its_days(index):
    make_event(index, "Three-day course", almaty(2026, 3, 30, 9), almaty(2026, 4, 1, 17))
    make_event(index, "Late evening meeting", almaty(2026, 3, 12, 23, 0))
    calendar = query(index, month="2026-03")
    days = {day.date: [event.title for event in day.events] for week in calendar.calendar_weeks for day in week}
    assert days[datetime.date(2026, 3, 12)] == ["Late evening meeting"]  # 18:00 UTC, but the 12th in Almaty
    assert days[datetime.date(2026, 3, 13)] == []
    for day in (30, 31):
        assert days[datetime.date(2026, 3, day)] == ["Three-day course"]
    assert days[datetime.date(2026, 4, 1)] == ["Three-day course"]  # shown in the last week's trailing days
    weeks = calendar.calendar_weeks
    assert weeks[0][0].date == datetime.date(2026, 2, 23)  # weeks start on Monday
    assert [day.is_today for day in weeks[2]].count(True) == 1  # 10 March


def test_pagination(index):
    for number in range(PER_PAGE + 2):
        make_event(index, f"Event {number:02}", almaty(2026, 6, 1, 9) + datetime.timedelta(days=number))
    first, second = query(index), query(index, page="2")
    assert len(titles(first)) == PER_PAGE
    assert titles(second) == [f"Event {PER_PAGE:02}", f"Event {PER_PAGE + 1:02}"]


def test_the_page_shows_upcoming_events_in_almaty_time_and_the_calendar(client, index):
    start = timezone.localtime(timezone.now(), almaty(2026, 1, 1).tzinfo) + datetime.timedelta(days=3)
    start = start.replace(hour=10, minute=0, second=0, microsecond=0)
    make_event(index, "Upcoming seminar", start, start + datetime.timedelta(hours=3))
    make_event(index, "Old seminar", almaty(2019, 2, 1, 10))
    response = client.get(index.url)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Upcoming seminar" in html
    assert "10:00–13:00" in html
    assert html.count("Old seminar") == 0
    assert 'class="month"' in html
    response = client.get(index.url, {"view": "past"})
    assert "Old seminar" in response.content.decode()
    assert "1 ақпан 2019 ж." in response.content.decode()


@pytest.mark.parametrize("params", [{}, {"view": "past"}, {"month": "2026-03"}])
def test_the_number_of_queries_does_not_grow_with_the_events(client, count_queries, index, params):
    def add(count, offset):
        for number in range(count):
            for start in (almaty(2026, 3, 2 + number, 10), timezone.now() + datetime.timedelta(days=offset + number)):
                event = make_event(index, f"Event {offset}-{number}", start, kind_slug="seminar")
                event.subjects.add(subject("kazakh-language"), subject("mathematics"))
                event.save()

    add(2, 1)
    client.get(index.url, params)  # warm the site and locale caches
    few, _response = count_queries(index.url, params)
    add(8, 20)
    assert count_queries(index.url, params)[0] == few


def test_the_home_page_shows_the_next_events_and_the_latest_news(client, site_tree):
    from events.tests.factories import make_news

    index = site_tree.events["kk"]
    soon = timezone.now() + datetime.timedelta(days=2)
    make_event(index, "Past seminar", almaty(2019, 2, 1, 10))
    for number in range(4):
        make_event(index, f"Next {number}", soon + datetime.timedelta(days=number))
    make_news(site_tree.news["kk"], "Seminar report", datetime.date(2019, 2, 2))
    html = client.get(site_tree.home["kk"].url).content.decode()
    assert "Next 0" in html and "Next 2" in html
    assert "Next 3" not in html and "Past seminar" not in html
    assert "Seminar report" in html
    assert html.index("Next 0") < html.index("Next 1")
