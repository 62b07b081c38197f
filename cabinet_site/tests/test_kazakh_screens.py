"""Kazakh admin screens as an editor sees them: no English words, no Python values, Kazakh dates.

Each test renders a screen in a Kazakh-preferring editor's admin and reads its visible text
(cabinet_site/tests/kazakh_screens.py); the allowlist of Latin words is in latin_allowlist.py.
"""

import datetime
import hashlib
import inspect
import json
import re
from pathlib import Path

import pytest
import wagtail
import wagtail_localize
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.test import RequestFactory
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.admin.paginator import WagtailPaginator
from wagtail.models import Page, Task, Workflow
from wagtail.users.models import UserProfile
from wagtail_localize.models import StringTranslation, Translation

from cabinet_site.tests.kazakh_screens import latin_on_screen, visible_texts
from events.models.taxonomy import EventKind
from resources.models.taxonomy import ResourceType, Subject
from search.models import SearchQuery


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


def test_the_visible_text_includes_labels_and_skips_scripts_and_hidden_counters():
    html = """<!doctype html><html><head><title>Шолу: Root</title><script>var x = "Hello";</script></head>
    <body><button aria-label="More actions"></button><input placeholder="Search">
    <div hidden data-side-panel-toggle-counter>None</div><p>Беттер</p><!-- a comment --></body></html>"""
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


# Dates and times -----------------------------------------------------------------------------------


def set_updated(page, when):
    type(page).objects.filter(pk=page.pk).update(latest_revision_created_at=when)


def test_the_explorer_says_how_long_ago_in_kazakh_and_dates_day_month_year_on_a_24_hour_clock(
    client, site_tree, superuser
):
    set_updated(site_tree.about["kk"], timezone.now() - datetime.timedelta(minutes=6, seconds=5))
    # 11:04 UTC is 16:04 in Almaty
    set_updated(site_tree.contacts["kk"], datetime.datetime(2025, 12, 8, 11, 4, tzinfo=datetime.UTC))
    html = html_of(as_kazakh(client, superuser).get(reverse("wagtailadmin_explore", args=[site_tree.home["kk"].pk])))
    texts = visible_texts(html)
    assert "6 минут бұрын" in texts
    assert 'data-w-tooltip-content-value="8 желтоқсан 2025, 16:04"' in html
    assert "Т.Ж." not in html and "Т.Қ." not in html
    assert not [text for text in texts if "minute" in text or "hour" in text or "days" in text]


def test_a_kazakh_month_is_named_in_lower_case_with_its_year():
    with translation.override("kk"):
        rendered = Template('{{ day|date:"YEAR_MONTH_FORMAT" }} | {{ day|date:"DATE_FORMAT" }}').render(
            Context({"day": datetime.date(2026, 12, 1)})
        )
    assert rendered == "желтоқсан 2026 | 1 желтоқсан 2026"


def test_the_date_pickers_week_starts_on_monday_with_kazakh_day_names(client, site_tree, staff):
    html = html_of(
        as_kazakh(client, staff["methodologist"]).get(
            reverse("wagtailadmin_pages:edit", args=[site_tree.event["kk"].pk])
        )
    )
    document = BeautifulSoup(html, "html.parser")
    strings = json.loads(document.find("script", id="wagtail-config").string)["STRINGS"]
    # Wagtail lists the days from Sunday and turns the list by the picker's first day
    assert strings["WEEKDAYS_SHORT"] == ["Жс", "Дс", "Сс", "Ср", "Бс", "Жм", "Сб"]
    assert strings["WEEKDAYS"][5] == "Жұма"
    configs = [json.loads(match) for match in re.findall(r"initDateTimeChooser\([^,]+, (\{.*?\})\);", html)]
    assert configs and all(config["dayOfWeekStart"] == 1 for config in configs)


def test_the_search_queries_report_names_months_and_languages(client, staff):
    SearchQuery.objects.create(language_code="kk", query="ертегілер", month=datetime.date(2026, 12, 1), count=7)
    html = html_of(as_kazakh(client, staff["methodologist"]).get(reverse("search_queries_report")))
    row = [cell.get_text(strip=True) for cell in BeautifulSoup(html, "html.parser").select("tbody tr td")]
    assert row[:3] == ["ертегілер", "Қазақша", "желтоқсан 2026"]
    assert latin_on_screen(html) == []


