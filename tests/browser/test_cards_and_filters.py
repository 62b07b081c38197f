"""News cards size to their own content; the events' month filter and an event's facts on a phone."""

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

# How far each card's bottom lies below the bottom of its last line of content, in pixels.
EMPTY_BELOW = """() => [...document.querySelectorAll('.news-card')].map(card => {
    const last = card.lastElementChild.getBoundingClientRect().bottom;
    return card.getBoundingClientRect().bottom - last;
})"""


@pytest.mark.parametrize("width", [1280, 375])
def test_news_cards_end_where_their_content_ends(demo_site, browser, shoot, width):
    from tests.browser.conftest import open_page

    context, page = open_page(browser, width)
    try:
        for address, name in (("/kk/", "home"), ("/kk/zhanalyqtar/", "news-index")):
            page.goto(f"{demo_site.url}{address}")
            gaps = page.evaluate(EMPTY_BELOW)
            assert gaps, address
            assert max(gaps) < 40, (address, gaps)
            shoot(page, f"polish-{name}")
    finally:
        context.close()


@pytest.mark.parametrize("width", [1280, 375])
def test_the_month_filter_and_an_event_s_facts_read_as_words(demo_site, browser, shoot, width):
    from tests.browser.conftest import open_page

    context, page = open_page(browser, width)
    try:
        page.goto(f"{demo_site.url}{demo_site.event_url}")
        shoot(page, "polish-event")
        page.goto(f"{demo_site.url}/kk/is-sharalar/")
        month = page.locator("#filter-month")
        expect(month.locator("option").first).to_have_text("Кез келген ай")
        assert "--" not in month.inner_text()
        shoot(page, "polish-event-index")
    finally:
        context.close()
