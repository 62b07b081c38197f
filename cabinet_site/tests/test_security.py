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


def admin_nonce(response):
    """The nonce the admin's script-src names: its only source besides the admin's own origin."""
    script_src = directives(response)["script-src"]
    assert script_src[0] == "'self'" and len(script_src) == 2, script_src
    assert script_src[1].startswith("'nonce-") and script_src[1].endswith("'"), script_src
    return script_src[1].removeprefix("'nonce-").removesuffix("'")


def inline_scripts(html):
    """Every script the browser would run from the page's own text, those inside <template>
    elements (an InlinePanel's empty row, cloned when a row is added) included."""
    soup = BeautifulSoup(html, "html.parser")
    scripts = [script for script in soup.find_all("script") if not script.get("src")]
    scripts = [script for script in scripts if script.get("type") not in ("application/json", "text/template")]
    for template in soup.find_all("template"):
        scripts += inline_scripts(template.decode_contents())
    return scripts


def assert_every_inline_script_has_the_nonce(response):
    assert response.status_code == 200
    nonce = admin_nonce(response)
    scripts = inline_scripts(response.content.decode())
    assert [script.get("nonce") for script in scripts] == [nonce] * len(scripts)
    return " ".join(script.string or "" for script in scripts)


@pytest.mark.django_db
def test_the_admin_allows_its_own_scripts_and_those_with_the_request_s_nonce_only(client, superuser):
    client.force_login(superuser)
    first, second = client.get(reverse("wagtailadmin_home")), client.get(reverse("wagtailadmin_home"))
    assert "'unsafe-inline'" not in directives(first)["script-src"]
    assert admin_nonce(first) != admin_nonce(second)
    assert len(admin_nonce(first)) >= 22  # at least 128 random bits
    policy = directives(first)
    assert policy["style-src"] == ["'self'", "'unsafe-inline'"]  # Wagtail's style attributes
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]


@pytest.mark.django_db
def test_no_cache_may_keep_an_admin_response_and_its_nonce(client, superuser):
    assert "private" in client.get(reverse("wagtailadmin_login"))["Cache-Control"]
    client.force_login(superuser)
    assert "private" in client.get(reverse("wagtailadmin_home"))["Cache-Control"]


@pytest.mark.django_db
def test_the_nonce_lives_only_as_long_as_its_request(client, superuser, site_tree):
    from cabinet_site.content_security_policy import current_nonce

    client.force_login(superuser)
    client.get(reverse("wagtailadmin_home"))
    assert current_nonce() == ""
    assert "nonce" not in client.get(site_tree.home["kk"].url)["Content-Security-Policy"]


@pytest.mark.django_db
def test_the_event_editor_s_inline_scripts_all_carry_the_nonce(client, superuser, site_tree):
    client.force_login(superuser)
    scripts = assert_every_inline_script_has_the_nonce(
        client.get(reverse("wagtailadmin_pages:edit", args=[site_tree.event["kk"].pk]))
    )
    # The date-time pickers, both InlinePanels (materials, photos) and the chooser widgets.
    assert 'initDateTimeChooser("id_start"' in scripts
    assert scripts.count("new InlinePanel(") == 2
    assert 'new SnippetChooser("id_kind"' in scripts
    assert 'new PageChooser("id_resource_links-__prefix__-resource"' in scripts
    assert 'new ImageChooser("id_gallery_images-__prefix__-image"' in scripts


@pytest.mark.django_db
def test_the_record_editor_s_inline_scripts_all_carry_the_nonce(client, superuser, site_tree):
    client.force_login(superuser)
    scripts = assert_every_inline_script_has_the_nonce(
        client.get(reverse("wagtailadmin_pages:edit", args=[site_tree.record["kk"].pk]))
    )
    assert 'new DocumentChooser("id_document_links-__prefix__-document"' in scripts
    assert 'new ImageChooser("id_cover_image"' in scripts


@pytest.mark.django_db
def test_wagtail_localize_s_submit_translation_page_carries_the_nonce(client, superuser, site_tree):
    client.force_login(superuser)
    response = client.get(reverse("wagtail_localize:submit_page_translation", args=[site_tree.team["kk"].pk]))
    scripts = assert_every_inline_script_has_the_nonce(response)
    assert '[name="select_all"]' in scripts
    assert BeautifulSoup(response.content, "html.parser").find("input", attrs={"name": "select_all"})
    assert b"wagtail-localize-component-form.js" in response.content


@pytest.mark.django_db
def test_wagtail_localize_s_translation_editor_carries_the_nonce(client, superuser, site_tree):
    client.force_login(superuser)
    response = client.get(reverse("wagtailadmin_pages:edit", args=[site_tree.about["ru"].pk]))
    scripts = assert_every_inline_script_has_the_nonce(response)
    assert "window.chooserUrls" in scripts
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.find(class_="js-translation-editor")  # wagtail-localize's editor, not Wagtail's
    assert soup.find("script", src=lambda src: src and "wagtail-localize.js" in src)


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
    admin_nonce(response)  # the admin's policy, at its new address
    assert "private" in response["Cache-Control"]
    assert directives(client.get("/kk/"))["script-src"] == ["'self'"]