# Words: login, account, page forms, explorer, reports ----------------------------------------------


def test_the_login_page_is_all_kazakh(client, site_tree):
    html = html_of(client.get(reverse("wagtailadmin_login")))
    assert "Құпиясөз" in visible_texts(html)
    assert latin_on_screen(html) == []


def test_an_editor_turned_away_is_told_so_in_the_language_they_chose_whatever_the_browser(client, site_tree, staff):
    as_kazakh(client, staff["teacher"])
    response = client.get(reverse("wagtailusers_users:index"), HTTP_ACCEPT_LANGUAGE="en-US,en;q=0.9", follow=True)
    messages = [str(message).strip() for message in response.context["messages"]]
    assert messages == ["Кешіріңіз, бұл бөлімге кіруге рұқсатыңыз жоқ."]
    assert '<html lang="kk"' in response.content.decode()


def without_time_zones(html):
    """The account page lists the time zones by their IANA names (Asia/Almaty), which are codes."""
    document = BeautifulSoup(html, "html.parser")
    for select in document.select("select[name$='current_time_zone']"):
        select.decompose()
    return str(document)


def test_the_account_page_explains_passwords_in_kazakh(client, site_tree, staff):
    html = html_of(as_kazakh(client, staff["teacher"]).get(reverse("wagtailadmin_account")))
    assert "Тексеру үшін сол құпиясөзді қайта енгізіңіз." in visible_texts(html)
    assert latin_on_screen(without_time_zones(html), ignore={"teacher"}) == []


def content_names():
    """Names the editors gave things (taxonomy rows, workflows): content, translated elsewhere.

    Issue 17 has the taxonomy choices filtered to the editor's language and the workflow and task
    names translated; both are other parts of the issue, so this check leaves them out.
    """
    names = set()
    for model in (ResourceType, Subject, EventKind, Workflow, Task):
        names |= set(model.objects.values_list("name", flat=True))
    return names


# Interface strings other parts of issue 17 fix in the site's own catalogues (locale/kk): the
# project's msgid "slug", written «slug (латынша қысқа атау)», also labels Wagtail's page slug.
OWNED_ELSEWHERE = {"Slug"}


@pytest.mark.parametrize("name", ["about", "record", "news_item", "event", "corner"])
def test_page_edit_forms_show_no_english(client, site_tree, superuser, name):
    page = getattr(site_tree, name)["kk"]
    html = html_of(as_kazakh(client, superuser).get(reverse("wagtailadmin_pages:edit", args=[page.pk])))
    texts = visible_texts(html)
    assert "Іздеу жүйелеріне арналған атау" in texts
    if name in ("record", "news_item"):
        assert "Тегтерді үтір арқылы жазыңыз." in texts
    for wrong in ("Title тегі", "Meta сипаттамасы", "A comma-separated list of tags."):
        assert wrong not in html
    found = [
        item for item in latin_on_screen(html, ignore={"boss", *content_names()}) if item[0] not in OWNED_ELSEWHERE
    ]
    assert found == [], sorted(set(found))


def test_the_explorer_of_the_whole_tree_names_the_root_in_kazakh(client, site_tree, superuser):
    html = html_of(as_kazakh(client, superuser).get(reverse("wagtailadmin_explore_root")))
    assert "Шолу: Барлық беттер" in visible_texts(html)
    english_home = site_tree.home["en"].title
    assert latin_on_screen(html, ignore={english_home, site_tree.site.site_name}) == []


def test_the_page_search_counts_pages_without_leaking_none(client, site_tree, superuser):
    html = html_of(as_kazakh(client, superuser).get(reverse("wagtailadmin_pages:search"), {"q": "Кабинет"}))
    header = BeautifulSoup(html, "html.parser").select_one("th.title").get_text(" ", strip=True)
    assert re.search(r"беттер: 1-\d+, барлығы \d+", header), header
    assert "None" not in header


def test_the_aging_pages_report_leaves_an_unknown_publisher_blank(client, site_tree, superuser):
    html = html_of(as_kazakh(client, superuser).get(reverse("wagtailadmin_reports:aging_pages")))
    assert BeautifulSoup(html, "html.parser").select("tbody tr")
    assert "None" not in visible_texts(html)


