"""Fixtures shared by every app's tests.

`site_tree` is the site most tests read: a Kazakh home page with the four sections and a few
standard pages, translated into ru/en through wagtail-localize or aliased (see
cabinet_site/tests/builders.py for what exists where). Building it takes most of a second, so
it is built once per test module inside a transaction that is rolled back when the module
ends; each test runs in its own savepoint on top of it and gets freshly loaded pages.
"""

import pytest
from django.core.cache import cache
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from cabinet_site.tests import builders


def pytest_configure(config):
    # WhiteNoise warns when collectstatic has not been run; tests do not serve static files.
    config.addinivalue_line("filterwarnings", "ignore:No directory at:UserWarning")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Wagtail caches site root paths, and the page cache whole pages: a rolled-back test must
    leave neither to the next one."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def page_cache_off(settings):
    """For tests that count what rendering a page costs: every request renders it."""
    settings.PAGE_CACHE_SECONDS = 0


@pytest.fixture
def locales(db):
    return builders.make_locales()


@pytest.fixture
def home_page(locales):
    """A bare Kazakh home page, the root of the default site (host 'testserver')."""
    return builders.make_home(locales)


@pytest.fixture(scope="module")
def _module_site_tree(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            tree = builders.make_site_tree()
        except BaseException:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)
            raise
    yield tree
    with django_db_blocker.unblock():
        transaction.set_rollback(True)
        atomic.__exit__(None, None, None)
    cache.clear()


def _reload(page):
    return Page.objects.get(pk=page.pk).specific


@pytest.fixture
def site_tree(_module_site_tree, db):
    """The shared test site, with every page reloaded from the database for this test."""
    tree = _module_site_tree
    reloaded = {
        name: {code: _reload(page) for code, page in getattr(tree, name).items()} for name in builders.PAGE_ATTRIBUTES
    }
    return builders.SiteTree(locales=tree.locales, site=tree.site, **reloaded)


@pytest.fixture
def staff(db):
    """One user in each staff group: librarian, methodologist, teacher."""
    return builders.make_staff()


@pytest.fixture
def superuser(db):
    return builders.make_staff_user("boss", superuser=True)


@pytest.fixture
def count_queries(client):
    """How many SQL queries a page (or feed) takes when it is built from scratch.

    `count_queries(url, params)` returns that number and the response; the cache is emptied
    first, so a cached page never hides the work. Call it once before measuring, so that what
    a process reads only once (content types, image renditions made on the first view) is not
    counted.
    """

    def count(url, params=None):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, params or {})
        assert response.status_code == 200, response.status_code
        return len(queries), response

    return count
