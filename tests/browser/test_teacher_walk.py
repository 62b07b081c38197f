"""A teacher's material through moderation, in chromium and the Kazakh admin: the teacher submits it
from «Менің материалдарым», a methodologist (in a browser of their own) sends it back with a comment,
the teacher reads the comment, changes the material and submits it again, the methodologist approves
it from the dashboard, and the teacher finds it published, in the admin and in the catalogue.

Each step is looked at as a Kazakh reader sees it (no English, no Python values) and photographed
(test-artifacts/teacher-NN-*.png).
"""

import re

import pytest

from .staff import OWN_LANGUAGE_NAMES, look_at, sign_in_as

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

MATERIAL = "Бастауыш сыныпта оқуға қызықтыру: 3-сыныпқа сабақ жоспары"
FIRST_DESCRIPTION = "Ертегі оқу мен рөлдік ойынға құрылған сабақ."
SECOND_DESCRIPTION = (
    "Ертегі оқу мен рөлдік ойынға құрылған сабақ. Бағалау критерийлері: мәтінді түсіну, рөлді орындау."
)
COMMENT = "Бағалау критерийлерін қосыңыз."
MY_SUBMISSIONS = "Менің материалдарым"
# The record page lists related lesson plans; one of the demo's is an English-language plan whose
# authors are written in Latin letters, as on its title page.
RELATED_AUTHORS = ("Seitkali", "Aigerim", "Omarova", "Dana")


@pytest.fixture
def methodologist_page(second_desktop):
    """The methodologist's own browser (another context: other cookies, another session)."""
    return second_desktop


@pytest.fixture
def step(shoot):
    """step(page, name): look at the screen as a Kazakh reader, then photograph it as teacher-NN-name."""
    count = 0

    def take(page, name, allow=()):
        nonlocal count
        count += 1
        look_at(page, name, allow)
        shoot(page, f"teacher-{count:02d}-{name}")

    return take


def open_my_submissions(page):
    page.get_by_role("link", name=MY_SUBMISSIONS).first.click()
    page.wait_for_url(re.compile(r"/my-submissions/$"))
    page.wait_for_load_state("networkidle")


def submission_rows(page):
    return page.locator("table.listing tbody tr")


def submit_for_moderation(page):
    page.get_by_role("button", name="Басқа әрекеттер").click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_url(lambda url: not re.search(r"/(add|edit)/", url))
    page.wait_for_load_state("networkidle")
    expect(page.locator(".messages .success")).to_contain_text("модерацияға жіберілді")


def awaiting_review(page):
    """The material's row in the methodologist's dashboard panel of what awaits their review."""
    return page.locator("tr", has_text=MATERIAL).filter(has=page.get_by_role("button", name="Әрекеттер"))


def review_action(page, action):
    row = awaiting_review(page)
    row.get_by_role("button", name="Әрекеттер").click()
    row.get_by_role("button", name=action, exact=True).click()


