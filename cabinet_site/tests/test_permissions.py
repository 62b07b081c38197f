"""Who may do what (DESIGN.md): the staff groups, their sections, the moderation workflow."""

import pytest
from django.contrib.auth.models import Group
from django.urls import reverse
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
)
from wagtail.permission_policies.pages import PagePermissionPolicy

from cabinet_site import roles

pytestmark = pytest.mark.django_db

LANGUAGES = ("kk", "ru", "en")
METHODOLOGIST_SECTIONS = ("corners", "events", "news")


def permissions_of(user, page):
    return page.permissions_for_user(user)


def edit_status(client, user, page):
    client.force_login(user)
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code


# What the data migration sets up --------------------------------------------------------------


@pytest.mark.parametrize("name", [roles.LIBRARIANS, roles.METHODOLOGISTS, roles.TEACHERS])
def test_each_staff_group_may_enter_the_admin(name):
    group = Group.objects.get(name=name)
    assert group.permissions.filter(content_type__app_label="wagtailadmin", codename="access_admin").exists()


def collection_codenames(group_name):
    root = Collection.get_first_root_node()
    return set(
        GroupCollectionPermission.objects.filter(group__name=group_name, collection=root).values_list(
            "permission__codename", flat=True
        )
    )


def test_librarians_and_methodologists_manage_documents_and_images():
    for group_name in (roles.LIBRARIANS, roles.METHODOLOGISTS):
        assert {"add_document", "change_document", "choose_document", "add_image", "change_image"} <= (
            collection_codenames(group_name)
        )


def test_teachers_upload_and_choose_but_do_not_change_others_files():
    codenames = collection_codenames(roles.TEACHERS)
    assert {"add_document", "choose_document", "add_image", "choose_image"} <= codenames
    assert not codenames & {"change_document", "change_image", "delete_document", "delete_image"}


def test_methodologist_approval_workflow_guards_the_whole_tree(site_tree):
    workflow = Workflow.objects.get(name="Methodologist approval")
    assert workflow.active
    assert workflow.workflow_pages.filter(page=Page.get_first_root_node()).exists()
    [task] = [task.specific for task in workflow.tasks.all()]
    assert isinstance(task, GroupApprovalTask)
    assert set(task.groups.values_list("name", flat=True)) == {roles.METHODOLOGISTS}
    # Every page of the site, in every language, inherits it.
    for name in ("home", "corners", "resources", "about"):
        for code in LANGUAGES:
            assert getattr(site_tree, name)[code].get_workflow() == workflow


def test_a_teacher_submission_goes_to_methodologists(site_tree, staff):
    page = site_tree.resources["kk"]
    task = Workflow.objects.get(name="Methodologist approval").tasks.first().specific
    assert task.user_can_access_editor(page, staff["methodologist"])
    assert not task.user_can_access_editor(page, staff["librarian"])


# Section permissions given when a section page is created --------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_section_pages_get_their_editors_in_every_language(site_tree, code):
    """Translations and aliases are new pages too, and get the same permissions."""

    def codenames(group_name, page):
        return set(
            GroupPagePermission.objects.filter(group__name=group_name, page=page).values_list(
                "permission__codename", flat=True
            )
        )

    for name in METHODOLOGIST_SECTIONS:
        page = getattr(site_tree, name)[code]
        assert {"add_page", "change_page", "publish_page"} <= codenames(roles.METHODOLOGISTS, page)
        assert codenames(roles.LIBRARIANS, page) == set()
        assert codenames(roles.TEACHERS, page) == set()
    catalogue = site_tree.resources[code]
    assert {"add_page", "change_page", "publish_page"} <= codenames(roles.LIBRARIANS, catalogue)
    assert codenames(roles.TEACHERS, catalogue) == {"add_page"}
    assert codenames(roles.METHODOLOGISTS, catalogue) == set()


def test_other_pages_get_no_group_permissions(site_tree):
    for name in ("home", "about", "team", "contacts"):
        for page in getattr(site_tree, name).values():
            assert not GroupPagePermission.objects.filter(page=page).exists(), page


# Librarians -----------------------------------------------------------------------------------


