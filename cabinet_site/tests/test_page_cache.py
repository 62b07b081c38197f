"""The page cache: anonymous visitors' second request of a public page or feed costs no query,
and every change an editor or visitor makes shows on the next request."""

import datetime
import gzip
import re
import socket
import uuid

import pytest
from django.core.cache import cache, caches
from django.db import connection, transaction
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone
from django_redis.cache import RedisCache
from taggit.models import Tag
from wagtail.models import Page

from cabinet_site.cache_generation import invalidate
from cabinet_site.models import SiteText
from cabinet_site.tests import builders
from corners.tests.factories import filter_block, make_corner
from events import registration as registration_service
from events.models import Registration
from events.tests.factories import make_event
from home.models import StandardPage
from resources.models import ResourceType
from resources.tests.factories import make_record

pytestmark = pytest.mark.django_db


def person(email):
    return {
        "name": "Мұғалім",
        "school": "№57 мектеп",
        "subject": "Қазақ тілі",
        "position": "мұғалім",
        "email": email,
        "phone": "+7 701 000 00 00",
    }


def publish(page):
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def served_from_cache(client, url, django_assert_num_queries, **headers):
    """The first request renders the page; the second gets the same bytes without touching the database."""
    first = client.get(url, headers=headers)
    assert first.status_code == 200, url
    with django_assert_num_queries(0):
        second = client.get(url, headers=headers)
    assert second.status_code == 200
    assert second.content == first.content
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    return second


def text(response):
    return response.content.decode()


@pytest.fixture
def live_pages(site_tree):
    """The drafts of the test site published, a past event, a record and a corner without questions."""
    publish(site_tree.news_item["kk"])
    publish(site_tree.event["kk"])
    yesterday = timezone.now() - datetime.timedelta(days=1)
    past = publish(make_event(site_tree.events["kk"], "Өткен семинар", yesterday, slug="otken"))
    record = make_record(site_tree.resources["kk"], "Бастауыш сынып әдістемесі", type_slug="lesson-plan")
    corner = make_corner(
        site_tree.corners["kk"],
        takes_questions=False,
        body=[filter_block(heading="Сабақ жоспарлары", resource_type="lesson-plan")],
    )
    return {"record": record, "corner": corner, "past_event": past}


def test_every_public_page_type_is_served_from_the_cache(client, site_tree, live_pages, django_assert_num_queries):
    urls = [
        site_tree.home["kk"].url,
        site_tree.home["ru"].url,
        site_tree.about["en"].url,
        site_tree.corners["kk"].url,
        live_pages["corner"].url,
        site_tree.resources["kk"].url,
        site_tree.resources["kk"].url + "?type=lesson-plan&q=әдістеме",
        live_pages["record"].url,
        site_tree.events["kk"].url,
        site_tree.events["kk"].url + "?level=school",
        site_tree.event["kk"].url,
        site_tree.news["kk"].url,
        site_tree.news_item["kk"].url,
    ]
    for url in urls:
        served_from_cache(client, url, django_assert_num_queries)


def test_feeds_and_the_api_are_served_from_the_cache(client, site_tree, live_pages, django_assert_num_queries):
    event = site_tree.event["kk"]
    urls = [
        reverse("catalogue_feed_rss"),
        reverse("catalogue_feed_atom"),
        reverse("news_feed_rss"),
        reverse("news_feed_atom"),
        reverse("events_calendar"),
        reverse("event_ics", args=[event.pk]),
        reverse("search_suggest") + "?q=шахмат",
    ]
    for url in urls:
        served_from_cache(client, url, django_assert_num_queries)
    api = "/api/v2/pages/?type=resources.ResourcePage"
    served_from_cache(client, api, django_assert_num_queries, Accept="application/json")
    assert client.get(api, headers={"Accept": "text/html"})["Content-Type"].startswith("text/html")


def test_the_query_string_order_does_not_matter_but_its_values_do(client, site_tree, django_assert_num_queries):
    url = site_tree.events["kk"].url
    client.get(url + "?level=school&kind=seminar")
    with django_assert_num_queries(0):
        assert client.get(url + "?kind=seminar&level=school")["X-Cache"] == "hit"
    assert client.get(url + "?kind=seminar&level=district")["X-Cache"] == "miss"


