"""The home page's "New in the catalogue" section: the newest records of the page's language."""

import datetime
import re

import pytest
from django.utils import timezone

from cabinet_site.tests import builders
from resources.tests.factories import make_record


def section(response):
    html = response.content.decode()
    match = re.search(r'<section class="new-records".*?</section>', html, re.S)
    return match.group(0) if match else ""


def card_titles(html):
    return re.findall(r'class="record-card__title"><a [^>]*>([^<]+)</a>', html)


@pytest.mark.django_db
def test_home_page_shows_the_six_newest_records_with_their_type(client, site_tree):
    catalogue = site_tree.resources["kk"]
    now = timezone.now()
    for number in range(8):
        make_record(
            catalogue,
            f"Кітап {number}",
            type_slug="dictionary",
            first_published_at=now - datetime.timedelta(days=10 - number),
        )
    make_record(catalogue, "Жоба", live=False)
    html = section(client.get("/kk/"))
    assert card_titles(html) == [f"Кітап {number}" for number in range(7, 1, -1)]
    assert "Сөздік" in html
    assert 'href="/kk/katalog/"' in html


@pytest.mark.django_db
def test_each_language_shows_its_own_records(client, site_tree):
    record = make_record(site_tree.resources["kk"], "Орысша-қазақша сөздік", type_slug="dictionary")
    builders.translate(record, site_tree.locales["ru"], title="Русско-казахский словарь", slug="slovar")
    html = section(client.get("/ru/"))
    assert card_titles(html) == ["Русско-казахский словарь"]
    assert "Словарь" in html


@pytest.mark.django_db
def test_no_section_without_records(client, site_tree):
    assert section(client.get("/kk/")) == ""


@pytest.mark.django_db
def test_section_reads_the_database_a_fixed_number_of_times(client, count_queries, site_tree):
    catalogue = site_tree.resources["kk"]
    make_record(catalogue, "Бірінші", subjects=["pedagogy"], languages=("kk", "ru"))
    client.get("/kk/")
    one, _response = count_queries("/kk/")
    for number in range(6):
        make_record(catalogue, f"Тағы {number}", subjects=["pedagogy", "algebra"], languages=("kk", "en"))
    assert count_queries("/kk/")[0] == one
