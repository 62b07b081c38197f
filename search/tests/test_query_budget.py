"""The site search and its suggestions read the database a fixed number of times, however many
pages of however many types match (issue 8, query budgets)."""

import datetime

import pytest
from django.db import connection
from django.utils import timezone

from cabinet_site.tests.budgets import measure_twice
from events.tests.factories import make_event, make_news
from resources.tests.factories import make_full_record

pytestmark = pytest.mark.django_db

# Wagtail's SQLite full-text backend reads the matching index entries first, then the pages: two
# queries more than the PostgreSQL one.
SEARCH_BUDGET = {"sqlite": 21, "postgresql": 19}
SUGGEST_BUDGET = {"sqlite": 5, "postgresql": 3}


def add_pages(site_tree, start, count):
    """Records, events and news items whose titles begin with the searched word."""
    for number in range(start, start + count):
        make_full_record(site_tree.resources["kk"], f"Бағалау құралы {number}", number)
        event = make_event(
            site_tree.events["kk"], f"Бағалау семинары {number}", timezone.now() + datetime.timedelta(days=1)
        )
        event.save_revision().publish()
        news = make_news(site_tree.news["kk"], f"Бағалау жаңалығы {number}", datetime.date(2025, 1, 1))
        news.save_revision().publish()


def test_search_page(count_queries, site_tree):
    few, more, _response, response = measure_with_pages(count_queries, site_tree, "/kk/search/", {"q": "бағалау"})
    assert response.content.decode().count('class="search-result"') == 10  # a full page of the 18 found
    assert (few, more) == (SEARCH_BUDGET[connection.vendor],) * 2


def test_search_suggestions(count_queries, site_tree):
    few, more, _response, response = measure_with_pages(count_queries, site_tree, "/kk/search/suggest/", {"q": "бағ"})
    assert len(response.json()["suggestions"]) == 8
    assert (few, more) == (SUGGEST_BUDGET[connection.vendor],) * 2


def measure_with_pages(count_queries, site_tree, url, params):
    add_pages(site_tree, 0, 1)
    return measure_twice(count_queries, url, params, lambda: add_pages(site_tree, 1, 5))
