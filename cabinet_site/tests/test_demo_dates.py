"""The demo's events fall on days schools work, whatever day the demo is built on."""

import datetime

import pytest

from cabinet_site.demo import events as demo_events

NEW_YEAR = {datetime.date(2027, 1, 1), datetime.date(2027, 1, 2)}


def built_on(monkeypatch, day):
    monkeypatch.setattr(demo_events, "demo_today", lambda: day)
    dates = {}
    for spec in demo_events.EVENT_PAGES:
        if isinstance(spec.fields["start"], demo_events.InDays):
            dates[spec.slug.en] = (spec.fields["start"].make(None).date(), spec.fields["end"].make(None).date())
    return dates


def test_the_teacher_of_the_year_round_is_not_held_on_new_year(monkeypatch):
    # Built on 8 December 2026, the round's 24 days ahead would be 1–2 January, public holidays.
    start, end = built_on(monkeypatch, datetime.date(2026, 12, 8))["teacher-of-the-year"]
    assert not {start, end} & NEW_YEAR
    assert (start.strftime("%A"), end.strftime("%A")) == ("Monday", "Tuesday")
    assert start > datetime.date(2027, 1, 1)


@pytest.mark.parametrize("offset", range(0, 366, 3))
def test_every_dated_event_falls_on_working_days(monkeypatch, offset):
    today = datetime.date(2026, 1, 1) + datetime.timedelta(days=offset)
    for slug, (start, end) in built_on(monkeypatch, today).items():
        for day in (start, end):
            assert day.weekday() < 5, (today, slug, day)
            assert (day.month, day.day) not in demo_events.PUBLIC_HOLIDAYS, (today, slug, day)
        assert start <= end
        # Upcoming events stay upcoming, past ones stay past.
        assert (start >= today) == (slug != "maths-association-meeting"), (today, slug, start)


def test_a_two_day_round_takes_two_working_days(monkeypatch):
    for offset in range(0, 366, 5):
        today = datetime.date(2026, 1, 1) + datetime.timedelta(days=offset)
        start, end = built_on(monkeypatch, today)["teacher-of-the-year"]
        between = [start + datetime.timedelta(days=n) for n in range(1, (end - start).days)]
        assert start < end and not any(demo_events.is_working_day(day) for day in between), (today, start, end)
