"""What visitors searched for: counted per language, month and query, and shown to methodologists."""

import datetime

import pytest
from django.conf import settings
from django.utils import timezone

from cabinet_site.tests.concurrency import at_once
from cabinet_site.tests.html import soup
from resources.tests.factories import make_catalogue, make_record
from search.models import SearchQuery
from search.querylog import log_query, normalised_query

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/search-queries/"


def rows():
    return {(row.language_code, row.query): (row.count, row.no_results) for row in SearchQuery.objects.all()}


def test_one_row_per_language_month_and_normalised_query(db):
    log_query("kk", "Қазақ  ТІЛІ!", found=True)
    log_query("kk", "қазақ тілі", found=False)
    log_query("ru", "қазақ тілі", found=True)
    log_query("kk", "***", found=False)  # no words: not logged
    assert rows() == {("kk", "қазақ тілі"): (2, 1), ("ru", "қазақ тілі"): (1, 0)}
    assert SearchQuery.objects.first().month == timezone.localdate().replace(day=1)


def test_normalised_queries_are_short_words():
    assert normalised_query('  "Мұғалім"  AND (кітап)* ') == "мұғалім and кітап"
    assert len(normalised_query("сөз " * 500)) <= 200


def test_a_failing_log_never_breaks_the_search(db, monkeypatch):
    monkeypatch.setattr("search.querylog.upsert_sql", lambda: "INSERT INTO no_such_table VALUES (%s, %s, %s, %s)")
    log_query("kk", "кітап", found=True)  # does not raise
    monkeypatch.undo()
    log_query("kk", "кітап", found=True)  # the transaction around it is still usable
    assert rows() == {("kk", "кітап"): (1, 0)}


@pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="needs concurrent writers")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)  # leaves the data as other tests expect
def test_searches_at_the_same_moment_are_all_counted():
    def search(number):
        for _ in range(20):
            log_query("kk", "жаңа сөз", found=number % 2 == 0)

    at_once(6, search)
    assert rows() == {("kk", "жаңа сөз"): (120, 60)}


def test_the_site_search_and_the_catalogue_log_their_queries(client, home_page):
    catalogue = make_catalogue(home_page)
    make_record(catalogue, "Ертегілер жинағы")
    client.get("/kk/search/", {"q": "Ертегілер"})
    client.get("/ru/search/", {"q": "динозавр"})
    client.get(catalogue.url, {"q": "ертегілер"})
    client.get("/kk/search/", {"q": ""})
    assert rows() == {("kk", "ертегілер"): (2, 0), ("ru", "динозавр"): (1, 1)}


@pytest.mark.parametrize("role", ["methodologist", "librarian"])
def test_methodologists_and_librarians_see_the_report(client, staff, role):
    SearchQuery.objects.create(language_code="kk", query="ертегілер", month=datetime.date(2026, 9, 1), count=7)
    SearchQuery.objects.create(
        language_code="ru", query="динозавр", month=datetime.date(2026, 9, 1), count=3, no_results=3
    )
    client.force_login(staff[role])
    page = soup(client.get(REPORT))
    assert [cell.get_text(strip=True) for cell in page.select("tbody tr td:first-child")] == ["ертегілер", "динозавр"]
    assert [cell.get_text(strip=True) for cell in page.select("tbody tr td:nth-child(2)")] == ["Қазақша", "Русский"]
    nothing_found = soup(client.get(REPORT, {"nothing_found": "true"}))
    assert [cell.get_text(strip=True) for cell in nothing_found.select("tbody tr td:first-child")] == ["динозавр"]
    russian = soup(client.get(REPORT, {"language_code": "ru", "month": "2026-09-01"}))
    assert len(russian.select("tbody tr")) == 1
    export = client.get(REPORT, {"export": "csv"})
    assert "ертегілер" in b"".join(export.streaming_content).decode()


def test_teachers_do_not(client, staff):
    client.force_login(staff["teacher"])
    response = client.get(REPORT)
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert "/admin/" in response["Location"] and REPORT not in response["Location"]