@pytest.mark.parametrize("code", LANGUAGES)
def test_librarian_edits_and_publishes_the_catalogue(site_tree, staff, code):
    catalogue = site_tree.resources[code]
    assert permissions_of(staff["librarian"], catalogue).can_edit()
    assert permissions_of(staff["librarian"], catalogue).can_publish()


def test_librarian_cannot_touch_corners_events_news_or_the_home_page(site_tree, staff):
    for name in (*METHODOLOGIST_SECTIONS, "home", "about"):
        for code in LANGUAGES:
            page = getattr(site_tree, name)[code]
            assert not permissions_of(staff["librarian"], page).can_edit(), page
            assert not permissions_of(staff["librarian"], page).can_publish(), page


def test_librarian_opens_the_catalogue_in_the_admin_but_not_the_corners(client, site_tree, staff):
    assert edit_status(client, staff["librarian"], site_tree.resources["kk"]) == 200
    for name in METHODOLOGIST_SECTIONS:
        assert edit_status(client, staff["librarian"], getattr(site_tree, name)["kk"]) in (302, 403)


# Methodologists -------------------------------------------------------------------------------


@pytest.mark.parametrize("name", METHODOLOGIST_SECTIONS)
def test_methodologist_edits_and_publishes_corners_events_and_news(site_tree, staff, name):
    for code in LANGUAGES:
        page = getattr(site_tree, name)[code]
        assert permissions_of(staff["methodologist"], page).can_edit()
        assert permissions_of(staff["methodologist"], page).can_publish()


def test_methodologist_cannot_edit_the_catalogue(site_tree, staff):
    for code in LANGUAGES:
        catalogue = site_tree.resources[code]
        assert not permissions_of(staff["methodologist"], catalogue).can_edit()
        assert not permissions_of(staff["methodologist"], catalogue).can_publish()


def test_methodologist_opens_corners_in_the_admin_but_not_the_catalogue(client, site_tree, staff):
    for name in METHODOLOGIST_SECTIONS:
        assert edit_status(client, staff["methodologist"], getattr(site_tree, name)["kk"]) == 200
    assert edit_status(client, staff["methodologist"], site_tree.resources["kk"]) in (302, 403)


# Teachers -------------------------------------------------------------------------------------


def test_teacher_may_add_pages_under_the_catalogue_only(site_tree, staff):
    policy = PagePermissionPolicy()
    teacher = staff["teacher"]
    for code in LANGUAGES:
        assert policy.user_has_permission_for_instance(teacher, "add", site_tree.resources[code])
        for name in (*METHODOLOGIST_SECTIONS, "home", "about"):
            assert not policy.user_has_permission_for_instance(teacher, "add", getattr(site_tree, name)[code])


def test_teacher_can_add_a_subpage_to_the_catalogue(site_tree, staff):
    """What the admin's "Add child page" button asks: the teacher may add a catalogue record."""
    assert permissions_of(staff["teacher"], site_tree.resources["kk"]).can_add_subpage()


def test_teacher_never_publishes(site_tree, staff):
    teacher = staff["teacher"]
    for name in ("home", "corners", "resources", "events", "news", "about", "team", "contacts"):
        for page in getattr(site_tree, name).values():
            assert not permissions_of(teacher, page).can_publish(), page
            assert not permissions_of(teacher, page).can_publish_subpage(), page
    assert not permissions_of(teacher, site_tree.resources["kk"]).can_edit()
    assert not permissions_of(teacher, site_tree.corners["kk"]).can_edit()


def test_teacher_submits_own_draft_for_moderation_but_cannot_publish_it(client, site_tree, staff):
    """A page the teacher owns below the catalogue: editable and submittable, never publishable."""
    from home.models import StandardPage

    teacher = staff["teacher"]
    # Built in code: the catalogue has no record page type yet, so any page stands in for one.
    draft = site_tree.resources["kk"].add_child(
        instance=StandardPage(title="Сабақ жоспары", slug="sabaq-zhospary", live=False, owner=teacher)
    )
    permissions = permissions_of(teacher, draft)
    assert permissions.can_edit()
    assert permissions.can_submit_for_moderation()
    assert not permissions.can_publish()
    assert edit_status(client, teacher, draft) == 200
