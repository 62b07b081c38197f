"""Languages as a visitor meets them: URLs, <html lang>, the switcher, hreflang, the 404 page."""

from urllib.parse import parse_qs, quote, urlsplit

import pytest
from django.utils import translation

from cabinet_site.tests.html import (
    alternates,
    canonical,
    heading,
    html_lang,
    language_switcher,
    main_lang,
    soup,
    template_names,
)

LANGUAGES = ("kk", "ru", "en")
# One page of each type in the test site (see builders.make_site_tree).
PAGE_OF_EACH_TYPE = ("home", "corners", "resources", "events", "news", "about")


# Rendering in each language -------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("name", PAGE_OF_EACH_TYPE)
def test_every_page_type_renders_in_each_language_with_its_locale_as_html_lang(client, site_tree, name, code):
    page = getattr(site_tree, name)[code]
    assert page.url.startswith(f"/{code}/")
    response = client.get(page.url)
    assert response.status_code == 200
    assert html_lang(response) == code
    assert heading(response) == page.title


@pytest.mark.parametrize(
    ("name", "code"), [("resources", "ru"), ("resources", "en"), ("events", "en"), ("news", "ru")]
)
def test_an_alias_marks_its_content_as_kazakh(client, site_tree, name, code):
    page = getattr(site_tree, name)[code]
    assert page.alias_of_id == getattr(site_tree, name)["kk"].pk
    response = client.get(page.url)
    assert html_lang(response) == code  # the page's own locale: menus, switcher, footer
    assert main_lang(response) == "kk"  # the content copied from the Kazakh source
    assert heading(response) == getattr(site_tree, name)["kk"].title


@pytest.mark.parametrize(("name", "code"), [("about", "ru"), ("corners", "en"), ("about", "kk"), ("home", "kk")])
def test_a_translated_page_does_not_mark_its_content_language(client, site_tree, name, code):
    response = client.get(getattr(site_tree, name)[code].url)
    assert main_lang(response) is None


# The bare address and addresses without a language --------------------------------------------


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("ru", "/ru/"),
        ("ru-RU,ru;q=0.9,en;q=0.8", "/ru/"),
        ("en-US,en;q=0.9", "/en/"),
        ("kk", "/kk/"),
        ("kk-KZ", "/kk/"),
        ("de", "/kk/"),
        ("de-DE,de;q=0.9,ru;q=0.5", "/ru/"),
        (None, "/kk/"),
    ],
)
def test_the_bare_address_redirects_by_accept_language(client, site_tree, accept_language, expected):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get("/", **headers)
    assert response.status_code == 302
    assert response["Location"] == expected
    # Caches must not hand one visitor's language to the next.
    assert "Accept-Language" in response.get("Vary", "")
    assert client.get(response["Location"], **headers).status_code == 200


@pytest.mark.parametrize(
    ("path", "accept_language", "name", "code"),
    [
        ("/about/", "en", "about", "en"),
        ("/kabinet-turaly/", None, "about", "kk"),
        ("/ugolki/", "ru", "corners", "ru"),
    ],
)
def test_an_address_without_language_redirects_into_a_language(client, site_tree, path, accept_language, name, code):
    headers = {"HTTP_ACCEPT_LANGUAGE": accept_language} if accept_language else {}
    response = client.get(path, **headers)
    assert response.status_code == 302
    assert response["Location"] == f"/{code}{path}"
    followed = client.get(response["Location"], **headers)
    assert followed.status_code == 200
    assert heading(followed) == getattr(site_tree, name)[code].title


# Language switcher ----------------------------------------------------------------------------


def test_switcher_on_a_translated_page_links_to_each_translation(client, site_tree):
    response = client.get(site_tree.about["ru"].url)
    links = language_switcher(response)
    assert links == {
        "kk": (site_tree.about["kk"].url, None),
        "ru": (site_tree.about["ru"].url, "true"),
        "en": (site_tree.about["en"].url, None),
    }
    # The translations have slugs of their own.
    assert links["en"][0] == "/en/about/"
    assert links["kk"][0] == "/kk/kabinet-turaly/"


def test_switcher_on_an_alias_links_to_the_source_and_the_other_alias(client, site_tree):
    links = language_switcher(client.get(site_tree.resources["en"].url))
    assert links == {
        "kk": (site_tree.resources["kk"].url, None),
        "ru": (site_tree.resources["ru"].url, None),
        "en": (site_tree.resources["en"].url, "true"),
    }


