"""A methodologist acts on a teacher's submission from the dashboard's "awaiting your review" panel
and is told, on the screen that follows, what became of it."""

import re

import pytest
from django.urls import reverse

from corners.tests.test_contribution import TITLE, submit_as_teacher

pytestmark = pytest.mark.django_db


def action_url(dashboard, action, modal):
    """The address of the dashboard panel's button for `action`, with a modal (a comment) or not."""
    buttons = re.findall(
        r'<button data-workflow-action-url="([^"]+)"( data-launch-modal)?', dashboard.content.decode()
    )
    [url] = [url for url, launches_modal in buttons if f"/{action}/" in url and bool(launches_modal) == modal]
    return url


def messages_of(response):
    return [str(message).strip() for message in response.context["messages"]]


@pytest.fixture
def reviewer(client, site_tree, staff):
    record = submit_as_teacher(client, staff, site_tree.resources["kk"])
    client.force_login(staff["methodologist"])
    client.cookies["django_language"] = "kk"
    dashboard = client.get(reverse("wagtailadmin_home"))
    assert TITLE in dashboard.content.decode()
    return client, dashboard, record


def test_approving_from_the_dashboard_says_the_material_is_published(reviewer):
    client, dashboard, record = reviewer
    # "Approve" posts a form straight away, with the dashboard's address to come back to.
    home = reverse("wagtailadmin_home")
    response = client.post(action_url(dashboard, "approve", modal=False), {"next": home}, follow=True)
    assert response.redirect_chain == [(home, 302)]
    assert messages_of(response) == [f"«{TITLE}» бекітіліп, жарияланды."]
    record.refresh_from_db()
    assert record.live


def test_requesting_changes_in_the_modal_says_the_material_went_back(reviewer):
    client, dashboard, record = reviewer
    # "Request changes" opens a modal for a comment; its script posts it, then opens the answer's address.
    home = reverse("wagtailadmin_home")
    answer = client.post(
        action_url(dashboard, "reject", modal=True),
        {"comment": "Бағалау критерийлерін қосыңыз.", "next": home},
        headers={"x-requested-with": "XMLHttpRequest"},
    )
    assert answer.json() == {"step": "success", "redirect": home}
    response = client.get(home)
    assert messages_of(response) == [f"«{TITLE}» өзгерістер енгізу үшін авторына қайтарылды."]
    record.refresh_from_db()
    assert not record.live
