"""Kept fragments: a page the page cache does not answer (a logged-in teacher's, a page with a
form, a new combination of catalogue filters) still reuses the header, footer, breadcrumbs and
language links, and every change shows on the next request."""

import datetime

import pytest
from django.core.cache import cache
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from cabinet_site.models import SiteText
from cabinet_site.tests import builders
from events.tests.factories import make_event
from home.models import StandardPage
from resources.tests.factories import make_record
from search.models import SearchQuery

pytestmark = pytest.mark.django_db


def render(client, url, params=None):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, params or {})
    assert response.status_code == 200, url
    return len(queries), response.content.decode()


@pytest.fixture
def teacher(staff):
    """A logged-in teacher: the page cache never answers them, so every request renders the page."""
    client = Client()
    client.force_login(staff["teacher"])
    return client


def test_the_shared_parts_of_a_page_are_rendered_once(teacher, site_tree):
    url = site_tree.about["kk"].url
    render(teacher, url)  # what a process reads once
    cache.clear()
    cold_queries, cold = render(teacher, url)
    warm_queries, warm = render(teacher, url)
    assert warm == cold
    assert warm_queries <= cold_queries - 10


def test_a_visitors_page_renders_in_a_few_queries_once_they_are_kept(client, site_tree, page_cache_off):
    url = site_tree.about["kk"].url
    render(client, url)
    queries, _content = render(client, url)
    assert queries <= 12  # finding the page and its view restrictions; 27 from scratch


def test_every_query_string_of_a_page_shares_them(teacher, site_tree):
    catalogue = site_tree.resources["kk"].url
    render(teacher, catalogue)
    cache.clear()
    first_queries, _first = render(teacher, catalogue, {"q": "әдістеме"})
    queries, content = render(teacher, catalogue, {"q": "бағалау", "sort": "title"})
    assert queries <= first_queries  # the second search renders only what is its own
    # The language links still keep the visitor's query string where a page has no counterpart,
    # and lead to the catalogue's own counterparts where it has them.
    assert 'hreflang="ru" lang="ru"' in content
    assert site_tree.resources["ru"].url in content


def test_the_menu_shows_a_new_section_at_once(teacher, site_tree):
    url = site_tree.about["kk"].url
    render(teacher, url)
    section = site_tree.home["kk"].add_child(
        instance=StandardPage(title="Шығармашылық топтар", slug="shygarmashylyk-toptar", show_in_menus=True)
    )
    section.save_revision().publish()
    _queries, content = render(teacher, url)
    assert "Шығармашылық топтар" in content
    section.unpublish()
    _queries, content = render(teacher, url)
    assert "Шығармашылық топтар" not in content


def test_a_new_site_name_shows_in_the_title_header_and_footer(teacher, client, site_tree):
    url = site_tree.contacts["kk"].url
    render(teacher, url)
    site_text = SiteText.objects.filter(locale__language_code="kk").first() or SiteText(
        locale=site_tree.locales["kk"], site_name="Кабинет"
    )
    site_text.site_name = "Аудандық әдістемелік кабинет"
    site_text.save()
    for visitor in (teacher, client):
        _queries, content = render(visitor, url)
        assert content.count("Аудандық әдістемелік кабинет") >= 3  # <title>, header, footer


def test_each_language_and_page_has_its_own_fragments(client, site_tree, page_cache_off):
    about = site_tree.about
    _q, kazakh = render(client, about["kk"].url)
    _q, russian = render(client, about["ru"].url)
    _q, kazakh_again = render(client, about["kk"].url)
    assert kazakh_again == kazakh
    assert "Главная" in russian and "Главная" not in kazakh
    _q, contacts = render(client, site_tree.contacts["kk"].url)
    # The menu marks the page being shown: each page has its own copy of it.
    assert f'href="{about["kk"].url}" aria-current="page"' in kazakh
    assert f'href="{about["kk"].url}" aria-current="page"' not in contacts


def test_fragments_can_be_turned_off(teacher, site_tree, settings):
    settings.FRAGMENT_CACHE_SECONDS = 0
    url = site_tree.about["kk"].url
    render(teacher, url)
    first, _content = render(teacher, url)
    second, _content = render(teacher, url)
    assert first == second