def test_switcher_on_a_page_only_in_kazakh_links_to_the_nearest_translated_ancestor(client, site_tree):
    links = language_switcher(client.get(site_tree.team["kk"].url))
    assert links == {
        "kk": (site_tree.team["kk"].url, "true"),
        "ru": (site_tree.about["ru"].url, None),
        "en": (site_tree.about["en"].url, None),
    }


def test_switcher_skips_a_draft_translation(client, site_tree):
    """contacts has an unpublished English translation: English leads to the English home page."""
    links = language_switcher(client.get(site_tree.contacts["kk"].url))
    assert links["ru"] == (site_tree.contacts["ru"].url, None)
    assert links["en"] == (site_tree.home["en"].url, None)


def test_only_the_current_language_is_marked_current(client, site_tree):
    for code in LANGUAGES:
        links = language_switcher(client.get(site_tree.corners[code].url))
        assert [lang for lang, (_href, current) in links.items() if current] == [code]


def test_switcher_on_the_search_page_keeps_the_path_and_query(client, site_tree):
    query = "мұғалім"
    response = client.get("/ru/search/", {"q": query})
    assert response.status_code == 200
    links = language_switcher(response)
    assert links["ru"] == (f"/ru/search/?q={quote(query)}", "true")
    assert links["kk"] == (f"/kk/search/?q={quote(query)}", None)
    assert links["en"] == (f"/en/search/?q={quote(query)}", None)


def switcher_targets(response):
    """{language code: (path, query parameters)} of the language switcher's links."""
    return {
        code: (urlsplit(href).path, parse_qs(urlsplit(href).query))
        for code, (href, _current) in language_switcher(response).items()
    }


def test_switcher_on_the_catalogue_keeps_the_words_filters_and_sort_from_the_first_page(client, site_tree):
    asked = {
        "q": "сөздік",
        "type": "dictionary",
        "subject": ["kazakh-language", "russian-language"],
        "year_from": "2020",
        "year_to": "2010",
        "sort": "title",
        "page": "3",
        "year": "",  # the empty fields a submitted form sends are left out
    }
    response = client.get(site_tree.resources["kk"].url, asked)
    kept = {
        "q": ["сөздік"],
        "type": ["dictionary"],
        "subject": ["kazakh-language", "russian-language"],
        "year_from": ["2010"],
        "year_to": ["2020"],
        "sort": ["title"],
    }
    targets = switcher_targets(response)
    assert targets["ru"] == (site_tree.resources["ru"].url, kept)
    assert targets["en"] == (site_tree.resources["en"].url, kept)

    # The Russian catalogue shows the same words and filters, named in Russian.
    russian = soup(client.get(language_switcher(response)["ru"][0]))
    assert russian.find("input", id="catalogue-q")["value"] == "сөздік"
    chips = [chip.get_text(" ", strip=True) for chip in russian.select(".filter-chip")]
    assert "Предмет: Казахский язык , убрать" in chips
    assert "Тип: Словарь , убрать" in chips


def test_switcher_on_the_events_section_keeps_its_filters_and_month(client, site_tree):
    response = client.get(
        site_tree.events["kk"].url,
        {"kind": "seminar", "level": "district", "subject": "algebra", "month": "2026-11", "page": "2"},
    )
    kept = {"kind": ["seminar"], "level": ["district"], "subject": ["algebra"], "month": ["2026-11"]}
    targets = switcher_targets(response)
    assert targets["ru"] == (site_tree.events["ru"].url, kept)
    assert targets["en"] == (site_tree.events["en"].url, kept)
    russian = soup(client.get(language_switcher(response)["ru"][0]))
    assert russian.select_one("#filter-month option[selected]")["value"] == "2026-11"
    assert russian.find("select", id="filter-level").find("option", selected=True).get_text() == "Районный"


def test_switcher_keeps_no_query_on_a_page_that_reads_none(client, site_tree):
    """A page's query is for that page: an ancestor standing in for it, or a page that reads no
    query, is linked to as it is."""
    for page in (site_tree.team["kk"], site_tree.about["kk"]):
        links = language_switcher(client.get(page.url, {"q": "сөздік", "page": "2"}))
        assert all("?" not in href for href, _current in links.values())