def test_the_low_vision_mode_has_its_own_copy(client, site_tree):
    url = site_tree.about["kk"].url
    assert 'class="low-vision"' not in text(client.get(url))
    client.cookies["low_vision"] = "1"
    response = client.get(url)
    assert response["X-Cache"] == "miss"
    assert 'class="low-vision"' in text(response)
    assert "Cookie" in response["Vary"]


def test_logged_in_editors_never_get_or_leave_a_copy(client, site_tree, superuser):
    url = site_tree.about["kk"].url
    client.get(url)  # kept for visitors
    editor = Client()
    editor.force_login(superuser)
    response = editor.get(url)
    assert "X-Cache" not in response
    assert "wagtail-userbar" in text(response)
    # What the editor was shown is not kept for visitors either.
    cache.clear()
    editor.get(url)
    visitor = client.get(url)
    assert visitor["X-Cache"] == "miss"
    assert "wagtail-userbar" not in text(visitor)


def test_an_editors_preview_is_never_cached_nor_shown_to_visitors(client, site_tree, superuser):
    about = site_tree.about["kk"]
    client.get(about.url)
    for preview in builders.preview_renamed_draft(about, "Жоба: жаңа атау", superuser):
        assert preview.status_code == 200
        assert "Жоба: жаңа атау" in text(preview)
        assert "X-Cache" not in preview
    visitor = client.get(about.url)
    assert visitor["X-Cache"] == "hit"
    assert "Жоба: жаңа атау" not in text(visitor)


def test_pages_with_a_form_are_always_fresh_and_the_form_works(site_tree, django_assert_max_num_queries):
    start = timezone.now() + datetime.timedelta(days=10)
    event = publish(
        make_event(site_tree.events["kk"], "Ашық семинар", start, registration_enabled=True, capacity=3, slug="ashyq")
    )
    visitor = Client(enforce_csrf_checks=True)
    visitor.get(site_tree.home["kk"].url)
    for _attempt in range(2):
        response = visitor.get(event.url)
        assert "X-Cache" not in response
        assert "csrftoken" in response.cookies
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', text(response)).group(1)
    data = {**person("teacher@example.kz"), "consent": "on", "csrfmiddlewaretoken": token}
    assert visitor.post(reverse("event_register", args=[event.pk]), data).status_code == 200
    assert Registration.objects.filter(event=event, email="teacher@example.kz").exists()

    corner = make_corner(site_tree.corners["kk"], "Сұрақтар бұрышы", "suraqtar", takes_questions=True)
    for _attempt in range(2):
        response = visitor.get(corner.url)
        assert "X-Cache" not in response
        assert "csrftoken" in response.cookies


def test_search_results_are_never_kept_so_every_search_is_logged(client, site_tree):
    from search.models import SearchQuery

    url = reverse("search") + "?q=турнир"
    client.get(url)
    response = client.get(url)
    assert "X-Cache" not in response
    assert SearchQuery.objects.get().count == 2


def test_publishing_unpublishing_and_the_home_sections(client, site_tree):
    news_index, home = site_tree.news["kk"], site_tree.home["kk"]
    rss = reverse("news_feed_rss")
    for url in (news_index.url, home.url, rss):
        assert "Қысқы демалыс кестесі" not in text(client.get(url))
    news_item = publish(site_tree.news_item["kk"])
    for url in (news_index.url, home.url, rss):
        response = client.get(url)
        assert response["X-Cache"] == "miss"
        assert "Қысқы демалыс кестесі" in text(response)
    assert client.get(news_item.url).status_code == 200
    news_item.unpublish()
    for url in (news_index.url, home.url, rss):
        assert "Қысқы демалыс кестесі" not in text(client.get(url))
    assert client.get(news_item.url).status_code == 404


