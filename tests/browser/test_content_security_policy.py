"""The Content-Security-Policy lets the site and the admin work: no violation in the browser's console.

cabinet_site/content_security_policy.py: the site allows scripts and styles from its own origin only;
the admin also allows Wagtail's inline scripts and styles.
"""

import pytest

from tests.browser.conftest import ADMIN_PASSWORD

pytestmark = pytest.mark.browser


def record_violations(page):
    """Every CSP violation the browser reports on `page`, as console text."""
    violations = []
    page.on(
        "console",
        lambda message: violations.append(message.text) if "Content Security Policy" in message.text else None,
    )
    return violations


def test_public_pages_have_no_csp_violation(demo_site, desktop):
    page = desktop
    violations = record_violations(page)
    for path in ("/kk/", demo_site.catalogue_url, demo_site.event_url):
        response = page.goto(f"{demo_site.url}{path}")
        assert "script-src 'self';" in response.headers["content-security-policy"]
        page.wait_for_load_state("networkidle")
    # The site's own scripts ran: the search box offers suggestions.
    page.goto(f"{demo_site.url}/kk/")
    page.locator("input[name=q]").first.fill("сабақ")
    page.wait_for_load_state("networkidle")
    assert violations == []


def test_admin_dashboard_and_page_editor_have_no_csp_violation(demo_site, desktop):
    page = desktop
    violations = record_violations(page)
    admin = f"{demo_site.url}{demo_site.admin_path}"
    page.goto(f"{admin}login/")
    page.fill("input[name=username]", demo_site.admin_username)
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(admin)
    page.wait_for_load_state("networkidle")
    assert page.locator("#wagtail").count() == 1  # the admin's dashboard, signed in

    page.goto(f"{admin}pages/{demo_site.event_id}/edit/")
    page.wait_for_load_state("networkidle")
    # The editor's scripts ran: the date picker (an inline script) is set up and the tabs switch.
    page.locator("[role=tab]").nth(1).click()
    page.wait_for_load_state("networkidle")
    assert page.locator("form#page-edit-form").count() == 1
    assert violations == []
