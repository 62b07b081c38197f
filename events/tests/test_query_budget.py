"""The events and news pages, feeds and calendars read the database a fixed number of times,
however many events, news items, photos, speakers, subjects and materials they show (issue 8)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from cabinet_site.tests.budgets import measure_twice
from events.models import EventGalleryImage, EventResourceLink, NewsPageGalleryImage
from resources.models import Subject
from resources.tests.factories import make_full_record

from .factories import almaty, make_event, make_news

pytestmark = pytest.mark.django_db

SUBJECTS = ("pedagogy", "mathematics", "physics", "algebra")


def subjects(language_code="kk"):
    return list(Subject.objects.filter(slug__in=SUBJECTS, locale__language_code=language_code))


def photo(number):
    return get_image_model().objects.create(title=f"Сурет {number}", file=get_test_image_file())


def add_events(index, count, start=0):
    """Events soon and in March 2026 (upcoming, and shown in that month's calendar), with subjects."""
    for number in range(start, start + count):
        for when in (timezone.now() + datetime.timedelta(days=1 + number), almaty(2026, 3, 2 + number, 10)):
            event = make_event(index, f"Семинар {number}", when, kind_slug="seminar", venue="№57 мектеп")
            event.subjects.add(*subjects())
            event.save_revision().publish()
        make_event(index, f"Өткен семинар {number}", almaty(2019, 2, 1 + number, 10), kind_slug="seminar")


EVENT_LISTINGS = {
    "upcoming": {},
    "past": {"view": "past"},
    "filtered": {"kind": "seminar", "subject": "mathematics", "level": "school"},
    "month": {"month": "2026-03"},
}
EVENT_CARDS = {"upcoming": 8, "past": 12, "filtered": 8, "month": 8}
# One of them reads the months that have events, for the month filter.
EVENT_LISTING_BUDGET = {"upcoming": 36, "past": 38, "filtered": 36, "month": 36}


@pytest.mark.parametrize("listing", EVENT_LISTINGS)
def test_events_section(count_queries, site_tree, listing):
    index = site_tree.events["kk"]
    add_events(index, 2)
    few, more, _response, response = measure_twice(
        count_queries, index.url, EVENT_LISTINGS[listing], lambda: add_events(index, 6, start=2)
    )
    assert response.content.decode().count('<article class="event-card') == EVENT_CARDS[listing]
    assert (few, more) == (EVENT_LISTING_BUDGET[listing], EVENT_LISTING_BUDGET[listing])


def test_event_page(count_queries, site_tree):
    catalogue = site_tree.resources["kk"]
    event = make_event(
        site_tree.events["kk"],
        "Ашық сабақтар апталығы",
        timezone.now() + datetime.timedelta(days=5),
        registration_enabled=True,
        capacity=30,
    )

    def add(start, count):
        """More programme items, speakers, organisers, subjects, materials, photos and news."""
        for number in range(start, start + count):
            event.programme.append(("item", {"time": datetime.time(9 + number), "title": f"Баяндама {number}"}))
            event.speakers += f"Баяндамашы {number};"
            event.organisers += f"Ұйымдастырушы {number};"
            event.resource_links.add(
                EventResourceLink(resource=make_full_record(catalogue, f"Материал {number}", number))
            )
            event.gallery_images.add(EventGalleryImage(image=photo(number), caption=f"Сурет {number}"))
            event.subjects.add(subjects()[number % len(SUBJECTS)])
            event.save_revision().publish()
            make_news(site_tree.news["kk"], f"Апталық туралы {number}", datetime.date(2025, 1, 1), event=event)

    add(0, 1)
    few, more, _response, response = measure_twice(count_queries, event.url, None, lambda: add(1, 3))
    html = response.content.decode()
    assert html.count('class="programme__item"') == 4
    assert html.count("Апталық туралы") == 4
    assert html.count("Материал ") == 4
    assert html.count('loading="lazy"') == 4
    assert 'class="registration__form"' in html
    assert (few, more) == (EVENT_PAGE_BUDGET, EVENT_PAGE_BUDGET)


EVENT_PAGE_BUDGET = 42  # one of them counts the places left


def add_news(index, count, start=0, **fields):
    for number in range(start, start + count):
        news = make_news(
            index, f"Жаңалық {number}", datetime.date(2025, 1, 1 + number), lead_image=photo(number), **fields
        )
        news.tags.add("семинар", f"тақырып {number}")
        news.save_revision().publish()


@pytest.mark.parametrize("params", [{}, {"year": "2025"}])
def test_news_section(count_queries, site_tree, params):
    index = site_tree.news["kk"]
    add_news(index, 2)
    few, more, _response, response = measure_twice(count_queries, index.url, params, lambda: add_news(index, 6, 2))
    assert response.content.decode().count('class="news-card"') == 8
    assert (few, more) == (NEWS_INDEX_BUDGET, NEWS_INDEX_BUDGET)


NEWS_INDEX_BUDGET = 31


def test_news_page(count_queries, site_tree):
    event = make_event(site_tree.events["kk"], "Семинар", timezone.now() + datetime.timedelta(days=5))
    event.save_revision().publish()
    news = make_news(site_tree.news["kk"], "Семинар өтті", datetime.date(2025, 1, 1), lead_image=photo(0), event=event)

    def add(start, count):
        for number in range(start, start + count):
            news.gallery_images.add(NewsPageGalleryImage(image=photo(number), caption=f"Сурет {number}"))
            news.tags.add(f"тақырып {number}")
            news.save_revision().publish()

    add(0, 1)
    few, more, _response, response = measure_twice(count_queries, news.url, None, lambda: add(1, 3))
    html = response.content.decode()
    assert html.count('loading="lazy"') == 4
    assert html.count('class="chip"') == 4
    assert (few, more) == (NEWS_PAGE_BUDGET, NEWS_PAGE_BUDGET)


NEWS_PAGE_BUDGET = 40


@pytest.mark.parametrize("url", ["/kk/news/feed/rss/", "/kk/news/feed/atom/"])
def test_news_feeds(count_queries, site_tree, url):
    index = site_tree.news["kk"]
    add_news(index, 2)
    few, more, _response, response = measure_twice(count_queries, url, None, lambda: add_news(index, 6, 2))
    assert response.content.decode().count("Жаңалық ") == 8
    assert (few, more) == (NEWS_FEED_BUDGET, NEWS_FEED_BUDGET)


NEWS_FEED_BUDGET = 12


@pytest.mark.parametrize("params", [{}, {"kind": "seminar", "subject": "mathematics", "level": "school"}])
def test_calendar_feed(count_queries, site_tree, params):
    index = site_tree.events["kk"]
    add_events(index, 2)
    few, more, _response, response = measure_twice(
        count_queries, "/kk/events/calendar.ics", params, lambda: add_events(index, 6, 2)
    )
    assert response.content.decode().count("BEGIN:VEVENT") == 8
    assert (few, more) == (CALENDAR_BUDGET, CALENDAR_BUDGET)


CALENDAR_BUDGET = 7


def test_event_ics(count_queries, site_tree):
    event = make_event(site_tree.events["kk"], "Семинар", timezone.now() + datetime.timedelta(days=5))
    event.subjects.add(*subjects())
    event.save_revision().publish()
    few, more, _response, response = measure_twice(
        count_queries, event.ics_url, None, lambda: add_events(site_tree.events["kk"], 4)
    )
    assert response.content.decode().count("BEGIN:VEVENT") == 1
    assert (few, more) == (EVENT_ICS_BUDGET, EVENT_ICS_BUDGET)


EVENT_ICS_BUDGET = 6
