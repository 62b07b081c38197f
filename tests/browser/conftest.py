"""Playwright fixtures: Debian's chromium driven by its executable path, never a downloaded browser.

The browser tests are skipped, with the reason shown, when no chromium executable is found
(set CHROMIUM_PATH to use another one). CI sets REQUIRE_CHROMIUM=1, which turns that skip into
an error. Screenshots go to test-artifacts/ (or ARTIFACTS_DIR).
"""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import get_commands

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
DEFAULT_TIMEOUT_MS = 15_000


def find_chromium():
    configured = os.environ.get("CHROMIUM_PATH")
    if configured:
        return configured if os.access(configured, os.X_OK) else None
    for candidate in CHROMIUM_CANDIDATES:
        if os.access(candidate, os.X_OK):
            return candidate
    return shutil.which("chromium")


def skip_reason():
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "the playwright package is not installed (pip install -r requirements-dev.txt)"
    if find_chromium() is None:
        where = os.environ.get("CHROMIUM_PATH") or "/usr/bin/chromium"
        return f"no chromium executable at {where}: apt install chromium, or set CHROMIUM_PATH"
    return None


def pytest_collection_modifyitems(config, items):
    reason = skip_reason()
    if reason is None:
        return
    browser_items = [item for item in items if item.get_closest_marker("browser") is not None]
    if browser_items and os.environ.get("REQUIRE_CHROMIUM", "").lower() in {"1", "true", "yes"}:
        raise pytest.UsageError(f"REQUIRE_CHROMIUM is set, but the browser tests cannot run: {reason}")
    marker = pytest.mark.skip(reason=f"browser test skipped: {reason}")
    for item in browser_items:
        item.add_marker(marker)


@pytest.fixture(scope="session")
def artifacts_dir():
    path = Path(os.environ.get("ARTIFACTS_DIR", Path(settings.BASE_DIR) / "test-artifacts"))
    path.mkdir(parents=True, exist_ok=True)
    return path


@dataclass(frozen=True)
class DemoSite:
    url: str  # the demo server, e.g. http://127.0.0.1:40123
    about_url: str  # the Kazakh "About the cabinet" page, e.g. /kk/kabinet-turaly/
    catalogue_url: str  # the Kazakh catalogue, e.g. /kk/katalog/
    event_url: str  # a live Kazakh event page
    event_id: int  # its page id, for the admin's editor
    translation_id: int  # a Russian page translated through wagtail-localize, for its translation editor
    admin_path: str  # e.g. /admin/
    admin_username: str  # a superuser made for the browser tests (ADMIN_PASSWORD)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@contextmanager
def scratch_database(tmp_dir):
    """A database URL of the kind the tests run on: a new SQLite file, or a new PostgreSQL database
    on the server DATABASE_URL names (dropped at the end)."""
    url = os.environ.get("DATABASE_URL", "").strip()
    if not url.startswith(("postgres://", "postgresql://")):
        yield f"sqlite:///{tmp_dir / 'demo.sqlite3'}"
        return
    import dj_database_url
    import psycopg

    params = dj_database_url.parse(url)
    name = f"cabinet_browser_{uuid.uuid4().hex[:12]}"
    server = {"host": params["HOST"], "port": params["PORT"] or 5432, "user": params["USER"]}
    if params["PASSWORD"]:
        server["password"] = params["PASSWORD"]
    with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield url.rsplit("/", 1)[0] + f"/{name}"
    finally:
        with psycopg.connect(dbname="postgres", autocommit=True, **server) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def wait_until_serving(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"the demo server stopped (exit code {process.returncode})")
        try:
            with urllib.request.urlopen(f"{url}/kk/", timeout=5):
                return
        except urllib.error.HTTPError:
            return
        except OSError:
            time.sleep(0.3)
    raise RuntimeError(f"the demo server did not answer at {url} within {seconds} s")


