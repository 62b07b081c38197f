"""What visitors send from the site (registrations, questions) is read and answered in the admin,
never added there — not even by a superuser, and not by the methodologists who handle it."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

SNIPPETS = ["events_registration", "corners_question"]


@pytest.mark.parametrize("snippet", SNIPPETS)
@pytest.mark.parametrize("who", ["superuser", "methodologist"])
def test_the_admin_lists_them_but_offers_no_add(client, staff, superuser, snippet, who):
    user = superuser if who == "superuser" else staff["methodologist"]
    client.force_login(user)
    listing = client.get(reverse(f"wagtailsnippets_{snippet}:list"))
    assert listing.status_code == 200
    add_url = reverse(f"wagtailsnippets_{snippet}:add")
    assert add_url not in listing.content.decode()
    assert client.get(add_url).status_code in (302, 403)
