"""A methodologist starts a new event in the Kazakh admin: the slug, the subjects and kinds, autosave.

The slug field derives a Latin slug from the Kazakh title as it is typed; the subjects are listed
once, in Kazakh; the kind chooser opens on the Kazakh kinds; autosave does not create the page, and
says so; a slug taken by another event is explained at the top of the form. Nothing is saved.
"""

import re

import pytest

from tests.browser.test_content_security_policy import sign_in

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

TITLE = "Қазақ тілі пәнінен ашық сабақ: «Менің Отаным»"


def test_a_new_event_gets_a_latin_slug_kazakh_terms_and_no_autosaved_draft(demo_site, desktop, shoot):
    page = desktop
    admin = sign_in(page, demo_site)
    events_index = page.request.get(f"{admin}api/main/pages/{demo_site.event_id}/").json()["meta"]["parent"]["id"]
    before = page.request.get(f"{admin}api/main/pages/?child_of={events_index}&limit=1").json()["meta"]["total_count"]

    # Wagtail notes the form's first state a moment after loading it: what is typed before is not a change.
    page.add_init_script("document.addEventListener('w-unsaved:watch-edits', () => { window.editsWatched = true; });")
    page.goto(f"{admin}pages/add/events/eventpage/{events_index}/")
    page.evaluate(
        "() => window.editsWatched || new Promise(resolve =>"
        " document.addEventListener('w-unsaved:watch-edits', () => resolve(true)))"
    )
    page.locator("#id_title").press_sequentially(TITLE, delay=5)

    # Autosave tried, and the footer says why nothing was saved.
    footer = page.locator(".footer__save-warning")
    expect(footer).to_contain_text("Жаңа бет «Нобайды сақтау» немесе «Жариялау» батырмасын басқанда ғана жасалады.")

    # The subjects once each, in Kazakh.
    subjects = page.locator("[data-contentpath=subjects] label").all_inner_texts()
    subjects = [label.strip() for label in subjects if label.strip()]
    assert "Қазақ тілі" in subjects and "Казахский язык" not in subjects, subjects
    assert len(subjects) == len(set(subjects)), subjects
    page.locator("[data-contentpath=subjects]").scroll_into_view_if_needed()
    shoot(page, "new-event-subjects")

    # The kind chooser opens on the Kazakh kinds.
    page.locator("#id_kind-chooser [data-chooser-action-choose]").first.click()
    modal = page.locator(".modal-content")
    expect(modal).to_contain_text("Дөңгелек үстел")
    expect(modal).not_to_contain_text("Круглый стол")
    page.wait_for_timeout(500)  # the modal's fade-in, for the screenshot
    shoot(page, "new-event-kind-chooser")
    page.locator(".modal [data-dismiss=modal]").first.click()
    expect(page.locator(".modal")).to_have_count(0)

    page.get_by_role("tab", name="Ілгерілету").click()
    expect(page.locator("#id_slug")).to_have_value("qazaq-tili-paninen-ashyq-sabaq-menin-otanym")
    shoot(page, "new-event-latin-slug")

    after = page.request.get(f"{admin}api/main/pages/?child_of={events_index}&limit=1").json()["meta"]["total_count"]
    assert after == before, "the add form's autosave created a page"

    # Another event's slug, typed by hand: the form says at the top which tab to open.
    taken = demo_site.event_url.rstrip("/").rsplit("/", 1)[-1]
    page.locator("#id_slug").fill(taken)
    page.get_by_role("tab", name="Мазмұн").click()
    page.locator("footer button.action-save").first.click()
    page.wait_for_load_state("networkidle")
    messages = page.locator(".messages")
    expect(messages).to_contain_text(f"«{taken}» слагы ата-бетте қолданыста бар.")
    expect(messages).to_contain_text("оны «Ілгерілету» қойындысында түзетіңіз")
    expect(page).to_have_url(re.compile(r"/pages/add/"))
    shoot(page, "new-event-slug-clash")
