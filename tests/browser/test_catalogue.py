"""The catalogue in a real browser: a record's download button on a phone and a wide screen, words
searched after browsing, and the language switcher keeping what was asked.

Screenshots land in test-artifacts/ (record-with-file-375.png, record-with-file-1280.png…).
"""

import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser


def open_a_record_with_a_file(page, demo_site):
    page.goto(f"{demo_site.url}{demo_site.catalogue_url}?has_file=1")
    page.locator(".record-card__title a").first.click()
    expect(page.locator(".download-list a.button").first).to_be_visible()


def box(locator):
    found = locator.bounding_box()
    assert found is not None, f"{locator} is not laid out"
    return found


def test_on_a_phone_the_download_button_is_under_the_title(demo_site, phone, shoot):
    page = phone
    open_a_record_with_a_file(page, demo_site)
    shoot(page, "record-with-file")
    button = box(page.locator(".download-list a.button").first)
    title = box(page.locator("article h1"))
    fields = box(page.locator(".record__fields"))
    assert title["y"] < button["y"] < fields["y"]
    assert button["y"] + button["height"] <= 900, "the download button is below the first screen"
    assert button["x"] + button["width"] <= 375


def test_on_a_wide_screen_the_files_stand_beside_the_fields(demo_site, desktop, shoot):
    page = desktop
    open_a_record_with_a_file(page, demo_site)
    shoot(page, "record-with-file")
    button = box(page.locator(".download-list a.button").first)
    fields = box(page.locator(".record__fields"))
    assert button["x"] >= fields["x"] + fields["width"], "the files column is not beside the fields"
    assert button["y"] < fields["y"] + fields["height"]
    assert button["x"] + button["width"] <= 1280


def test_words_typed_after_browsing_are_sorted_by_relevance_and_kept_in_russian(demo_site, desktop, shoot):
    page = desktop
    page.goto(f"{demo_site.url}{demo_site.catalogue_url}")
    sort = page.locator("#catalogue-sort")
    expect(sort.locator("option:checked")).to_have_text("Алдымен жаңалары")
    page.locator("#catalogue-q").fill("бағалау")
    page.locator(".catalogue__search button[type=submit]").click()
    page.wait_for_url(re.compile(r"q=%D0%B1"))
    expect(sort.locator("option:checked")).to_have_text("Сұрауға сәйкестігі")
    shoot(page, "catalogue-words-kk")

    page.locator("nav.language-switcher a[hreflang=ru]").click()
    page.wait_for_url(re.compile(r"/ru/.*q=%D0%B1"))
    expect(page.locator("#catalogue-q")).to_have_value("бағалау")
    expect(page.locator("#catalogue-sort option:checked")).to_have_text("Соответствие запросу")
    shoot(page, "catalogue-words-ru")
