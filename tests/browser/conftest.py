"""Playwright fixtures: Debian's chromium driven by its executable path, never a downloaded browser.

The browser tests are skipped, with the reason shown, when no chromium executable is found
(set CHROMIUM_PATH to use another one). CI sets REQUIRE_CHROMIUM=1, which turns that skip into
an error. Screenshots go to test-artifacts/ (or ARTIFACTS_DIR).
"""

import io
import os
import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command, get_commands

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
    url: str  # the live server, e.g. http://localhost:40123
    about_url: str  # the Kazakh "About the cabinet" page, e.g. /kk/kabinet-turaly/


@pytest.fixture
def demo_site(live_server):
    """The demo content, loaded the way `make run` loads it, served by pytest-django's live server.

    The command keeps Wagtail's default Site (hostname localhost, is_default_site=True), so the
    live server's host and port reach it through Wagtail's default-site fallback.
    """
    if "load_demo_content" not in get_commands():
        pytest.skip("manage.py load_demo_content does not exist yet")
    call_command("load_demo_content", verbosity=0, stdout=io.StringIO())

    from home.models import StandardPage

    about = StandardPage.objects.live().filter(locale__language_code="kk", depth=3, show_in_menus=True).first()
    assert about is not None, "the demo content has no Kazakh standard page in the main menu"
    return DemoSite(url=live_server.url, about_url=about.url)


@pytest.fixture
def browser(demo_site):
    """A headless chromium for one test, started after the test's database work is done.

    Playwright's sync API keeps an asyncio loop running in this thread while it is open. Django
    then refuses ORM calls (SynchronousOnlyOperation), and, worse, asgiref hands out a second set
    of database connections for code that runs while a loop is running. So everything that
    touches the database (pytest-django's set-up and flush, the demo content) happens before the
    browser starts or after it stops; DJANGO_ALLOW_ASYNC_UNSAFE is set only while it is open.
    """
    from playwright.sync_api import sync_playwright

    previous = os.environ.get("DJANGO_ALLOW_ASYNC_UNSAFE")
    os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"
    playwright = sync_playwright().start()
    try:
        browser = playwright.chromium.launch(executable_path=find_chromium(), headless=True, args=CHROMIUM_ARGS)
        yield browser
        browser.close()
    finally:
        playwright.stop()
        if previous is None:
            os.environ.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)
        else:
            os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = previous


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
