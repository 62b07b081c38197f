"""Teachers contribute: a teacher submits a material, a methodologist approves or sends it back.

The whole path through the admin, as the people do it: the teacher adds a catalogue record and
submits it to the "Methodologist approval" workflow (cabinet_site/migrations/0003); the teacher
cannot publish; approved, the record is in the catalogue and in the corner whose filter matches
it; sent back, it is nowhere on the site, and the teacher sees the comment on their dashboard.
"""

import pytest
from django.urls import reverse
from wagtail.models import Workflow
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from cabinet_site.tests import builders
from cabinet_site.tests.html import soup
from resources.models import Language, ResourcePage, ResourceType, Subject

from .factories import filter_block, make_corner

pytestmark = pytest.mark.django_db

TITLE = "Математика. 6-сынып. Пропорция тақырыбына сабақ жоспары"


def record_form(**changes):
    data = {
        "title": TITLE,
        "slug": "matematika-6-proportsiya",
        "description": "Жұптық жұмыс пен қалыптастырушы бағалауы бар сабақ.",
        "resource_type": ResourceType.objects.get(slug="lesson-plan", locale__language_code="kk").pk,
        "subjects": [Subject.objects.get(slug="mathematics", locale__language_code="kk").pk],
        "grade_min": "6",
        "grade_max": "6",
        "languages": [Language.objects.get(code="kk").pk],
        "tags": '"жас маман"',  # quoted: taggit splits an unquoted name at the space
        "copies": "0",
        "document_links": inline_formset([]),
    }
    data.update(changes)
    return nested_form_data(data)


@pytest.fixture
def corner(site_tree):
    return make_corner(
        site_tree.corners["kk"],
        body=[filter_block(resource_type="lesson-plan", grade_from="5", grade_to="9", tag="жас маман")],
    )


def submit_as_teacher(client, staff, catalogue, **form):
    client.force_login(staff["teacher"])
    url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", catalogue.pk])
    response = client.post(url, record_form(**form, **{"action-submit": "1"}))
    assert response.status_code == 302
    client.logout()
    return ResourcePage.objects.child_of(catalogue).get(slug="matematika-6-proportsiya")


def act_as_methodologist(client, staff, record, action, comment=""):
    client.force_login(staff["methodologist"])
    task_state = record.current_workflow_task_state
    url = reverse("wagtailadmin_pages:workflow_action", args=[record.pk, action, task_state.pk])
    response = client.post(url, {"comment": comment})
    assert response.status_code == 302
    assert response["Location"] != reverse("wagtailadmin_home"), "refused"
    client.logout()
    record.refresh_from_db()
    return record


def my_submissions(client, user):
    client.force_login(user)
    content = client.get(reverse("my_submissions")).content.decode()
    client.logout()
    return content


def page_text(client, page):
    return client.get(page.url).content.decode()


def test_teacher_submits_cannot_publish_and_methodologist_approves(client, site_tree, staff, corner):
    catalogue = site_tree.resources["kk"]
    record = submit_as_teacher(client, staff, catalogue)
    assert not record.live
    workflow_state = record.current_workflow_state
    assert workflow_state.workflow == Workflow.objects.get(name="Methodologist approval")
    assert workflow_state.requested_by == staff["teacher"]
    assert not record.permissions_for_user(staff["teacher"]).can_publish()
    assert "submission--awaiting" in my_submissions(client, staff["teacher"])

    # A teacher who tries to publish anyway only saves a draft.
    client.force_login(staff["teacher"])
    client.post(reverse("wagtailadmin_pages:edit", args=[record.pk]), record_form(**{"action-publish": "1"}))
    record.refresh_from_db()
    assert not record.live
    client.logout()
    assert TITLE not in page_text(client, catalogue)
    assert TITLE not in page_text(client, corner)

    record = act_as_methodologist(client, staff, record, "approve")
    assert record.live
    assert TITLE in page_text(client, catalogue)
    assert TITLE in page_text(client, corner)
    mine = my_submissions(client, staff["teacher"])
    assert TITLE in mine and "submission--published" in mine
    # Only one's own materials are listed.
    assert TITLE not in my_submissions(client, staff["librarian"])


def test_a_rejected_material_stays_off_the_site_and_the_teacher_sees_why(client, site_tree, staff, corner):
    catalogue = site_tree.resources["kk"]
    record = submit_as_teacher(client, staff, catalogue)
    record = act_as_methodologist(client, staff, record, "reject", comment="Бағалау критерийлерін қосыңыз.")
    assert not record.live
    assert TITLE not in page_text(client, catalogue)
    assert TITLE not in page_text(client, corner)

    client.force_login(staff["teacher"])
    # "Your pages in a workflow" on the dashboard lists it; its editor shows the methodologist's comment.
    assert TITLE in client.get(reverse("wagtailadmin_home")).content.decode()
    editor = client.get(reverse("wagtailadmin_pages:edit", args=[record.pk])).content.decode()
    assert "Бағалау критерийлерін қосыңыз." in editor
    client.logout()
    mine = my_submissions(client, staff["teacher"])
    assert "submission--changes_requested" in mine
    assert "Бағалау критерийлерін қосыңыз." in mine


def my_submissions_page(client, user):
    client.force_login(user)
    page = soup(client.get(reverse("my_submissions")))
    client.logout()
    return page


def test_my_submissions_is_headed_with_its_name_and_offers_an_add_link_when_empty(client, site_tree, staff):
    page = my_submissions_page(client, staff["teacher"])
    assert [item.get_text(strip=True) for item in page.select(".w-breadcrumbs li")][-1] == "Менің материалдарым"
    add_url = reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", site_tree.resources["kk"].pk])
    empty = page.select_one("#main .nice-padding")
    assert "Сіз әлі материал қоспадыңыз" in empty.get_text()
    assert [link.get_text(strip=True) for link in empty.select(f'a[href="{add_url}"]')] == ["Материал қосу"]


def test_my_submissions_lists_a_material_once_not_its_aliases_in_the_other_languages(client, site_tree, staff):
    record = submit_as_teacher(client, staff, site_tree.resources["kk"])
    for code in ("ru", "en"):
        if not record.get_translations().filter(locale=site_tree.locales[code]).exists():
            builders.alias(record, site_tree.locales[code])
    assert ResourcePage.objects.filter(owner=staff["teacher"]).count() == 3

    rows = my_submissions_page(client, staff["teacher"]).select("table.listing tbody tr")
    assert [row.select_one("td a").get_text(strip=True) for row in rows] == [TITLE]


def test_my_submissions_is_in_the_menu_of_those_who_add_materials_only(client, site_tree, staff):
    shown = {}
    for role in ("teacher", "librarian", "methodologist"):
        client.force_login(staff[role])
        menu = soup(client.get(reverse("wagtailadmin_home"))).select_one("#wagtail-sidebar-props").string
        shown[role] = reverse("my_submissions") in menu
        client.logout()
    assert shown == {"teacher": True, "librarian": True, "methodologist": False}
