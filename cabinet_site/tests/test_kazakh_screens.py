"""Kazakh admin screens as an editor sees them: no English words, no Python values, Kazakh dates.

Each test renders a screen in a Kazakh-preferring editor's admin and reads its visible text
(cabinet_site/tests/kazakh_screens.py); the allowlist of Latin words is in latin_allowlist.py.
"""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from cabinet_site.tests.kazakh_screens import latin_on_screen, visible_texts
from cabinet_site.tests.latin_allowlist import latin_words


def as_kazakh(client, user):
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "kk"
    profile.save()
    client.force_login(user)
    return client


def html_of(response):
    assert response.status_code == 200, response.status_code
    return response.content.decode()


# The check itself ----------------------------------------------------------------------------------


def test_latin_words_finds_english_and_leaked_values_but_not_codes_names_or_addresses():
    text = (
        "13 None ішінен 1-13; 6 minutes бұрын; CSV, PDF, ISBN; Wagtail; XXI ғасыр; "
        "жоспар.docx; https://example.kz/a; a@b.kz"
    )
    assert latin_words(text) == ["None", "minutes"]
    assert latin_words("Иә False True") == ["False", "True"]


def test_the_visible_text_includes_labels_and_skips_scripts_and_hidden_counters():
    html = """<!doctype html><html><head><title>Шолу: Root</title><script>var x = "Hello";</script></head>
    <body><button aria-label="More actions"></button><input placeholder="Search">
    <div hidden>None</div><p>Беттер</p><!-- a comment --></body></html>"""
    assert sorted(visible_texts(html)) == ["More actions", "Search", "Беттер", "Шолу: Root"]
    assert sorted(word for word, _text in latin_on_screen(html)) == ["More", "Root", "Search", "actions"]


# Buttons with an icon and a label ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url_name", "role", "label"),
    [
        ("resources_catalogue_import", "librarian", "Тізімді тексеру"),
        ("cabinet_translation_overview", "methodologist", "Сүзу"),
    ],
)
def test_the_import_and_overview_buttons_show_a_small_icon_beside_a_readable_label(
    client, site_tree, staff, url_name, role, label
):
    html = html_of(as_kazakh(client, staff[role]).get(reverse(url_name)))
    button = next(b for b in BeautifulSoup(html, "html.parser").find_all("button") if label in b.get_text())
    # Wagtail's convention for a labelled button with an icon (its CSS sizes the icon only so)
    assert {"button", "bicolor", "button--icon"} <= set(button["class"])
    assert button.find("span", class_="icon-wrapper").find("svg", class_="icon")
    assert button.get_text(strip=True) == label
