"""The site search page as a visitor uses it: /<language>/search/?q=..."""

import pytest

from cabinet_site.tests import builders
from cabinet_site.tests.html import html_lang, soup
from home.models import StandardPage


def result_links(response):
    results = soup(response).find("ol", class_="search-results")
    if results is None:
        return []
    return [a["href"] for a in results.select("li h2 a")]


def search(client, code, **params):
    response = client.get(f"/{code}/search/", params)
    assert response.status_code == 200
    return response


def test_finds_a_kazakh_page_by_its_title(client, site_tree):
    response = search(client, "kk", q="Бұрыштар")
    assert html_lang(response) == "kk"
    assert result_links(response) == [site_tree.corners["kk"].url]


def test_finds_a_russian_page_by_its_translated_title(client, site_tree):
    response = search(client, "ru", q="Мероприятия")
    assert result_links(response) == [site_tree.events["ru"].url]


def test_finds_only_pages_of_the_visitors_language(client, site_tree):
    """The catalogue has the same Kazakh title in all three trees (ru and en are aliases)."""
    resources = site_tree.resources
    for code in ("kk", "ru", "en"):
        assert result_links(search(client, code, q="каталогы")) == [resources[code].url]


def test_does_not_find_other_languages_translations(client, site_tree):
    assert result_links(search(client, "kk", q="Мероприятия")) == []
    assert result_links(search(client, "en", q="Бұрыштар")) == []


def test_never_shows_drafts(client, site_tree):
    """The English contacts page is an unpublished translation (still titled «Байланыс»): English
    visitors get the live Kazakh page, labelled with its language, not the draft."""
    english = search(client, "en", q="Байланыс")
    assert result_links(english) == [site_tree.contacts["kk"].url]
    assert soup(english).select_one(".search-result__language").get_text(strip=True) == "In Kazakh only"
    kazakh = search(client, "kk", q="Байланыс")
    assert result_links(kazakh) == [site_tree.contacts["kk"].url]
    assert soup(kazakh).select_one(".search-result__language") is None


def test_the_visitors_language_comes_first(client, site_tree):
    """A Russian page found from the Kazakh site comes after the Kazakh ones, labelled."""
    about = site_tree.about["kk"]
    builders.add_page(about, StandardPage, "Семинар жоспары", "seminar-plan")
    russian_only = builders.add_page(site_tree.about["ru"], StandardPage, "Семинар для учителей", "seminar-ru")
    links = result_links(search(client, "kk", q="семинар"))
    assert links[-1] == russian_only.url
    assert len(links) == 2


def test_empty_query_shows_the_form_without_results(client, site_tree):
    for params in ({}, {"q": ""}, {"q": "   "}):
        response = search(client, "kk", **params)
        assert soup(response).find("input", attrs={"name": "q"}) is not None
        assert result_links(response) == []
        assert soup(response).find(attrs={"role": "status"}) is None


JUNK_QUERIES = [
    '"',
    "'",
    '"""',
    '"мұғалім',
    "(((",
    ")",
    "*",
    "-",
    "+",
    "~",
    ":",
    "OR",
    "AND NOT",
    "%",
    "_",
    "\\",
    "x" * 10_000,
    "қ" * 10_000,
    "мұғалім " * 2_000,
    "\x00",
    "каталог\x00ы",
    "😀",
]


@pytest.mark.parametrize("query", JUNK_QUERIES, ids=lambda query: repr(query[:12]) + f"({len(query)})")
def test_junk_queries_never_fail(client, site_tree, query):
    response = search(client, "kk", q=query)
    assert soup(response).find("h1") is not None


@pytest.mark.parametrize("page", ["abc", "-1", "0", "1.5", "999999", "", "1" * 50])
def test_junk_page_numbers_never_fail(client, site_tree, page):
    response = search(client, "kk", q="каталогы", page=page)
    assert result_links(response) == [site_tree.resources["kk"].url]


def test_query_is_shown_escaped(client, site_tree):
    response = search(client, "kk", q="<script>alert(1)</script>")
    assert b"<script>alert(1)</script>" not in response.content
    assert soup(response).find("input", attrs={"name": "q"})["value"] == "<script>alert(1)</script>"


def test_results_are_paginated_and_the_next_page_keeps_the_query(client, site_tree):
    about = site_tree.about["kk"]
    for number in range(12):
        builders.add_page(about, StandardPage, f"Семинар-практикум {number}", f"seminar-{number}")
    first = search(client, "kk", q="Семинар-практикум")
    assert len(result_links(first)) == 10
    next_link = soup(first).find("a", rel="next")
    assert next_link is not None
    second = client.get("/kk/search/" + next_link["href"] if next_link["href"].startswith("?") else next_link["href"])
    assert second.status_code == 200
    assert len(result_links(second)) == 2
    assert not set(result_links(first)) & set(result_links(second))
