"""A yes/no filter in force is named in words on its chip, never as True or False."""

import datetime

import pytest

from cabinet_site.tests.html import soup
from search.models import SearchQuery

pytestmark = pytest.mark.django_db
REPORT = "/admin/reports/search-queries/"


def chips(client, params):
    page = soup(client.get(REPORT, params, HTTP_ACCEPT_LANGUAGE="kk"))
    return [" ".join(chip.get_text(" ", strip=True).split()) for chip in page.select(".w-active-filters .w-pill")]


@pytest.mark.parametrize(("value", "word"), [("true", "Иә"), ("false", "Жоқ")])
def test_the_search_report_names_its_found_nothing_filter_in_words(client, staff, value, word):
    SearchQuery.objects.create(language_code="kk", query="ғарышкерлер", month=datetime.date(2026, 9, 1), no_results=1)
    client.force_login(staff["methodologist"])
    (chip,) = chips(client, {"nothing_found": value})
    assert word in chip
    assert "True" not in chip and "False" not in chip
