"""An active yes/no filter is shown in words above a listing, as its choices are, never True or False."""

import datetime

import pytest

from cabinet_site.tests.html import soup
from search.models import SearchQuery

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/search-queries/"


@pytest.mark.parametrize(("value", "words"), [("true", "Иә"), ("false", "Жоқ")])
def test_the_search_reports_found_nothing_filter_reads_yes_or_no(client, staff, value, words):
    SearchQuery.objects.create(
        language_code="kk", query="динозавр", month=datetime.date(2026, 9, 1), count=3, no_results=3
    )
    client.force_login(staff["methodologist"])
    page = soup(client.get(REPORT, {"nothing_found": value}))
    pills = [pill.get_text(" ", strip=True) for pill in page.select(".w-active-filters .w-pill__content")]
    assert pills == [f"Ештеңе табылмады: {words}"]
