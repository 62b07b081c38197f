"""The catalogue's facet index: a question nobody asked before is answered from bit sets kept in
memory, and every change of the catalogue shows on the next page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag

from resources.facet_index import GRADES, grades_of
from resources.models import Availability, ResourcePage
from resources.tests.factories import make_catalogue, make_record
from resources.tests.test_catalogue_page import count_of, titles

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue(home_page):
    catalogue = make_catalogue(home_page)
    make_record(catalogue, "Бастауыш сынып: оқу сауаты", type_slug="lesson-plan", grade_min=1, grade_max=4, year=2019)
    make_record(catalogue, "Algebra workbook", type_slug="methodological-guide", subjects=["algebra"], year=2022)
    make_record(catalogue, "Әдістемелік нұсқау", type_slug="methodological-guide", grade_min=5, grade_max=9)
    make_record(
        catalogue, "алгебра: тест жинағы", type_slug="lesson-plan", subjects=["algebra"], grade_min=7, grade_max=9
    )
    return catalogue


def test_a_new_question_counts_its_facets_in_memory(client, catalogue, page_cache_off):
    client.get(catalogue.url)  # reads the index
    with CaptureQueriesContext(connection) as queries:
        response = client.get(catalogue.url, {"type": "lesson-plan", "grade": "3", "year_from": "2010"})
    assert titles(response) == ["Бастауыш сынып: оқу сауаты"]
    # Without its own filter, the type counts the records for grade 3 from 2010 on: the workbook is for every grade.
    assert count_of(response, "type", "lesson-plan") == 1
    assert count_of(response, "type", "methodological-guide") == 1
    # Lesson plans from 2010 on: the test book for grades 7-9 has no year, so grade 7 is not offered.
    assert count_of(response, "grade", "2") == 1
    assert count_of(response, "grade", "7") is None
    assert not [q["sql"] for q in queries if "COUNT(" in q["sql"]]  # no facet is counted in SQL


@pytest.mark.parametrize(
    "grade_min, grade_max, grades",
    [
        (None, None, GRADES),  # meant for every grade
        (None, 4, GRADES),
        (5, None, []),  # a range without its end matches no grade, as the filter always read it
        (3, 5, [3, 4, 5]),
        (10, 11, [10, 11]),
    ],
)
def test_the_grades_a_record_is_meant_for(grade_min, grade_max, grades):
    assert list(grades_of(grade_min, grade_max)) == grades


def test_a_published_change_shows_in_the_counts_at_once(client, catalogue, page_cache_off):
    assert count_of(client.get(catalogue.url), "on_shelf", "1") == 0
    record = ResourcePage.objects.get(title="Algebra workbook")
    record.availability = Availability.ON_SHELF
    record.save_revision().publish()
    record.tags.add("олимпиада")
    record.save_revision().publish()
    response = client.get(catalogue.url)
    assert count_of(response, "on_shelf", "1") == 1
    assert count_of(response, "tag", Tag.objects.get(name="олимпиада").slug) == 1
    record.unpublish()
    assert "Algebra workbook" not in titles(client.get(catalogue.url))


def test_sorting_by_title_follows_the_database(client, catalogue, page_cache_off):
    in_database = list(
        ResourcePage.objects.live().child_of(catalogue).order_by("title", "pk").values_list("title", flat=True)
    )
    assert titles(client.get(catalogue.url, {"sort": "title"})) == in_database
    by_year = titles(client.get(catalogue.url, {"sort": "year"}))
    in_database = ResourcePage.objects.live().child_of(catalogue).order_by("-year", "title", "pk")
    assert by_year == list(in_database.values_list("title", flat=True))