def test_the_locales_settings_count_pages_in_kazakh(client, site_tree, superuser):
    html = html_of(as_kazakh(client, superuser).get(reverse("wagtaillocales:index")))
    usage = [
        cell.get_text(" ", strip=True) for cell in BeautifulSoup(html, "html.parser").select("tbody td:nth-of-type(2)")
    ]
    assert usage and all(re.fullmatch(r"\d+ бет( \+ \d+ басқа нысан)?", text) for text in usage), usage
    assert latin_on_screen(html, ignore={"boss"}) == []


LOCALIZE_BUNDLE = Path(wagtail_localize.__file__).parent / "static" / "wagtail_localize" / "js" / "wagtail-localize.js"


def test_the_translation_editors_own_english_is_written_over_in_the_editors_language(client, site_tree, superuser):
    html = html_of(
        as_kazakh(client, superuser).get(reverse("wagtailadmin_pages:edit", args=[site_tree.about["ru"].pk]))
    )
    # what the editor's script writes over wagtail-localize's English once the editor has drawn
    words = json.loads(BeautifulSoup(html, "html.parser").find(id="translation-editor-words").string)
    assert words["texts"] == {
        "Қазақша to Русский translation": "Аударма: Қазақша → Русский",
        "More actions": "Басқа әрекеттер",
    }
    assert words["months"]["December"] == "желтоқсан"
    assert len(words["months"]) == 12
    # …which it finds only while wagtail-localize still writes them so
    bundle = LOCALIZE_BUNDLE.read_text()
    assert "`${r.sourceLocale.displayName} to ${r.locale.displayName} translation`" in bundle
    assert '"w-sr-only"},"More actions")' in bundle
    assert "strftime(DATE_FORMAT)" in inspect.getsource(StringTranslation.get_comment)


def pagination_count(queryset, language):
    items = WagtailPaginator(queryset, 1).page(1)
    with translation.override(language):
        html = Template('{% include "wagtailadmin/shared/pagination_nav.html" with items=items %}').render(
            Context({"items": items, "request": RequestFactory().get("/admin/pages/")})
        )
    return BeautifulSoup(html, "html.parser").select_one(".pagination__end").get_text(" ", strip=True)


def test_listing_counts_put_no_plural_after_the_number_in_kazakh(site_tree):
    pages = Page.objects.filter(depth__gt=1).order_by("path")
    assert pagination_count(pages, "kk") == f"беттер: {pages.count()}"
    translations = Translation.objects.order_by("pk")
    assert translations.count() > 1
    assert pagination_count(translations, "kk") == f"аудармалар: {translations.count()}"
    assert pagination_count(pages, "en") == f"{pages.count()} pages"


# Wagtail templates the project overrides: the overrides are copies that must follow Wagtail -----------

WAGTAIL_TEMPLATES = Path(wagtail.__file__).parent / "admin" / "templates"
LOCALES_TEMPLATES = Path(wagtail_localize.__file__).parent / "locales" / "templates"
OVERRIDDEN = {
    # path: (where the library keeps it, sha256 of the version the override was copied from)
    "wagtailadmin/pages/listing/_page_title_column_header.html": (
        WAGTAIL_TEMPLATES,
        "6edca9f62c0dd8440e8193141d4c3d9319525f599cd56ff349668c4f7d9a9fa1",
    ),
    "wagtailadmin/shared/user_avatar.html": (
        WAGTAIL_TEMPLATES,
        "10cbd09a2e9434e569d2ccc518298adbeb8cb9f3263fd31aa61ff049e6cc771a",
    ),
    "wagtailadmin/shared/pagination_nav.html": (
        WAGTAIL_TEMPLATES,
        "4d6da73d6fef03c37dce45ddc5ff069e6f9750667125f8a18659a7418c3d6a71",
    ),
    "wagtaillocales/index.html": (
        LOCALES_TEMPLATES,
        "a7fb4f60c524d2e9b9a26a2e1e96fa583e168eee3561c0354bf81a4a904cc84f",
    ),
}


@pytest.mark.parametrize("path", OVERRIDDEN)
def test_the_overridden_wagtail_templates_are_unchanged_upstream(path):
    directory, recorded = OVERRIDDEN[path]
    upstream = hashlib.sha256((directory / path).read_bytes()).hexdigest()
    assert upstream == recorded, (
        f"Wagtail's {path} changed: bring templates/{path} up to date (or delete it if Wagtail fixed it), "
        "then record the new hash here"
    )
