"""The demo site in a real browser: languages, the phone menu, low-vision mode, skip link, axe-core.

The demo content is loaded once (manage.py load_demo_content) into a database of its own and
served by runserver in another process; the tests only read it. Screenshots land in test-artifacts/.
"""

import re

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

SERIOUS = {"serious", "critical"}


def html_lang(page):
    return page.locator("html").get_attribute("lang")


def about_page_url(page, demo_site):
    """The "About the cabinet" page's address, checked to be in the main menu of the current page."""
    hrefs = page.locator("#main-menu a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    assert demo_site.about_url in hrefs, f"{demo_site.about_url} is not in the main menu {hrefs}"
    return demo_site.about_url


def test_home_in_kazakh_then_switch_to_russian_and_english(demo_site, desktop, shoot):
    page = desktop
    page.goto(f"{demo_site.url}/kk/")
    assert html_lang(page) == "kk"
    shoot(page, "home-kk")

    for code in ("ru", "en"):
        page.locator(f"nav.language-switcher a[hreflang={code}]").click()
        page.wait_for_url(re.compile(rf"^{re.escape(demo_site.url)}/{code}/"))
        assert html_lang(page) == code
        assert page.url.startswith(f"{demo_site.url}/{code}/")
        shoot(page, f"home-{code}")


@pytest.mark.parametrize("code", ["kk", "ru", "en"])
def test_phone_menu_is_collapsed_behind_the_menu_button(demo_site, phone, shoot, code):
    page = phone
    page.goto(f"{demo_site.url}/{code}/")
    shoot(page, f"home-{code}")
    assert html_lang(page) == code
    toggle = page.locator(".main-nav__toggle")
    menu = page.locator("#main-menu")
    expect(toggle).to_be_visible()  # hidden in the HTML; the script shows it
    assert toggle.get_attribute("aria-controls") == "main-menu"
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(menu.locator("a").first).to_be_hidden()

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    links = menu.locator("a")
    assert links.count() > 1
    for index in range(links.count()):
        expect(links.nth(index)).to_be_visible()
    shoot(page, f"home-{code}-menu-open")


def test_low_vision_mode_is_remembered_across_pages(demo_site, desktop, shoot):
    page = desktop
    html = page.locator("html")
    low_vision = re.compile(r"(^|\s)low-vision(\s|$)")
    page.goto(f"{demo_site.url}/kk/")
    expect(html).not_to_have_class(low_vision)

    page.locator("[data-low-vision-toggle]").first.click()
    expect(html).to_have_class(low_vision)
    shoot(page, "home-kk-low-vision")

    page.goto(f"{demo_site.url}{about_page_url(page, demo_site)}")
    expect(html).to_have_class(low_vision)
    shoot(page, "about-kk-low-vision")

    page.locator("[data-low-vision-toggle]").first.click()
    expect(html).not_to_have_class(low_vision)
    page.reload()
    expect(html).not_to_have_class(low_vision)


def test_skip_link_is_the_first_focusable_element(demo_site, desktop):
    page = desktop
    page.goto(f"{demo_site.url}/kk/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.outerHTML")
    assert page.evaluate("document.activeElement.matches('a.skip-link')"), f"first Tab focused {focused}"
    expect(page.locator("a.skip-link")).to_be_visible()  # visible once focused


@pytest.mark.parametrize("which", ["home", "about", "404"])
def test_no_serious_accessibility_violations(demo_site, desktop, shoot, which):
    from axe_playwright_python.sync_playwright import Axe

    page = desktop
    page.goto(f"{demo_site.url}/kk/")
    if which == "about":
        response = page.goto(f"{demo_site.url}{about_page_url(page, demo_site)}")
        assert response.status == 200
    elif which == "404":
        response = page.goto(f"{demo_site.url}/kk/no-such-page/")
        assert response.status == 404
        assert html_lang(page) == "kk"
    shoot(page, f"{which}-kk")

    results = Axe().run(page)
    print(f"axe-core on {page.url}: {results.violations_count} violations\n{results.generate_snapshot()}")
    serious = [v for v in results.response["violations"] if v["impact"] in SERIOUS]
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {', '.join(t for n in v['nodes'] for t in n['target'])}"
        for v in serious
    )
    assert not serious, f"axe-core found {len(serious)} serious/critical violations on {page.url}:\n{report}"
