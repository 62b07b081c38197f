"""An event as a teacher meets it in a browser: places left, the programme, the form's errors, the phone month view."""

import re

import pytest

from events.tests.factories import KAZAKH_MONTHS

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

MASTER_CLASS = "/kk/is-sharalar/kriterijlik-bagalau-sheberlik/"

# WCAG 2.x contrast of the first element's text against the first opaque background behind it.
CONTRAST = """element => {
    const rgb = value => value.match(/[\\d.]+/g).map(Number);
    const linear = c => (c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    const luminance = ([r, g, b]) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
    let node = element, background = null;
    while (node && !background) {
        const colour = rgb(getComputedStyle(node).backgroundColor);
        if (colour.length < 4 || colour[3] === 1) background = colour.slice(0, 3);
        if (colour.length === 4 && colour[3] === 0) background = null;
        node = node.parentElement;
    }
    background = background || [255, 255, 255];
    const [a, b] = [luminance(rgb(getComputedStyle(element).color)), luminance(background)];
    return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}"""


@pytest.mark.parametrize("width", [1280, 375])
def test_register_with_mistakes_then_read_the_errors(demo_site, browser, shoot, width):
    from tests.browser.conftest import open_page

    context, page = open_page(browser, width)
    try:
        page.goto(f"{demo_site.url}{MASTER_CLASS}")
        section = page.locator("#registration")
        expect(section.locator(".registration__places")).to_contain_text("25 орынның")
        programme, form = page.locator("#programme-heading"), page.locator("#registration-heading")
        if programme.count():
            assert programme.bounding_box()["y"] < form.bounding_box()["y"]

        page.fill("#id_email", "not-an-address")
        section.locator("button[type=submit]").click()
        page.wait_for_url(re.compile(r"#registration$"))
        errors = page.locator(".form-field__error")
        assert errors.count() >= 3  # name, school, e-mail, consent
        shoot(page, "event-registration-errors")
        for index in range(errors.count()):
            error = errors.nth(index)
            contrast = error.evaluate(CONTRAST)
            assert contrast >= 4.5, f"{error.inner_text()}: {contrast:.2f}:1"
        inputs = page.locator("#registration [aria-describedby]")
        assert inputs.count() == errors.count()
        for index in range(inputs.count()):
            for id_ in inputs.nth(index).get_attribute("aria-describedby").split():
                expect(page.locator(f"#{id_}")).to_be_visible()
    finally:
        context.close()


def test_the_phone_month_view_names_the_month_of_every_day(demo_site, phone, shoot):
    page = phone
    page.goto(f"{demo_site.url}/kk/is-sharalar/")
    days = page.locator("td.month__day--busy")
    assert days.count() > 0
    # Busy days of the neighbouring months' edge weeks are listed too: each says its own month.
    day_of_month = re.compile(r"^\d{1,2} (" + "|".join(KAZAKH_MONTHS) + "), ")
    for index in range(days.count()):
        expect(days.nth(index)).to_be_visible()
        assert day_of_month.match(days.nth(index).inner_text()), days.nth(index).inner_text()
    days.first.scroll_into_view_if_needed()
    shoot(page, "event-index-month")
