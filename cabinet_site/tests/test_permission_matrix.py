"""Who may do what, as one table: every group × every sensitive action in the admin.

The tables below are the policy (DESIGN.md, "Who may do what"; cabinet_site/roles.py and the
permission migrations): a reviewer reads them; each cell is checked through the admin's own views
(adding and editing open the editor, publishing goes through the admin's publish action and must
change the live page, reports and exports must answer with their content).
"""

import pytest
from django.urls import reverse
from wagtail.models import Page

ANONYMOUS = "anonymous"
TEACHER = "teacher"
LIBRARIAN = "librarian"
METHODOLOGIST = "methodologist"
ADMIN = "admin"  # a superuser
GROUPS = (ANONYMOUS, TEACHER, LIBRARIAN, METHODOLOGIST, ADMIN)

# Page types, by the test site's page of that type (cabinet_site/tests/builders.py) ------------
# page: (page type, who may add one under its usual parent, who may edit it, who may publish it).
# None: the type is not added there (one section page per home page).
PAGES = {
    "home": ("HomePage", {ADMIN}, {ADMIN}, {ADMIN}),
    "about": ("StandardPage", {ADMIN}, {ADMIN}, {ADMIN}),
    "corners": ("CornerIndexPage", None, {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}),
    "corner": ("CornerPage", {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}),
    "resources": ("ResourceIndexPage", None, {LIBRARIAN, ADMIN}, {LIBRARIAN, ADMIN}),
    # Teachers submit new records for moderation; they never edit others' records nor publish.
    "record": ("ResourcePage", {TEACHER, LIBRARIAN, ADMIN}, {LIBRARIAN, ADMIN}, {LIBRARIAN, ADMIN}),
    "events": ("EventIndexPage", None, {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}),
    "event": ("EventPage", {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}),
    "news": ("NewsIndexPage", None, {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}),
    "news_item": ("NewsPage", {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}, {METHODOLOGIST, ADMIN}),
}

# Other sensitive actions: (URL name, query string, who may, what an allowed answer is) ---------
REGISTRATIONS = "wagtailsnippets_events_registration:list"
ACTIONS = {
    "see registrations": (REGISTRATIONS, "", {METHODOLOGIST, ADMIN}, "text/html"),
    "export registrations": (REGISTRATIONS, "?export=csv", {METHODOLOGIST, ADMIN}, "text/csv"),
    "export the catalogue": ("resources_catalogue_export", "?locale=kk", {LIBRARIAN, ADMIN}, "text/csv"),
    "import the catalogue": ("resources_catalogue_import", "", {LIBRARIAN, ADMIN}, "text/html"),
    "see the search-query report": ("search_queries_report", "", {METHODOLOGIST, LIBRARIAN, ADMIN}, "text/html"),
    "see the translation overview": ("cabinet_translation_overview", "", {METHODOLOGIST, ADMIN}, "text/html"),
    "list users": ("wagtailusers_users:index", "", {ADMIN}, "text/html"),
    "add a user": ("wagtailusers_users:add", "", {ADMIN}, "text/html"),
}

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_group(client, staff, superuser):
    def sign_in(group):
        if group == ADMIN:
            client.force_login(superuser)
        elif group != ANONYMOUS:
            client.force_login(staff[group])
        return client

    return sign_in


def assert_answer(response, allowed, content_type="text/html"):
    if allowed:
        assert response.status_code == 200
        assert response["Content-Type"].startswith(content_type)
    else:
        # Refused: to the sign-in page, or back to the dashboard with a message, or 403.
        assert response.status_code in (302, 403)


def page_cases(column):
    """(page, group, allowed) for one column of PAGES: 0 add, 1 edit, 2 publish."""
    return [
        pytest.param(name, group, group in columns[column], id=f"{page_type}-{group}")
        for name, (page_type, *columns) in PAGES.items()
        if columns[column] is not None
        for group in GROUPS
    ]


@pytest.mark.parametrize(("name", "group", "allowed"), page_cases(0))
def test_add_a_page(site_tree, as_group, name, group, allowed):
    page = getattr(site_tree, name)["kk"]
    parent = page.get_parent()
    url = reverse("wagtailadmin_pages:add", args=[page._meta.app_label, page._meta.model_name, parent.pk])
    assert_answer(as_group(group).get(url), allowed)


@pytest.mark.parametrize(("name", "group", "allowed"), page_cases(1))
def test_edit_a_page(site_tree, as_group, name, group, allowed):
    page = getattr(site_tree, name)["kk"]
    assert_answer(as_group(group).get(reverse("wagtailadmin_pages:edit", args=[page.pk])), allowed)


@pytest.mark.parametrize(("name", "group", "allowed"), page_cases(2))
def test_publish_a_page(site_tree, as_group, name, group, allowed):
    """A draft waits with a new title; the admin's publish action makes it live, or changes nothing."""
    page = getattr(site_tree, name)["kk"]
    old_title = page.title
    page.title = f"{old_title} — new"
    page.save_revision()
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "publish"])
    as_group(group).post(f"{url}?id={page.pk}&next=/", {"include_descendants": ""})
    page = Page.objects.get(pk=page.pk)
    if allowed:
        assert (page.title, page.live) == (f"{old_title} — new", True)
    else:
        assert page.title == old_title
        assert page.live == getattr(site_tree, name)["kk"].live


OTHER_CASES = [pytest.param(action, group, id=f"{action}-{group}") for action in ACTIONS for group in GROUPS]


@pytest.mark.parametrize(("action", "group"), OTHER_CASES)
def test_other_sensitive_actions(site_tree, as_group, action, group):
    url_name, query, allowed, content_type = ACTIONS[action]
    response = as_group(group).get(reverse(url_name) + query)
    assert_answer(response, group in allowed, content_type)
