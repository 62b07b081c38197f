"""The admin's sign-in form, throttled per account and per address.

After LOGIN_FAILURE_LIMIT failed attempts for one username, or from one address, further attempts
for that username or from that address are refused, without checking the password, until
LOGIN_COOLDOWN_SECONDS have passed since the last failure. The counts live in the cache (Redis in
production, so every worker sees them). A successful sign-in clears the account's count, not the
address's: one valid account must not reset the count of an address guessing others.
"""

import hashlib
import math

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy, ngettext
from wagtail.admin.forms.auth import LoginForm

from .client_address import client_address


def failure_keys(request, username):
    account = hashlib.sha256(username.strip().casefold().encode()).hexdigest()
    address = client_address(request) if request is not None else ""
    return [f"login-failures:account:{account}", f"login-failures:address:{address}"]


def is_locked(keys):
    return any(count >= settings.LOGIN_FAILURE_LIMIT for count in cache.get_many(keys).values())


def record_failure(keys):
    for key in keys:
        cache.add(key, 0, settings.LOGIN_COOLDOWN_SECONDS)
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.set(key, 1, settings.LOGIN_COOLDOWN_SECONDS)
        cache.touch(key, settings.LOGIN_COOLDOWN_SECONDS)


class ThrottledLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail's form declares the field without a label, so Django shows its name, "Password".
        self.fields["password"].label = gettext_lazy("Password")

    def clean(self):
        username = self.cleaned_data.get("username")
        if username is None or not self.cleaned_data.get("password"):
            return super().clean()
        keys = failure_keys(self.request, username)
        if is_locked(keys):
            minutes = math.ceil(settings.LOGIN_COOLDOWN_SECONDS / 60)
            raise ValidationError(
                ngettext(
                    "Too many failed sign-in attempts. Try again in %(minutes)d minute.",
                    "Too many failed sign-in attempts. Try again in %(minutes)d minutes.",
                    minutes,
                )
                % {"minutes": minutes},
                code="throttled",
            )
        try:
            cleaned_data = super().clean()
        except ValidationError as error:
            if error.code == "invalid_login":
                record_failure(keys)
            raise
        cache.delete(keys[0])
        return cleaned_data
