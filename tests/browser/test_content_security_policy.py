"""The Content-Security-Policy lets the site and the admin work: no violation in the browser's console.

cabinet_site/content_security_policy.py: the site allows scripts and styles from its own origin only;
the admin also allows inline styles, and the inline scripts that carry the response's nonce.
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


def sign_in(page, demo_site):
    admin = f"{demo_site.url}{demo_site.admin_path}"
    page.goto(f"{admin}login/")
    page.fill("input[name=username]", demo_site.admin_username)
    page.fill("input[name=password]", ADMIN_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(admin)
    page.wait_for_load_state("networkidle")
    return admin


def test_admin_dashboard_and_page_editor_have_no_csp_violation(demo_site, desktop):
    page = desktop
    violations = record_violations(page)
    admin = sign_in(page, demo_site)
    assert page.locator("#wagtail").count() == 1  # the admin's dashboard, signed in

    response = page.goto(f"{admin}pages/{demo_site.event_id}/edit/")
    assert "'unsafe-inline'" not in response.headers["content-security-policy"].split("script-src")[1].split(";")[0]
    page.wait_for_load_state("networkidle")
    # The editor's inline scripts ran. The date-time picker opens on the start field:
    page.locator("#id_start").click()
    page.locator(".xdsoft_datetimepicker >> visible=true").first.wait_for()
    page.keyboard.press("Escape")
    # the photo gallery's InlinePanel adds a row, whose image chooser (a script inside the row's
    # template) is set up too:
    rows = page.locator("#id_gallery_images-FORMS > [id^=inline_child_gallery_images-]")
    before = rows.count()
    page.locator("#id_gallery_images-ADD").click()
    assert rows.count() == before + 1
    assert page.locator("#id_gallery_images-TOTAL_FORMS").input_value() == str(before + 1)
    new_row = page.locator(f"#inline_child_gallery_images-{before}")
    new_row.locator("[data-chooser-action-choose], .action-choose").first.click()
    modal = page.locator(".modal.in")  # the image chooser's dialog
    modal.locator(".modal-body > *").first.wait_for(state="visible")  # its content has loaded
    modal.locator("[data-dismiss=modal]").click()
    modal.wait_for(state="detached")
    # and the tabs switch.
    page.locator("[role=tab]").nth(1).click()
    page.wait_for_load_state("networkidle")
    assert page.locator("form#page-edit-form").count() == 1
    assert violations == []


def test_wagtail_localize_translation_editor_has_no_csp_violation(demo_site, desktop):
    page = desktop
    violations = record_violations(page)
    admin = sign_in(page, demo_site)
    page.goto(f"{admin}pages/{demo_site.translation_id}/edit/")
    page.wait_for_load_state("networkidle")
    # wagtail-localize's editor (a React app started by its own script) shows the strings to translate.
    editor = page.locator(".js-translation-editor")
    editor.locator("li, textarea").first.wait_for(state="visible")
    assert editor.inner_text().strip() != ""
    assert page.evaluate("typeof window.chooserUrls.pageChooser") == "string"  # the nonced inline script ran
    assert violations == []
