"""The home page's title and heading as a visitor sees them: the site's name once, not twice."""

import pytest

from cabinet_site.models import SiteText
from cabinet_site.tests import builders
from cabinet_site.tests.html import soup
from home.models import StandardPage


@pytest.fixture
def site_text(locales):
    return SiteText.objects.create(
        locale=locales["kk"], site_name="Әдістемелік кабинет", tagline="Мұғалімнің кәсіби өсу орталығы"
    )


def title(response):
    return soup(response).title.get_text(strip=True)


def visible_headings(response):
    return [
        h1.get_text(strip=True) for h1 in soup(response).find_all("h1") if "visually-hidden" not in h1.get("class", [])
    ]


@pytest.mark.django_db
def test_the_home_page_is_titled_with_the_site_name_and_tagline_once(client, site_text, page_cache_off):
    builders.make_home(builders.make_locales(), title="Әдістемелік кабинет")
    response = client.get("/kk/")
    assert title(response) == "Әдістемелік кабинет — Мұғалімнің кәсіби өсу орталығы"
    page = soup(response)
    assert page.select_one(".brand__name").get_text(strip=True) == "Әдістемелік кабинет"
    # The hero does not repeat the name shown in the header right above it; screen readers still
    # find the page's heading.
    assert visible_headings(response) == []
    assert page.find("h1").get_text(strip=True) == "Әдістемелік кабинет"


@pytest.mark.django_db
def test_a_home_page_with_a_title_of_its_own_shows_it(client, site_text, page_cache_off):
    builders.make_home(builders.make_locales(), title="Қош келдіңіз!", seo_title="Аудандық әдістемелік кабинет")
    response = client.get("/kk/")
    assert title(response) == "Аудандық әдістемелік кабинет"
    assert visible_headings(response) == ["Қош келдіңіз!"]


@pytest.mark.django_db
def test_other_pages_keep_the_site_name_after_their_own_title(client, site_text, page_cache_off):
    home = builders.make_home(builders.make_locales(), title="Әдістемелік кабинет")
    contacts = home.add_child(instance=StandardPage(title="Байланыс", slug="bailanys"))
    response = client.get(contacts.url)
    assert title(response) == "Байланыс — Әдістемелік кабинет"
    assert visible_headings(response) == ["Байланыс"]
