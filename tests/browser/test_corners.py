"""A teacher on a phone: the corners, a saved filter's link into the catalogue, and a download."""

import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

CORNERS = "/kk/burystar/"


def test_a_teacher_on_a_phone_opens_each_corner_then_a_selection_in_the_catalogue_and_downloads_a_file(
    demo_site, phone, shoot
):
    page = phone
    page.goto(f"{demo_site.url}{CORNERS}")
    corner_urls = page.locator(".corner-card__title a").evaluate_all("links => links.map(a => a.href)")
    assert len(corner_urls) == 3, corner_urls

    selections = []
    for number, url in enumerate(corner_urls, start=1):
        page.goto(url)
        expect(page.locator("main h1")).to_be_visible()
        assert page.evaluate("document.documentElement.scrollWidth") <= 375, f"{url} scrolls sideways on a phone"
        shoot(page, f"corner-{number}")
        selections += page.locator(".corner-filter__more a").evaluate_all("links => links.map(a => a.href)")
    assert selections, "no corner offers a saved selection of the catalogue"

    page.goto(selections[0])
    expect(page).to_have_url(re.compile(r"/kk/katalog/\?"))
    records = page.locator(".record-card__title a").evaluate_all("links => links.map(a => a.href)")
    assert records, f"the selection {selections[0]} is empty in the catalogue"
    shoot(page, "corner-selection-in-catalogue")

    for url in records:
        page.goto(url)
        button = page.locator(".download-list a[download]").first
        if button.count():
            break
    else:
        pytest.fail(f"none of the records of {selections[0]} has a file to download")
    with page.expect_download() as download_info:
        button.click()
    download = download_info.value
    assert re.search(r"\.(pdf|docx)$", download.suggested_filename), download.suggested_filename
    assert download.path().stat().st_size > 0
