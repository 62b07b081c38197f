"""Security settings: the deploy checks, the headers of a production response, the
Content-Security-Policy, and the admin's configurable address."""

import importlib
import os
import secrets
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup
from django.conf import settings
from django.test import override_settings
from django.urls import clear_url_caches, reverse

import cabinet_site.urls

ENVIRONMENT_SETTINGS = ("SECRET_KEY", "DATABASE_URL", "REDIS_URL", "DEBUG", "DJANGO_SETTINGS_MODULE", "ADMIN_PATH")

# What production.py sets, for responses of the test server.
PRODUCTION = {
    "SECURE_PROXY_SSL_HEADER": ("HTTP_X_FORWARDED_PROTO", "https"),
    "SECURE_SSL_REDIRECT": True,
    "SECURE_HSTS_SECONDS": 31_536_000,
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
    "SECURE_HSTS_PRELOAD": True,
    "SESSION_COOKIE_SECURE": True,
    "CSRF_COOKIE_SECURE": True,
    "SECURE_CONTENT_TYPE_NOSNIFF": True,
    "SECURE_REFERRER_POLICY": "same-origin",
    "X_FRAME_OPTIONS": "DENY",
}


def test_deploy_checks_find_nothing_with_the_production_settings():
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_SETTINGS}
    env.update(
        DJANGO_SETTINGS_MODULE="cabinet_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        ALLOWED_HOSTS="cabinet.example.kz",
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_production_settings_take_hsts_and_the_https_redirect_from_the_environment():
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_SETTINGS}
    env.update(
        DJANGO_SETTINGS_MODULE="cabinet_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(60),
        SECURE_HSTS_SECONDS="600",
        SECURE_SSL_REDIRECT="false",
    )
    code = "from django.conf import settings; print(settings.SECURE_HSTS_SECONDS, settings.SECURE_SSL_REDIRECT)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == ["600", "False"]


@pytest.mark.django_db
@override_settings(**PRODUCTION)
def test_a_production_response_carries_the_security_headers(client, home_page):
    response = client.get("/kk/", HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 200
    assert response["Strict-Transport-Security"] == "max-age=31536000; includeSubDomains; preload"
    assert response["X-Frame-Options"] == "DENY"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


@pytest.mark.django_db
@override_settings(**PRODUCTION)
def test_plain_http_is_redirected_to_https(client, home_page):
    response = client.get("/kk/")
    assert response.status_code == 301
    assert response["Location"] == "https://testserver/kk/"


@pytest.mark.django_db
@override_settings(**PRODUCTION)
def test_session_and_csrf_cookies_are_secure_and_the_session_cookie_hidden_from_scripts(client, superuser):
    login = reverse("wagtailadmin_login")
    page = client.get(login, HTTP_X_FORWARDED_PROTO="https")
    assert page.cookies["csrftoken"]["secure"]
    response = client.post(login, {"username": "boss", "password": "password"}, HTTP_X_FORWARDED_PROTO="https")
    assert response.status_code == 302
    session_cookie = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session_cookie["secure"]
    assert session_cookie["httponly"]


# Content-Security-Policy ----------------------------------------------------------------------


def directives(response):
    return {
        name: sources for name, *sources in (part.split() for part in response["Content-Security-Policy"].split(";"))
    }


@pytest.mark.django_db
def test_the_site_allows_scripts_and_styles_from_its_own_origin_only(client, site_tree):
    policy = directives(client.get(site_tree.event["kk"].url))
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]


@pytest.mark.django_db
def test_public_pages_have_no_inline_script_or_style(client, site_tree):
    """The policy refuses them: every script is a file, or JSON-LD data that no browser runs."""
    site_tree.event["kk"].save_revision().publish()
    for page in (site_tree.home["kk"], site_tree.resources["kk"], site_tree.event["kk"], site_tree.record["kk"]):
        response = client.get(page.url)
        assert response.status_code == 200, page
        soup = BeautifulSoup(response.content, "html.parser")
        inline = [script for script in soup.find_all("script") if not script.get("src")]
        assert all(script.get("type") == "application/ld+json" for script in inline), page
        assert not soup.find_all(style=True) and not soup.find_all("style"), page
        assert not [tag for tag in soup.find_all(True) if any(name.startswith("on") for name in tag.attrs)], page


@pytest.mark.django_db
def test_the_admin_allows_wagtails_inline_scripts_and_its_own_preview_frame(client, superuser):
    client.force_login(superuser)
    policy = directives(client.get(reverse("wagtailadmin_home")))
    assert policy["script-src"] == ["'self'", "'unsafe-inline'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_with_debug_on_django_s_error_pages_keep_their_inline_styles(client, home_page, settings):
    settings.DEBUG = True
    missing = client.get("/kk/no-such-page/")
    assert missing.status_code == 404
    assert "Content-Security-Policy" not in missing
    assert directives(client.get("/kk/"))["script-src"] == ["'self'"]


# The admin's address --------------------------------------------------------------------------


@pytest.fixture
def admin_path_office():
    """The URLs as they are with ADMIN_PATH=office/ (urls.py reads the setting when imported)."""
    with override_settings(ADMIN_PATH="office/"):
        importlib.reload(cabinet_site.urls)
        clear_url_caches()
        yield
    importlib.reload(cabinet_site.urls)
    clear_url_caches()


def test_admin_path_comes_from_the_environment():
    env = {key: value for key, value in os.environ.items() if key not in ENVIRONMENT_SETTINGS}
    env.update(DJANGO_SETTINGS_MODULE="cabinet_site.settings.dev", ADMIN_PATH="/office/")
    code = "from django.conf import settings; print(settings.ADMIN_PATH)"
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "office/"


@pytest.mark.django_db
def test_with_another_admin_path_the_admin_is_there_and_admin_is_not(client, home_page, superuser, admin_path_office):
    assert reverse("wagtailadmin_home") == "/office/"
    assert client.get("/office/").url.startswith("/office/login/")
    assert client.get("/office/login/").status_code == 200
    assert client.get("/admin/", follow=True).status_code == 404
    assert client.get("/admin/login/", follow=True).status_code == 404

    client.force_login(superuser)
    response = client.get("/office/")
    assert response.status_code == 200
    assert "'unsafe-inline'" in directives(response)["script-src"]
    assert directives(client.get("/kk/"))["script-src"] == ["'self'"]