@contextmanager
def served_demo_site(tmp_path_factory, name, script):
    """The demo content, set up the way `make run` sets it up, in a database of its own, served by
    `manage.py runserver` in another process. `script` runs in `manage.py shell` after the demo is
    loaded and prints, as its last line, a JSON object with the page addresses the tests need."""
    if "load_demo_content" not in get_commands():
        pytest.skip("manage.py load_demo_content does not exist yet")
    tmp_dir = tmp_path_factory.mktemp(name)
    manage = [sys.executable, str(Path(settings.BASE_DIR) / "manage.py")]
    with scratch_database(tmp_dir) as database_url:
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "tests.browser.settings",
            "DATABASE_URL": database_url,
            "PYTHONUNBUFFERED": "1",
        }
        run = partial(subprocess.run, env=env, check=True, capture_output=True, text=True, timeout=900)
        run([*manage, "migrate", "--noinput"])
        run([*manage, "load_demo_content", "--verbosity", "0"])
        found = json.loads(run([*manage, "shell", "-c", script]).stdout.strip().splitlines()[-1])
        port = free_port()
        url = f"http://127.0.0.1:{port}"
        log = (tmp_dir / "server.log").open("w")
        server = subprocess.Popen(
            [*manage, "runserver", f"127.0.0.1:{port}", "--noreload"],
            env=env,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        try:
            wait_until_serving(url, server)
            yield url, found
        finally:
            server.terminate()
            server.wait(timeout=30)
            log.close()


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory):
    """The demo site, loaded once for all browser tests, which only read it."""
    with served_demo_site(tmp_path_factory, "demo-site", DEMO_PAGES_SCRIPT) as (url, found):
        about = found["about"]
        assert about.startswith("/kk/"), f"the demo content has no Kazakh standard page in the main menu: {about}"
        yield DemoSite(url=url, about_url=about, admin_username=ADMIN_USERNAME, **found["pages"])


@dataclass(frozen=True)
class StaffSite:
    url: str  # a demo server of its own, which the staff walks change
    admin_url: str  # e.g. http://127.0.0.1:40123/admin/
    passwords: dict  # username -> password of the demo staff accounts (librarian, methodologist, teacher)


@pytest.fixture(scope="session")
def staff_site(tmp_path_factory):
    """The demo site with its staff accounts, for the walks of each role through the Kazakh admin.

    Unlike `demo_site`, the walks change it: each works with content it makes itself, named so
    that the walks do not meet."""
    with served_demo_site(tmp_path_factory, "staff-site", STAFF_ACCOUNTS_SCRIPT) as (url, found):
        yield StaffSite(url=url, admin_url=url + found["admin_path"], passwords=found["passwords"])


ADMIN_USERNAME = "browser-admin"
ADMIN_PASSWORD = "browser-tests-only-Secret-1"

DEMO_PAGES_SCRIPT = f"""
import json
from django.conf import settings
from django.contrib.auth import get_user_model
from events.models import EventPage
from home.models import StandardPage
from resources.models import ResourceIndexPage
from wagtail_localize.models import Translation
about = StandardPage.objects.live().filter(locale__language_code="kk", depth=3, show_in_menus=True).first()
event = EventPage.objects.live().filter(locale__language_code="kk").first()
catalogue = ResourceIndexPage.objects.live().get(locale__language_code="kk")
get_user_model().objects.create_superuser("{ADMIN_USERNAME}", "browser@example.kz", "{ADMIN_PASSWORD}")
translation = Translation.objects.filter(target_locale__language_code="ru").first()
pages = {{"catalogue_url": catalogue.url, "event_url": event.url, "event_id": event.pk}}
pages["translation_id"] = translation.get_target_instance().pk
pages["admin_path"] = "/" + settings.ADMIN_PATH
print(json.dumps({{"about": about.url if about else "none", "pages": pages}}))
"""

# The demo's staff accounts, which load_demo_content makes only with DEBUG on: made here the same way.
STAFF_ACCOUNTS_SCRIPT = """
import json
from django.conf import settings
from cabinet_site.demo import content
from cabinet_site.demo.builder import DemoBuilder
DemoBuilder(home=None, images=[], site_text={}, contacts={}, staff=content.STAFF, log=lambda line: None).ensure_staff()
passwords = {account.username: account.password for account in content.STAFF if not account.is_superuser}
print(json.dumps({"admin_path": "/" + settings.ADMIN_PATH, "passwords": passwords}))
"""


@pytest.fixture(scope="session")
def browser():
    """A headless chromium, started once for all browser tests."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=find_chromium(), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def open_page(browser, width):
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="kk-KZ")
    context.set_default_timeout(DEFAULT_TIMEOUT_MS)
    return context, context.new_page()


@pytest.fixture
def desktop(browser):
    context, page = open_page(browser, 1280)
    yield page
    context.close()


@pytest.fixture
def second_desktop(browser):
    """Another person's browser at 1280 px, beside `desktop`: its own cookies, its own session (a
    visitor on the public site while an editor works, a reviewer beside an author)."""
    context, page = open_page(browser, 1280)
    yield page
    context.close()


@pytest.fixture
def phone(browser):
    context, page = open_page(browser, 375)
    yield page
    context.close()


@pytest.fixture
def shoot(artifacts_dir):
    """shoot(page, name): a full-page screenshot in test-artifacts/<name>-<width>.png."""

    def take(page, name):
        width = page.viewport_size["width"]
        path = artifacts_dir / f"{name}-{width}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take