def test_a_teacher_submits_a_material_is_sent_back_resubmits_and_sees_it_published(
    staff_site, desktop, methodologist_page, step
):
    teacher, methodologist = desktop, methodologist_page

    # The teacher's own page: its name as the heading, nothing yet, and a way to add a material.
    sign_in_as(teacher, staff_site, "teacher")
    step(teacher, "dashboard")
    open_my_submissions(teacher)
    expect(teacher.locator("h1")).to_have_text(MY_SUBMISSIONS)
    expect(teacher.locator(".w-breadcrumbs li").last).to_have_text(MY_SUBMISSIONS)
    expect(submission_rows(teacher)).to_have_count(0)
    expect(teacher.locator("#main")).to_contain_text("Сіз әлі материал қоспадыңыз")
    step(teacher, "my-submissions-empty")

    # The material, submitted for a methodologist's approval.
    teacher.locator(".nice-padding").get_by_role("link", name="Материал қосу").click()
    teacher.wait_for_url(re.compile(r"/pages/add/resources/resourcepage/\d+/$"))
    teacher.wait_for_load_state("networkidle")
    teacher.fill("#id_title", MATERIAL)
    teacher.fill("#id_description", FIRST_DESCRIPTION)
    teacher.get_by_role("button", name="ресурс түрі таңдау").click()
    chooser = teacher.locator(".modal.in")
    chooser.get_by_role("link", name="Сабақ жоспары", exact=True).click()
    chooser.wait_for(state="detached")
    teacher.select_option("#id_grade_min", "3")
    teacher.select_option("#id_grade_max", "3")
    step(teacher, "material-form")
    expect(teacher.locator("button[name=action-publish]")).to_have_count(0)  # a teacher never publishes
    submit_for_moderation(teacher)
    step(teacher, "material-submitted")

    open_my_submissions(teacher)
    expect(submission_rows(teacher)).to_have_count(1)  # the ru and en aliases are not listed
    expect(submission_rows(teacher).first).to_contain_text(MATERIAL)
    expect(submission_rows(teacher).first).to_contain_text("Әдіскердің бекітуін күтуде")
    step(teacher, "my-submissions-awaiting")

    # The methodologist sends it back from the dashboard, with a comment.
    sign_in_as(methodologist, staff_site, "methodologist")
    expect(awaiting_review(methodologist)).to_have_count(1)
    step(methodologist, "methodologist-dashboard")
    review_action(methodologist, "Өзгерістер сұрау")
    dialog = methodologist.locator(".modal.in")
    dialog.locator("textarea[name=comment]").fill(COMMENT)
    step(methodologist, "methodologist-request-changes")
    dialog.locator("[type=submit]").click()
    dialog.wait_for(state="detached")
    methodologist.wait_for_load_state("networkidle")
    expect(awaiting_review(methodologist)).to_have_count(0)
    expect(methodologist.locator(".messages")).to_contain_text(MATERIAL)
    step(methodologist, "methodologist-changes-requested")

    # The teacher reads the comment, changes the material and submits it again.
    teacher.reload()
    row = submission_rows(teacher).first
    expect(row).to_contain_text("Түзетуге қайтарылды")
    expect(row).to_contain_text(COMMENT)
    step(teacher, "my-submissions-sent-back")
    row.get_by_role("link", name=MATERIAL).click()
    teacher.wait_for_url(re.compile(r"/pages/\d+/edit/$"))
    teacher.wait_for_load_state("networkidle")
    teacher.fill("#id_description", SECOND_DESCRIPTION)
    teacher.locator("label[for^=id_subjects_]").filter(has_text=re.compile(r"^\s*Бастауыш сынып\s*$")).click()
    step(teacher, "material-changed")
    submit_for_moderation(teacher)
    step(teacher, "material-resubmitted")

    # The methodologist approves it from the dashboard, and is told so.
    methodologist.reload()
    methodologist.wait_for_load_state("networkidle")
    expect(awaiting_review(methodologist)).to_have_count(1)
    review_action(methodologist, "Бекіту")
    expect(awaiting_review(methodologist)).to_have_count(0)
    methodologist.wait_for_load_state("networkidle")
    expect(methodologist.locator(".messages")).to_contain_text(MATERIAL)
    step(methodologist, "methodologist-approved")

    # The teacher sees it published: in «Менің материалдарым», and in the catalogue.
    open_my_submissions(teacher)
    expect(submission_rows(teacher)).to_have_count(1)
    expect(submission_rows(teacher).first).to_contain_text("Жарияланған")
    step(teacher, "my-submissions-published")
    teacher.goto(f"{staff_site.url}/kk/katalog/?q=оқуға қызықтыру")
    teacher.locator(".record-card__title a", has_text=MATERIAL).click()
    expect(teacher.locator("main h1")).to_have_text(MATERIAL)
    expect(teacher.locator("main")).to_contain_text(SECOND_DESCRIPTION)
    expect(teacher.locator("main")).to_contain_text("Бастауыш сынып")
    step(teacher, "material-in-the-catalogue", (*OWN_LANGUAGE_NAMES, *RELATED_AUTHORS))
