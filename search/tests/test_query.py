"""Running a query: all words, else the corrected words, else any word; and what the visitor is told."""

import pytest

from cabinet_site.tests.html import soup
from resources.models import ResourcePage
from resources.tests.factories import make_catalogue, make_record
from search.query import ALL_WORDS, ANY_WORD, CORRECTED, EMPTY, corrected_query, run_search
from search.vocabulary import correction, one_edit, vocabulary

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    catalogue = make_catalogue(home_page)
    make_record(catalogue, "Мұғалімдерге арналған әдістемелік құрал")
    make_record(catalogue, "Қазақ тілі: 5-сынып оқулығы")
    make_record(catalogue, "Математика есептері", description="Олимпиадаға дайындық")
    return catalogue


def titles(outcome):
    return [page.title for page in outcome.results]


def test_all_words_first(catalogue):
    outcome = run_search(ResourcePage.objects.all(), "қазақ оқулығы")
    assert (outcome.mode, titles(outcome)) == (ALL_WORDS, ["Қазақ тілі: 5-сынып оқулығы"])
    assert outcome.suggestion == ""


def test_any_word_when_no_record_has_all(catalogue):
    outcome = run_search(ResourcePage.objects.all(), "қазақ математика")
    assert outcome.mode == ANY_WORD
    assert set(titles(outcome)) == {"Қазақ тілі: 5-сынып оқулығы", "Математика есептері"}


def test_a_one_letter_typo_is_corrected(catalogue):
    outcome = run_search(ResourcePage.objects.all(), "матиматика")
    assert (outcome.mode, titles(outcome)) == (CORRECTED, ["Математика есептері"])
    assert outcome.suggestion == "математика"


def test_corrections_come_from_the_index_and_only_for_unknown_words(catalogue):
    words = vocabulary()
    assert words["математика"] == 1
    assert correction("математика") is None  # known
    assert correction("олимпиядага") == "олимпиадага"
    assert correction("мат") is None  # too short to guess
    assert correction("зоология") is None  # nothing one edit away
    assert corrected_query("қазақ матиматика") == "қазақ математика"


def test_one_edit_covers_the_four_kinds_of_typo():
    edits = set(one_edit("кітап"))
    assert {"ітап", "ктіап", "кітаб", "кітапы"} <= edits
    assert all(abs(len(edit) - len("кітап")) <= 1 for edit in edits)


def test_nothing_for_a_query_without_words(catalogue):
    for query in ("", "  ", "***", "()"):
        outcome = run_search(ResourcePage.objects.all(), query)
        assert (outcome.mode, outcome.results) == (EMPTY, [])


def test_the_site_search_says_what_it_did(client, catalogue):
    corrected = soup(client.get("/kk/search/", {"q": "матиматика"}))
    assert "«математика»" in corrected.select_one(".search-notice").get_text()
    any_word = soup(client.get("/kk/search/", {"q": "қазақ математика"}))
    assert any_word.select_one(".search-notice") is not None
    nothing = soup(client.get("/kk/search/", {"q": "зоология"}))
    assert nothing.select_one(".search-notice") is None


def test_the_catalogue_uses_the_same_search(client, catalogue):
    from django.http import QueryDict

    from resources.catalogue import CatalogueQuery

    query = CatalogueQuery(QueryDict("q=матиматика"), index_page=catalogue)
    assert [ResourcePage.objects.get(pk=pk).title for pk in query.search_hits()] == ["Математика есептері"]
    assert query.search_outcome.mode == CORRECTED
    response = client.get(catalogue.url, {"q": "мугалимдерге"})
    assert "Мұғалімдерге арналған әдістемелік құрал" in response.content.decode()
