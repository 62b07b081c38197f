"""The catalogue's pages and feeds read the database a fixed number of times, however many
records, tags, subjects, files and usages they show (issue 8, query budgets)."""

import datetime
import re

import pytest
from django.db import connection
from django.utils import timezone

from cabinet_site.tests.budgets import measure_twice
from corners.tests.factories import filter_block, make_corner
from events.models import EventResourceLink
from events.tests.factories import make_event, make_news
from resources.models import CabinetDocument, Subject, TextStatus

from .factories import attach_file, make_full_record

pytestmark = pytest.mark.django_db


def add_records(catalogue, count, start=0):
    """Records with everything a card shows, each with a file whose text has been extracted
    (a card found by words shows the passage of its file that matches them)."""
    records = [
        make_full_record(catalogue, f"Әдістемелік құрал {number}", number) for number in range(start, start + count)
    ]
    CabinetDocument.objects.filter(resource_links__page__in=records).update(
        extracted_text="Бұл құрал сабақ жоспарлауға арналған.", text_status=TextStatus.EXTRACTED
    )
    return records


CATALOGUE_SEARCHES = {
    "no query": {},
    "words, type and subject": {"q": "құрал", "type": "methodological-guide", "subject": "mathematics"},
    "tag": {"tag": "әдістеме"},
}
# On SQLite the search reads the ranked index entries, then asks which of them the catalogue allows:
# one query more than on PostgreSQL when the visitor searches for words.
# From scratch (the cache emptied); 5 queries of each read the catalogue's facet index, which is then
# kept until the site changes (resources/facet_index.py).
CATALOGUE_BUDGET = {
    "no query": {"sqlite": 40, "postgresql": 40},
    "words, type and subject": {"sqlite": 46, "postgresql": 45},
    "tag": {"sqlite": 40, "postgresql": 40},
}
# One of them reads the record's titles in every language, to tell a file's own title from a repeat of them.
RECORD_PAGE_BUDGET = 66
FEED_BUDGET = 13
API_BUDGET = 20


@pytest.mark.parametrize("search", CATALOGUE_SEARCHES)
def test_catalogue_page(count_queries, site_tree, search):
    catalogue = site_tree.resources["kk"]
    add_records(catalogue, 2)
    few, more, _response, response = measure_twice(
        count_queries, catalogue.url, CATALOGUE_SEARCHES[search], lambda: add_records(catalogue, 6, start=2)
    )
    assert len(re.findall(r'class="record-card__title"><a [^>]*>Әдістемелік құрал', response.content.decode())) == 8
    assert (few, more) == (CATALOGUE_BUDGET[search][connection.vendor],) * 2


def test_record_page(count_queries, site_tree):
    catalogue = site_tree.resources["kk"]
    record = make_full_record(catalogue, "Бағалау құралы", 100, description="Мұғалімге арналған.")
    soon = timezone.now() + datetime.timedelta(days=3)

    def use_record(number):
        """One more related record, file, tag, subject, and one more event, news item and corner using it."""
        make_full_record(catalogue, f"Ұқсас құрал {number}", number)
        attach_file(record, f"Қосымша {number}")
        record.tags.add(f"белгі {number}")
        record.subjects.add(Subject.objects.filter(locale=record.locale).order_by("sort_order", "pk")[number + 2])
        record.save_revision().publish()
        event = make_event(site_tree.events["kk"], f"Семинар {number}", soon)
        EventResourceLink.objects.create(page=event, resource=record)
        event.save_revision().publish()
        news = make_news(site_tree.news["kk"], f"Жаңалық {number}", datetime.date(2025, 1, 1))
        news.body = [("paragraph", f'<p><a linktype="page" id="{record.pk}">Құрал</a></p>')]
        news.save_revision().publish()
        make_corner(
            site_tree.corners["kk"],
            f"Таңдаулы {number}",
            f"tandauly-{number}",
            body=[("records", {"heading": "", "records": [record]})],
        )
        make_corner(
            site_tree.corners["kk"],
            f"Сүзгі {number}",
            f"suzgi-{number}",
            body=[filter_block(resource_type="methodological-guide", tag="әдістеме")],
        )

    use_record(0)
    few, more, _response, response = measure_twice(
        count_queries, record.url, None, lambda: [use_record(number) for number in range(1, 4)]
    )
    html = response.content.decode()
    assert html.count('class="record-card"') == 4
    assert html.count("download>") == 5
    usages = html[html.index('class="record__usages"') : html.index('class="record__related"')]
    assert usages.count("<li>") == 4 * 4  # events, news, hand-picked and filtering corners
    assert (few, more) == (RECORD_PAGE_BUDGET, RECORD_PAGE_BUDGET)


@pytest.mark.parametrize("url", ["/kk/catalogue/feed/rss/", "/kk/catalogue/feed/atom/"])
def test_catalogue_feeds(count_queries, site_tree, url):
    catalogue = site_tree.resources["kk"]
    add_records(catalogue, 2)
    few, more, _response, response = measure_twice(count_queries, url, None, lambda: add_records(catalogue, 6, 2))
    assert len(re.findall(r"Әдістемелік құрал \d+", response.content.decode())) == 8  # titles, not the type
    assert (few, more) == (FEED_BUDGET, FEED_BUDGET)


def test_api_listing_of_records(count_queries, site_tree):
    catalogue = site_tree.resources["kk"]
    add_records(catalogue, 2)
    params = {"type": "resources.ResourcePage", "locale": "kk"}
    few, more, _response, response = measure_twice(
        count_queries, "/api/v2/pages/", params, lambda: add_records(catalogue, 6, 2)
    )
    assert response.json()["meta"]["total_count"] == 9  # and the site's own record
    assert (few, more) == (API_BUDGET, API_BUDGET)