def test_moving_and_deleting_pages(client, site_tree):
    team, about, contacts = site_tree.team["kk"], site_tree.about["kk"], site_tree.contacts["kk"]
    old_url = team.url
    assert client.get(old_url).status_code == 200
    assert "Әдіскерлер тобы" not in text(client.get(contacts.url))
    team.move(contacts, pos="last-child")
    new_url = Page.objects.get(pk=team.pk).url
    assert client.get(old_url)["Location"] == new_url  # Wagtail's redirect from the old address
    assert client.get(new_url).status_code == 200
    assert "Әдіскерлер тобы" in text(client.get(contacts.url))

    assert client.get(about.url).status_code == 200
    StandardPage.objects.get(pk=about.pk).delete()
    assert client.get(about.url).status_code == 404


def test_records_vocabulary_and_corner_filters(client, site_tree, live_pages):
    catalogue, corner, record = site_tree.resources["kk"], live_pages["corner"], live_pages["record"]
    for url in (catalogue.url, corner.url, reverse("catalogue_feed_rss")):
        assert "Бастауыш сынып әдістемесі" in text(client.get(url))
    record.title = "Бастауыш сынып: жаңа басылым"
    publish(record)
    for url in (catalogue.url, corner.url, reverse("catalogue_feed_rss")):
        assert "Бастауыш сынып: жаңа басылым" in text(client.get(url))

    lesson_plan = ResourceType.objects.get(slug="lesson-plan", locale__language_code="kk")
    lesson_plan.name = "Сабақтың жоспары (жаңа)"
    lesson_plan.save()
    assert "Сабақтың жоспары (жаңа)" in text(client.get(catalogue.url))

    newcomer = make_record(catalogue, "Жаңа әдістемелік құрал", type_slug="lesson-plan")
    assert newcomer.title in text(client.get(corner.url))


def test_site_text_and_registrations_shown_on_pages(client, site_tree):
    url = site_tree.about["kk"].url
    client.get(url)
    site_text = SiteText.objects.filter(locale__language_code="kk").first() or SiteText(
        locale=site_tree.locales["kk"], site_name="Кабинет"
    )
    site_text.site_name = "Аудандық әдістемелік кабинет"
    site_text.save()
    assert "Аудандық әдістемелік кабинет" in text(client.get(url))

    start = timezone.now() + datetime.timedelta(days=10)
    event = publish(
        make_event(site_tree.events["kk"], "Толық семинар", start, registration_enabled=True, capacity=1, slug="tolyq")
    )
    client.get(site_tree.events["kk"].url)
    registration_service.register(event, person("a@example.kz"))
    assert client.get(site_tree.events["kk"].url)["X-Cache"] == "miss"


def test_conditional_requests_get_304(client, site_tree, settings):
    url = site_tree.about["kk"].url
    first = client.get(url)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert client.get(url, headers={"If-None-Match": etag}).status_code == 304
    assert client.get(url, headers={"If-Modified-Since": last_modified}).status_code == 304
    publish(site_tree.about["kk"])  # a new generation: the page is rendered again
    assert client.get(url, headers={"If-None-Match": '"something-else"'}).status_code == 200

    settings.PAGE_CACHE_SECONDS = 0
    response = client.get(url)
    assert "X-Cache" not in response
    assert client.get(url, headers={"If-None-Match": response["ETag"]}).status_code == 304


def test_browsers_that_accept_gzip_get_the_kept_copy_compressed(client, site_tree, django_assert_num_queries):
    url = reverse("events_calendar")
    plain = client.get(url)
    assert (plain["X-Cache"], "Content-Encoding" in plain) == ("miss", False)
    with django_assert_num_queries(0):
        kept = client.get(url, headers={"Accept-Encoding": "gzip, deflate, br"})
    assert (kept["X-Cache"], kept["Content-Encoding"]) == ("hit", "gzip")
    assert gzip.decompress(kept.content) == plain.content
    assert int(kept["Content-Length"]) == len(kept.content) < len(plain.content)
    assert "Accept-Encoding" in kept["Vary"] and "Accept-Encoding" in plain["Vary"]
    # The same page in other bytes: a weak validator, and either copy's is still worth a 304.
    assert kept["ETag"] == "W/" + plain["ETag"]
    assert client.get(url, headers={"If-None-Match": plain["ETag"], "Accept-Encoding": "gzip"}).status_code == 304
    assert client.get(url, headers={"If-None-Match": kept["ETag"]}).status_code == 304
    assert client.get(url, headers={"Accept-Encoding": "identity"}).content == plain.content
    invalidate()  # the request that keeps a new copy gets it compressed too
    fresh = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert (fresh["X-Cache"], fresh["Content-Encoding"]) == ("miss", "gzip")
    assert b"BEGIN:VCALENDAR" in gzip.decompress(fresh.content)