# Canonical and hreflang -----------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_canonical_is_the_pages_own_absolute_url(client, site_tree, code):
    page = site_tree.about[code]
    response = client.get(page.url)
    assert canonical(response) == page.full_url
    assert canonical(response).startswith(f"http://testserver/{code}/")


def test_hreflang_lists_each_live_translation_once_and_x_default_in_kazakh(client, site_tree):
    about = site_tree.about
    for code in LANGUAGES:
        response = client.get(about[code].url)
        assert sorted(alternates(response)) == sorted(
            [
                ("kk", about["kk"].full_url),
                ("ru", about["ru"].full_url),
                ("en", about["en"].full_url),
                ("x-default", about["kk"].full_url),
            ]
        )


def test_hreflang_leaves_out_draft_translations(client, site_tree):
    contacts = site_tree.contacts
    response = client.get(contacts["ru"].url)
    assert sorted(alternates(response)) == sorted(
        [("kk", contacts["kk"].full_url), ("ru", contacts["ru"].full_url), ("x-default", contacts["kk"].full_url)]
    )


@pytest.mark.parametrize("code", LANGUAGES)
def test_hreflang_leaves_out_aliases(client, site_tree, code):
    resources = site_tree.resources
    response = client.get(resources[code].url)
    assert sorted(alternates(response)) == sorted(
        [("kk", resources["kk"].full_url), ("x-default", resources["kk"].full_url)]
    )


def test_hreflang_on_the_home_pages(client, site_tree):
    response = client.get("/ru/")
    assert canonical(response) == "http://testserver/ru/"
    assert sorted(alternates(response)) == sorted(
        [
            ("kk", "http://testserver/kk/"),
            ("ru", "http://testserver/ru/"),
            ("en", "http://testserver/en/"),
            ("x-default", "http://testserver/kk/"),
        ]
    )


# The 404 page ---------------------------------------------------------------------------------


def assert_is_the_404_page(response, code):
    assert response.status_code == 404
    assert "404.html" in template_names(response)
    assert html_lang(response) == code
    with translation.override(code):
        assert heading(response) == translation.gettext("Page not found")
    assert soup(response).find("meta", attrs={"name": "robots", "content": "noindex"}) is not None


def offers(response):
    offered = soup(response).find("ul", class_="translation-offers")
    if offered is None:
        return []
    return [(a["hreflang"], a["href"], a.parent.get_text(" ", strip=True)) for a in offered.find_all("a")]


def test_404_for_a_path_found_nowhere_is_in_the_visitors_language_without_offers(client, site_tree):
    for code in LANGUAGES:
        response = client.get(f"/{code}/no-such-page/")
        assert_is_the_404_page(response, code)
        assert offers(response) == []


def test_404_offers_the_page_in_the_language_whose_tree_has_the_path(client, site_tree):
    about = site_tree.about
    ru_path = about["ru"].url.removeprefix("/ru/")
    response = client.get(f"/en/{ru_path}")
    assert_is_the_404_page(response, "en")
    [(code, href, text)] = offers(response)
    assert (code, href) == ("ru", about["ru"].url)
    assert about["ru"].title in text
    assert "Русский" in text
    # And the same page in the visitor's own language.
    own = soup(response).find("a", href=about["en"].url, string=about["en"].title)
    assert own is not None


def test_404_offers_a_kazakh_only_page_under_another_language(client, site_tree):
    team = site_tree.team["kk"]
    response = client.get("/ru/" + team.url.removeprefix("/kk/"))
    assert_is_the_404_page(response, "ru")
    [(code, href, text)] = offers(response)
    assert (code, href) == ("kk", team.url)
    assert "Қазақша" in text


def test_404_never_offers_a_draft(client, site_tree):
    contacts = site_tree.contacts
    # /en/<ru slug>/: found in the Russian tree; the English translation is an unpublished draft.
    response = client.get("/en/" + contacts["ru"].url.removeprefix("/ru/"))
    assert_is_the_404_page(response, "en")
    assert [(code, href) for code, href, _text in offers(response)] == [("ru", contacts["ru"].url)]
    assert soup(response).find("a", href=contacts["en"].url) is None
    # The draft's own address is a 404 too, offering the live Kazakh page.
    response = client.get(contacts["en"].url)
    assert_is_the_404_page(response, "en")
    assert [(code, href) for code, href, _text in offers(response)] == [("kk", contacts["kk"].url)]
