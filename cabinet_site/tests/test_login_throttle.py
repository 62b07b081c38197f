"""The admin's sign-in is throttled per account and per address (cabinet_site/login_throttle.py)."""

import pytest
from django.test import override_settings
from django.urls import reverse

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("home_page")]

LIMIT = 3
REFUSED = "Too many failed sign-in attempts. Try again in 15 minutes."


@pytest.fixture(autouse=True)
def _throttle_settings(settings):
    settings.LOGIN_FAILURE_LIMIT = LIMIT
    settings.LOGIN_COOLDOWN_SECONDS = 900
    settings.TRUSTED_PROXY_COUNT = 0


def sign_in(client, username, password, address):
    """POST the admin's sign-in form in English; the response and whether it signed the user in."""
    client.logout()
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="en",
    )
    return response, "_auth_user_id" in client.session


def errors(response):
    return [str(error) for error in response.context["form"].non_field_errors()]


def test_wrong_passwords_below_the_limit_leave_the_account_open(client, staff):
    for _ in range(LIMIT - 1):
        response, signed_in = sign_in(client, "librarian", "wrong", "10.1.1.1")
        assert response.status_code == 200 and not signed_in
        assert REFUSED not in errors(response)
    _response, signed_in = sign_in(client, "librarian", "password", "10.1.1.1")
    assert signed_in


def test_an_account_is_refused_from_any_address_after_too_many_failures(client, staff):
    for number in range(LIMIT):
        sign_in(client, "Librarian", "wrong", f"10.1.1.{number}")
    # The right password, from a new address: refused, with the reason.
    response, signed_in = sign_in(client, "librarian", "password", "10.9.9.9")
    assert response.status_code == 200
    assert not signed_in
    assert errors(response) == [REFUSED]
    # Another account from that address is not blocked.
    _response, signed_in = sign_in(client, "methodologist", "password", "10.9.9.9")
    assert signed_in


def test_an_address_is_refused_for_every_account_after_too_many_failures(client, staff):
    for number in range(LIMIT):
        sign_in(client, f"guess{number}", "wrong", "10.2.2.2")
    response, signed_in = sign_in(client, "teacher", "password", "10.2.2.2")
    assert not signed_in
    assert errors(response) == [REFUSED]
    # The same account from another address signs in.
    _response, signed_in = sign_in(client, "teacher", "password", "10.3.3.3")
    assert signed_in


def test_a_successful_sign_in_clears_the_accounts_count_but_not_the_addresss(client, staff):
    for _ in range(LIMIT - 1):
        sign_in(client, "librarian", "wrong", "10.4.4.4")
    assert sign_in(client, "librarian", "password", "10.4.4.4")[1]
    sign_in(client, "librarian", "wrong", "10.5.5.5")
    assert sign_in(client, "librarian", "password", "10.5.5.5")[1]  # the account starts again from zero
    response, signed_in = sign_in(client, "someone", "wrong", "10.4.4.4")  # the address's third failure
    assert errors(response) != [REFUSED]
    response, signed_in = sign_in(client, "methodologist", "password", "10.4.4.4")
    assert not signed_in and errors(response) == [REFUSED]


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_address_is_the_one_the_proxy_saw(client, staff):
    """A client cannot dodge the count by sending its own X-Forwarded-For entries."""
    for number in range(LIMIT):
        client.post(
            reverse("wagtailadmin_login"),
            {"username": f"guess{number}", "password": "wrong"},
            REMOTE_ADDR="127.0.0.1",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}, 203.0.113.7",
        )
    response = client.post(
        reverse("wagtailadmin_login"),
        {"username": "teacher", "password": "password"},
        REMOTE_ADDR="127.0.0.1",
        HTTP_X_FORWARDED_FOR="198.51.100.1, 203.0.113.7",
        HTTP_ACCEPT_LANGUAGE="en",
    )
    assert errors(response) == [REFUSED]
    _response, signed_in = sign_in(client, "teacher", "password", "127.0.0.1")  # another visitor, no proxy header
    assert signed_in
