"""The site's name and footer texts (the SiteText snippet), per language with a Kazakh fallback."""

import pytest

from cabinet_site.models import SiteText
from cabinet_site.tests.html import soup


@pytest.fixture
def site_texts(site_tree):
    kazakh = SiteText.objects.create(
        locale=site_tree.locales["kk"],
        site_name="№5 мектептің әдістемелік кабинеті",
        address="Алматы қ., Жетісу ауданы, Абай көшесі, 10",
        opening_hours="Дс–Жм 9:00–17:00",
    )
    russian = kazakh.copy_for_translation(site_tree.locales["ru"])
    russian.site_name = "Методический кабинет школы №5"
    russian.address = "г. Алматы, Жетысуский район, ул. Абая, 10"
    russian.opening_hours = "Пн–Пт 9:00–17:00"
    russian.save()
    return {"kk": kazakh, "ru": russian}


def footer(response):
    return soup(response).find("footer")


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_footer_and_title_show_the_text_of_the_active_language(client, site_tree, site_texts, code):
    text = site_texts[code]
    other = site_texts["ru" if code == "kk" else "kk"]
    response = client.get(site_tree.about[code].url)
    footer_text = footer(response).get_text(" ", strip=True)
    assert text.address in footer_text
    assert text.opening_hours in footer_text
    assert text.site_name in footer_text
    assert other.address not in footer_text
    assert soup(response).title.get_text().endswith(text.site_name)
    assert soup(response).find(class_="brand__name").get_text(strip=True) == text.site_name


def test_a_language_without_its_own_text_falls_back_to_kazakh(client, site_tree, site_texts):
    response = client.get(site_tree.about["en"].url)
    footer_text = footer(response).get_text(" ", strip=True)
    assert site_texts["kk"].address in footer_text
    assert site_texts["kk"].site_name in footer_text
    assert site_texts["ru"].address not in footer_text


def test_fallback_also_on_pages_without_a_wagtail_page(client, site_tree, site_texts):
    for path in ("/en/search/", "/en/no-such-page/"):
        response = client.get(path)
        assert site_texts["kk"].address in footer(response).get_text(" ", strip=True)


def test_without_any_site_text_the_site_still_renders_with_a_generic_name(client, site_tree):
    response = client.get("/kk/")
    assert response.status_code == 200
    assert soup(response).find(class_="brand__name").get_text(strip=True)