def test_an_editors_preview_of_a_renamed_draft_is_never_kept(client, site_tree, superuser, page_cache_off):
    about = site_tree.about["kk"]
    for preview in builders.preview_renamed_draft(about, "Жаңа атау (жоба)", superuser):
        assert preview.status_code == 200
        # The breadcrumbs end with the page's title: the draft's, for the editor.
        assert '<span aria-current="page">Жаңа атау (жоба)</span>' in preview.content.decode()
    _queries, content = render(client, about.url)
    assert "Жаңа атау (жоба)" not in content
    assert '<span aria-current="page">Кабинет туралы</span>' in content


def test_the_event_filters_offer_a_kind_as_soon_as_an_event_of_it_is_published(teacher, site_tree):
    events = site_tree.events["kk"]
    _queries, before = render(teacher, events.url)
    assert 'value="competition"' not in before
    start = timezone.now() + datetime.timedelta(days=5)
    make_event(events, "Үздік сабақ байқауы", start, kind_slug="competition", slug="bayqau").save_revision().publish()
    _queries, after = render(teacher, events.url)
    assert 'value="competition"' in after


def between(content, start, end):
    assert start in content and end in content
    return content[content.index(start) : content.index(end)]


def listing(content):
    return between(content, '<nav class="event-views"', "</main>")


def results(content):
    return between(content, '<div class="catalogue__layout">', "</form>")


def test_the_event_listing_is_kept_per_address(teacher, site_tree):
    events = site_tree.events["kk"].url
    render(teacher, events, {"view": "past", "kind": "seminar"})  # what a process reads once
    cache.clear()
    cold_queries, cold = render(teacher, events, {"kind": "seminar", "view": "past"})
    warm_queries, warm = render(teacher, events, {"view": "past", "kind": "seminar"})
    # The parameters' order does not make another address (the page's "back here" links keep it).
    assert listing(warm) == listing(cold)
    assert warm_queries <= cold_queries - 5
    _queries, upcoming = render(teacher, events)
    assert 'href="?view=past" aria-current="page"' not in upcoming
    assert "?view=past" in cold


def test_a_new_event_shows_in_the_kept_listing_at_once(teacher, site_tree):
    events = site_tree.events["kk"]
    render(teacher, events.url)
    start = timezone.now() + datetime.timedelta(days=3)
    make_event(events, "Ашық сабақ: оқу сауаттылығы", start, slug="ashyq-sabaq").save_revision().publish()
    _queries, content = render(teacher, events.url)
    assert "Ашық сабақ: оқу сауаттылығы" in content


def test_a_catalogue_question_is_kept_and_still_counted(teacher, site_tree):
    catalogue = site_tree.resources["kk"]
    make_record(catalogue, "Формативті бағалау жинағы")
    question = {"q": "бағалау", "has_file": "", "sort": "relevance"}
    render(teacher, catalogue.url, question)
    cache.clear()
    cold_queries, cold = render(teacher, catalogue.url, {"q": "бағалау", "utm_source": "mail"})
    warm_queries, warm = render(teacher, catalogue.url, {"q": "бағалау"})
    assert results(warm) == results(cold)  # the same question, read the same way: one kept answer
    assert warm_queries <= cold_queries - 10
    assert "Формативті бағалау жинағы" in warm
    counted = SearchQuery.objects.get(language_code="kk", query="бағалау")
    assert counted.count == 3  # every search is counted, also the ones answered from the kept copy

    make_record(catalogue, "Бағалау критерийлері")
    _queries, content = render(teacher, catalogue.url, {"q": "бағалау"})
    assert "Бағалау критерийлері" in content


def test_the_catalogues_chips_lead_to_its_address_without_them(teacher, site_tree):
    catalogue = site_tree.resources["kk"].url
    _queries, content = render(
        teacher, catalogue, {"q": "тіл", "has_file": "1", "year_from": "2020", "utm_source": "mail"}
    )
    # A chip removes its own filter and keeps the others, as the visitor asked them (no stray parameters).
    assert 'href="?q=%D1%82%D1%96%D0%BB&amp;year_from=2020"' in content  # without "Has a file"
    assert 'href="?q=%D1%82%D1%96%D0%BB&amp;has_file=1"' in content  # without the years
    assert "utm_source" not in results(content)
