"""Suggestions as the visitor types: /<language>/search/suggest/?q=... (needs the "search_suggest" URL)."""

import pytest

from cabinet_site.tests import builders
from home.models import StandardPage


def suggestions(client, code, q):
    response = client.get(f"/{code}/search/suggest/", {"q": q})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    return response.json()["suggestions"]


def test_titles_that_start_with_the_typed_letters(client, site_tree):
    assert suggestions(client, "kk", "Бұры") == [site_tree.corners["kk"].title]
    assert suggestions(client, "kk", "бұры") == [site_tree.corners["kk"].title]
    assert suggestions(client, "kk", "буры") == [site_tree.corners["kk"].title]  # Russian keyboard


def test_only_live_titles_of_the_visitors_language(client, site_tree):
    assert suggestions(client, "ru", "Меропр") == [site_tree.events["ru"].title]
    assert suggestions(client, "kk", "Меропр") == []
    assert suggestions(client, "en", "Байла") == []  # the English contacts page is a draft


def test_at_most_eight(client, site_tree):
    for number in range(12):
        builders.add_page(site_tree.about["kk"], StandardPage, f"Семинар {number}", f"seminar-{number}")
    assert len(suggestions(client, "kk", "семин")) == 8


@pytest.mark.parametrize("q", ["", "*", '"', "\x00", "😀", "x" * 10_000, "AND OR"])
def test_junk_gives_an_empty_or_short_list(client, site_tree, q):
    assert len(suggestions(client, "kk", q)) <= 8


def test_the_page_loads_the_script_with_the_endpoint(client, site_tree):
    response = client.get("/ru/search/")
    assert b'src="/static/js/search-suggest.js" data-url="/ru/search/suggest/" defer' in response.content
