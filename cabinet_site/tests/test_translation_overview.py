"""The translation overview (cabinet_site/translation_overview.py): states, filters, links, permissions, queries."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail_localize.models import TranslationSource

from cabinet_site import translation_overview as overview
from cabinet_site.tests import builders
from home.models import StandardPage

URL = "/admin/translation-overview/"


def rows_by_page(rows):
    return {(row.source["id"], row.locale.language_code): row for row in rows}


def republish(page, title):
    page.title = title
    page.save_revision().publish()
    page.refresh_from_db()
    return page


# The states ------------------------------------------------------------------------------------


def test_a_translated_page_is_up_to_date(site_tree):
    rows = rows_by_page(overview.build_rows())
    for code in ("ru", "en"):
        row = rows[(site_tree.about["kk"].pk, code)]
        assert row.state == overview.UP_TO_DATE
        assert row.target["id"] == site_tree.about[code].pk
        assert row.translation_source_id is not None
        assert row.action[1] == reverse("wagtailadmin_pages:edit", args=[site_tree.about[code].pk])


def test_a_source_published_after_the_last_sync_makes_its_translations_out_of_date(site_tree):
    republish(site_tree.about["kk"], "Кабинет туралы (жаңа)")
    rows = rows_by_page(overview.build_rows())
    row = rows[(site_tree.about["kk"].pk, "ru")]
    assert row.state == overview.OUT_OF_DATE
    with translation.override("en"):
        assert str(row.action[0]) == "Sync"
    assert row.action[1] == reverse("wagtail_localize:update_translations", args=[row.translation_source_id])
    assert rows[(site_tree.corners["kk"].pk, "ru")].state == overview.UP_TO_DATE  # others are unaffected


def test_syncing_the_source_brings_the_translation_up_to_date_again(site_tree):
    about = republish(site_tree.about["kk"], "Кабинет туралы (жаңа)")
    TranslationSource.objects.get(object_id=about.translation_key, locale=about.locale).update_from_db()
    rows = rows_by_page(overview.build_rows())
    assert rows[(about.pk, "ru")].state == overview.UP_TO_DATE


def test_an_alias_or_a_missing_page_is_not_translated(site_tree):
    rows = rows_by_page(overview.build_rows())
    alias = rows[(site_tree.resources["kk"].pk, "ru")]
    missing = rows[(site_tree.team["kk"].pk, "en")]
    assert alias.state == missing.state == overview.NOT_TRANSLATED
    assert alias.is_alias and alias.target["id"] == site_tree.resources["ru"].pk
    assert not missing.is_alias and missing.target is None
    assert missing.action[1] == reverse("wagtail_localize:submit_page_translation", args=[site_tree.team["kk"].pk])


def test_translations_are_counted_in_per_cent_of_their_strings(site_tree):
    row = rows_by_page(overview.build_rows())[(site_tree.about["kk"].pk, "ru")]
    assert row.segments > 0
    assert 0 <= row.percent <= 100


def test_a_page_first_written_in_russian_is_the_source_of_its_translations(site_tree):
    ru_only = builders.add_page(site_tree.about["ru"], StandardPage, "Только по-русски", "tolko-po-russki")
    rows = rows_by_page(overview.build_rows())
    assert rows[(ru_only.pk, "kk")].state == overview.NOT_TRANSLATED
    assert rows[(ru_only.pk, "en")].state == overview.NOT_TRANSLATED
    assert (ru_only.pk, "ru") not in rows
    assert rows[(ru_only.pk, "kk")].section == overview.OTHER


def test_every_page_is_listed_once_per_other_language_with_its_section(site_tree):
    rows = overview.build_rows()
    kk_pages = [getattr(site_tree, name)["kk"] for name in ("home", "corners", "resources", "events", "news")]
    keys = rows_by_page(rows)
    for page in kk_pages:
        assert (page.pk, "ru") in keys and (page.pk, "en") in keys
        assert (page.pk, "kk") not in keys
    assert len(keys) == len(rows)
    assert keys[(site_tree.record["kk"].pk, "ru")].section == "catalogue"
    assert keys[(site_tree.news["kk"].pk, "en")].section == "news"
    assert keys[(site_tree.home["kk"].pk, "en")].section == overview.OTHER
    # Pages in ru/en that are translations or aliases are never sources of their own.
    assert not {row.source["id"] for row in rows} & {site_tree.about["ru"].pk, site_tree.resources["en"].pk}


# The view ----------------------------------------------------------------------------------------


def test_the_view_shows_counts_per_language_and_filters_by_section_and_state(client, site_tree, staff):
    republish(site_tree.corners["kk"], "Бұрыштар (жаңа)")
    client.force_login(staff["methodologist"])
    response = client.get(URL)
    assert response.status_code == 200
    rows = response.context["rows"]
    assert {row.state for row in rows} == set(overview.STATES)
    summary = {item["locale"].language_code: item for item in response.context["summary"]}
    assert set(summary) == {"ru", "en"}
    counts = {state: count for state, _label, count in summary["ru"]["states"]}
    assert counts[overview.OUT_OF_DATE] == 1
    assert sum(counts.values()) == summary["ru"]["total"]

    response = client.get(URL, {"section": "corners", "state": overview.OUT_OF_DATE})
    rows = response.context["rows"]
    assert [(row.source["id"], row.locale.language_code) for row in rows] == [
        (site_tree.corners["kk"].pk, "ru"),
        (site_tree.corners["kk"].pk, "en"),
    ]
    html = response.content.decode()
    assert reverse("wagtail_localize:update_translations", args=[rows[0].translation_source_id]) in html

    response = client.get(URL, {"section": "catalogue", "locale": "en"})
    assert {row.section for row in response.context["rows"]} == {"catalogue"}
    assert {row.locale.language_code for row in response.context["rows"]} == {"en"}


def test_the_view_ignores_bad_filters_and_page_numbers(client, site_tree, superuser):
    client.force_login(superuser)
    response = client.get(URL, {"section": "nonsense", "state": "x", "p": "abc"})
    assert response.status_code == 200
    assert response.context["page_obj"].number == 1
    response = client.get(URL, {"p": "999"})
    assert response.status_code == 200


def test_the_view_is_paginated(client, site_tree, superuser, monkeypatch):
    monkeypatch.setattr(overview, "PER_PAGE", 3)
    client.force_login(superuser)
    response = client.get(URL, {"p": "2"})
    assert response.context["page_obj"].number == 2
    assert len(response.context["rows"]) == 3
    assert response.context["page_obj"].paginator.num_pages > 2


def test_the_number_of_queries_does_not_grow_with_the_pages(client, site_tree, superuser):
    client.force_login(superuser)
    client.get(URL)  # warm up the content-type cache
    with CaptureQueriesContext(connection) as before:
        first = client.get(URL)
    for number in range(5):
        page = builders.add_page(site_tree.about["kk"], StandardPage, f"Бет {number}", f"bet-{number}")
        builders.translate(page, site_tree.locales["ru"], title=f"Страница {number}")
        builders.alias(page, site_tree.locales["en"])
    with CaptureQueriesContext(connection) as after:
        second = client.get(URL)
    assert len(second.context["rows"]) == len(first.context["rows"]) + 10
    assert len(after.captured_queries) == len(before.captured_queries)


# Who may see it --------------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["methodologist", "superuser"])
def test_methodologists_and_admins_see_the_overview_and_its_menu_item(client, site_tree, staff, superuser, who):
    user = superuser if who == "superuser" else staff[who]
    client.force_login(user)
    assert client.get(URL).status_code == 200
    assert URL in client.get(reverse("wagtailadmin_home")).content.decode()


@pytest.mark.parametrize("who", ["librarian", "teacher"])
def test_librarians_and_teachers_are_refused_and_get_no_menu_item(client, site_tree, staff, who):
    """The view raises PermissionDenied; Wagtail's admin turns it into a redirect to the dashboard."""
    client.force_login(staff[who])
    response = client.get(URL)
    assert response.status_code == 302
    assert response["Location"] == reverse("wagtailadmin_home")
    home = client.get(reverse("wagtailadmin_home"))
    assert home.status_code == 200
    assert URL not in home.content.decode()


def test_anonymous_visitors_are_sent_to_the_login_page(client, site_tree):
    response = client.get(URL)
    assert response.status_code == 302
    assert reverse("wagtailadmin_login") in response["Location"]