def test_registration_cancel_pages_and_the_admin_are_never_kept(client, site_tree):
    start = timezone.now() + datetime.timedelta(days=10)
    event = publish(make_event(site_tree.events["kk"], "Семинар", start, registration_enabled=True, slug="seminar"))
    registration = registration_service.register(event, person("b@example.kz"))
    cancel = reverse("event_registration_cancel", args=[registration.token])
    for _attempt in range(2):
        assert "X-Cache" not in client.get(cancel)
        assert "X-Cache" not in client.get("/admin/login/")


def redis_reachable():
    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        return False
    return True


@pytest.mark.skipif(not redis_reachable(), reason="no Redis on 127.0.0.1:6379")
def test_the_cache_works_the_same_in_redis(client, site_tree, django_assert_num_queries):
    redis = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"cabinet-test-{uuid.uuid4().hex}",
        }
    }
    with override_settings(CACHES=redis):
        assert isinstance(caches["default"], RedisCache)
        try:
            url = site_tree.news["kk"].url
            served_from_cache(client, url, django_assert_num_queries)
            publish(site_tree.news_item["kk"])
            response = client.get(url)
            assert response["X-Cache"] == "miss"
            assert "Қысқы демалыс кестесі" in text(response)
            served_from_cache(client, site_tree.news_item["kk"].url, django_assert_num_queries)
        finally:
            cache.delete_pattern("*")


def test_an_unreachable_redis_leaves_the_site_working_uncached(client, site_tree):
    down = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/15",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }
    with override_settings(CACHES=down):
        for _attempt in range(2):
            response = client.get(site_tree.about["kk"].url)
            assert response.status_code == 200
            assert response["X-Cache"] == "miss"
            assert "Кабинет туралы" in text(response)


def test_a_copy_rendered_before_the_commit_is_dropped_when_the_change_commits(
    client, site_tree, django_capture_on_commit_callbacks
):
    url = site_tree.about["kk"].url
    lesson_plan = ResourceType.objects.get(slug="lesson-plan", locale__language_code="kk")
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        for name in ("Сабақ жоспары", "Сабақ жоспарлары"):
            lesson_plan.name = name
            lesson_plan.save()
        assert client.get(url)["X-Cache"] == "miss"  # what another request could render meanwhile
        assert client.get(url)["X-Cache"] == "hit"
    assert callbacks.count(invalidate) == 1  # one invalidation at commit, however many rows changed
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"


def pending_invalidations():
    return len([callback for _savepoints, callback, _robust in connection.run_on_commit if callback is invalidate])


def test_rows_saved_each_in_a_savepoint_leave_one_invalidation_for_the_commit(site_tree):
    with transaction.atomic():
        before = pending_invalidations()  # the test site's own, waiting for a commit that never comes
        for number in range(5):
            with transaction.atomic():  # as an import saves each row
                Tag.objects.create(name=f"тег {number}")
        assert pending_invalidations() - before <= 1


def test_a_change_after_a_rolled_back_one_still_invalidates_at_commit(site_tree):
    with transaction.atomic():
        before = pending_invalidations()
        with pytest.raises(RuntimeError), transaction.atomic():
            Tag.objects.create(name="қайтарылған")
            assert pending_invalidations() == before + 1
            raise RuntimeError
        assert pending_invalidations() == before  # rolled back with its row
        Tag.objects.create(name="сақталған")
        assert pending_invalidations() == before + 1
