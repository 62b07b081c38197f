"""An event of several days names the shared month and year once, on its page and in its card."""

import pytest
from bs4 import BeautifulSoup

from events.tests.factories import almaty, make_event

pytestmark = pytest.mark.django_db


def when_on_page(client, event):
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    return page.select_one("dd time").get_text(strip=True)


def when_in_listing(client, index):
    page = BeautifulSoup(client.get(index.url).content, "html.parser")
    return [item.get_text(strip=True) for item in page.select(".event-card__when")]


@pytest.mark.parametrize(
    "code, same_month, same_year, across_years",
    [
        ("kk", "1–2 қаңтар 2027 ж.", "30 қаңтар – 2 ақпан 2027 ж.", "31 желтоқсан 2026 ж. – 1 қаңтар 2027 ж."),
        ("ru", "1–2 января 2027", "30 января – 2 февраля 2027", "31 декабря 2026 – 1 января 2027"),
        ("en", "1–2 January 2027", "30 January – 2 February 2027", "31 December 2026 – 1 January 2027"),
    ],
)
def test_days_of_an_all_day_event(client, site_tree, code, same_month, same_year, across_years):
    index = site_tree.events[code]
    spans = [
        ((2027, 1, 1), (2027, 1, 2), same_month),
        ((2027, 1, 30), (2027, 2, 2), same_year),
        ((2026, 12, 31), (2027, 1, 1), across_years),
    ]
    for first, last, expected in spans:
        event = make_event(index, f"Конференция {expected}", almaty(*first, 9), almaty(*last, 18), all_day=True)
        assert when_on_page(client, event) == expected
    assert sorted(when_in_listing(client, index)) == sorted(expected for _f, _l, expected in spans)


def test_for_whom_names_the_subjects_then_the_audience(client, site_tree):
    from resources.models import Subject

    event = make_event(
        site_tree.events["kk"], "Семинар", almaty(2027, 1, 5, 10), grade_min=5, grade_max=9, for_young_specialists=True
    )
    for slug in ("kazakh-language", "mathematics"):
        event.subjects.add(Subject.objects.get(slug=slug, locale__language_code="kk"))
    event.save()
    page = BeautifulSoup(client.get(event.url).content, "html.parser")
    [facts] = [item for item in page.select(".event__facts > div") if item.dt.get_text(strip=True) == "Кімге арналған"]
    lines = [line.get_text(strip=True) for line in facts.select(".event__for")]
    assert len(lines) == 2
    assert lines[0].count(",") == 1 and ";" not in facts.dd.get_text()
    assert lines[1].endswith(", жас мамандар")


@pytest.mark.parametrize(
    "code, anything, january",
    [
        ("kk", "Кез келген ай", "қаңтар 2027"),
        ("ru", "Любой месяц", "январь 2027"),
        ("en", "Any month", "January 2027"),
    ],
)
def test_the_month_filter_names_the_months_that_have_events(client, site_tree, code, anything, january):
    index = site_tree.events[code]
    make_event(index, "Семинар", almaty(2027, 1, 5, 10))
    make_event(index, "Конференция", almaty(2027, 1, 20, 10))
    page = BeautifulSoup(client.get(index.url + "?month=2027-01").content, "html.parser")
    options = [
        (item["value"], item.get_text(strip=True), item.has_attr("selected"))
        for item in page.select("#filter-month option")
    ]
    assert options[0] == ("", anything, False)
    assert [(value, label.lower(), selected) for value, label, selected in options[1:]] == [
        ("2027-01", january.lower(), True)
    ]
