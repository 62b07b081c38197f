"""The pieces of benchmarks/site.py: reading wrk's output, the bulk seeding, the trivial view's URLconf."""

import random
from pathlib import Path

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone
from wagtail.models import Page

from benchmarks import seeding, site
from events.models import EventPage, EventResourceLink, NewsPage
from resources.models import CabinetDocument, ResourcePage

DATA = Path(__file__).parent / "data"


def test_wrk_output_is_read_with_the_95th_percentile_from_the_lua_script():
    result = site.parse_wrk((DATA / "wrk-200.txt").read_text())

    assert result["rps"] == 680.91
    assert result["requests"] == 703
    assert result["p50"] == pytest.approx(0.001104)
    assert result["p75"] == pytest.approx(0.01124)
    assert result["p95"] == pytest.approx(0.031017)
    assert result["p99"] == pytest.approx(0.043981)
    assert result["non_2xx"] == 0
    assert result["errors"] == 0


def test_wrk_output_counts_answers_that_are_not_pages():
    result = site.parse_wrk((DATA / "wrk-404.txt").read_text())

    assert result["rps"] == 987.88
    assert result["non_2xx"] == 1004 == result["requests"]


def test_wrk_output_of_a_page_served_by_gunicorn():
    result = site.parse_wrk((DATA / "wrk-gunicorn.txt").read_text())

    assert result["requests"] > 0
    assert result["rps"] > 0
    assert 0 < result["p50"] <= result["p75"] <= result["p95"] <= result["p99"]
    assert result["non_2xx"] == result["errors"] == 0


def test_wrk_output_counts_requests_that_timed_out():
    result = site.parse_wrk((DATA / "wrk-timeouts.txt").read_text())

    assert result["errors"] == 8 == result["requests"]
    assert result["rps"] == 2.61


def test_trivial_view_is_served_through_the_site_middleware_only_in_the_benchmark_urlconf(site_tree, client, settings):
    assert client.get("/bench/trivial/", follow=True).status_code == 404

    settings.ROOT_URLCONF = "benchmarks.urls"
    response = client.get("/bench/trivial/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["X-Frame-Options"] == "DENY"
    assert client.get("/kk/").status_code == 200
    # As large as a page, for the yardstick of what sending that many bytes costs; nonsense is "ok".
    assert len(client.get("/bench/trivial/", {"bytes": "185000"}).content) == 185000
    # …as many bytes as sent: gzip, which the page cache applies for browsers, cannot shrink them.
    compressed = client.get("/bench/trivial/", {"bytes": "18000"}, headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in compressed and len(compressed.content) == 18000
    assert len(client.get("/bench/trivial/", {"bytes": "10000000000"}).content) == 1_000_000
    assert client.get("/bench/trivial/", {"bytes": "много"}).content == b"ok"


@pytest.fixture
def stored_document(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return CabinetDocument.objects.create(
        title="Жоспар", file=ContentFile(b"plain text", name="plan.txt"), file_size=10
    )


def test_seeded_records_are_live_pages_with_tags_subjects_and_a_file(site_tree, stored_document, client):
    catalogue = site_tree.resources["kk"]
    records = seeding.seed_records(catalogue, 0, 5, random.Random(1), documents=[stored_document])
    seeding.index_pages(ResourcePage, records)

    assert Page.find_problems() == ([], [], [], [], [])
    page = ResourcePage.objects.get(pk=records[2])
    assert page.subjects.exists()
    assert page.documents()[0].extracted_text
    assert page.documents()[0].file.name == stored_document.file.name
    response = client.get(page.url)
    assert response.status_code == 200
    assert page.title in response.content.decode()
    assert page.documents()[0].url in response.content.decode()
    listing = client.get(catalogue.url).content.decode()
    assert all(ResourcePage.objects.get(pk=pk).title in listing for pk in records)


def test_seeded_events_and_news_exist_in_each_language_and_link_each_other(site_tree, stored_document, client):
    records = seeding.seed_records(site_tree.resources["kk"], 0, 3, random.Random(1), documents=[stored_document])
    events = {"kk": site_tree.events["kk"], "ru": site_tree.events["ru"]}
    kk_events = seeding.seed_events(events, 8, random.Random(3), records)
    news = {"kk": site_tree.news["kk"], "en": site_tree.news["en"]}
    kk_news = seeding.seed_news(news, 6, random.Random(5), kk_events)

    assert Page.find_problems() == ([], [], [], [], [])
    event = next(event for event in kk_events if event.start > timezone.now())
    russian = EventPage.objects.get(translation_key=event.translation_key, locale=site_tree.locales["ru"])
    assert client.get(events["kk"].url).status_code == 200
    assert event.title in client.get(events["kk"].url).content.decode()
    assert russian.title in client.get(russian.url).content.decode()
    assert russian.title != event.title

    link = EventResourceLink.objects.filter(page__locale=site_tree.locales["kk"]).select_related("page").first()
    record_page = client.get(ResourcePage.objects.get(pk=link.resource_id).url).content.decode()
    assert link.page.title in record_page  # "Where this material is used", through the reference index

    item = kk_news[-1]
    english = NewsPage.objects.get(translation_key=item.translation_key, locale=site_tree.locales["en"])
    assert item.title in client.get(news["kk"].url).content.decode()
    assert client.get(english.url).status_code == 200
    # News about an event point at the event in their own language, else (no English events here) at the source.
    kazakh = NewsPage.objects.exclude(event=None).filter(locale=site_tree.locales["kk"]).select_related("event")
    english = NewsPage.objects.exclude(event=None).filter(locale=site_tree.locales["en"]).select_related("event")
    assert kazakh.exists()
    assert {item.event.locale_id for item in kazakh} == {site_tree.locales["kk"].pk}
    assert sorted(item.event_id for item in english) == sorted(item.event_id for item in kazakh)


def test_import_list_is_accepted_by_the_catalogue_import_as_new_records(site_tree, tmp_path):
    from resources.importing import CatalogueImport, read_table

    path = tmp_path / "list.csv"
    seeding.write_import_list(path, 4)
    plan = CatalogueImport(read_table(path.read_bytes(), filename="list.csv")).check()

    assert plan.errors == []
    assert plan.counts() == {"created": 4, "updated": 0, "unchanged": 0}
