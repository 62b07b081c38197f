"""Publishing a page on SQLite while other requests write: no "database is locked" 500.

The test database is SQLite in memory, which shares one cache between threads and never says
"locked" the way a file does; the site is copied into a file, and a process of its own
(cabinet_site/tests/sqlite_writers.py) opens it with the project's settings, as a server does.
"""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import connection

from cabinet_site.tests import builders
from home.models import StandardPage

ROUNDS = 8
WRITERS = 3

pytestmark = [
    pytest.mark.skipif(
        not settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="about SQLite's locking"
    ),
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
]


def site_in_a_file(path):
    """A site with one page and a superuser, in the SQLite file at `path`; (page, username)."""
    locales = builders.make_locales()
    home = builders.make_home(locales)
    page = builders.add_page(home, StandardPage, "Кабинет туралы", "kabinet-turaly")
    builders.make_staff_user("editor", superuser=True)
    with connection.cursor() as cursor:
        cursor.execute("VACUUM INTO %s", [str(path)])
    return page, "editor"


def test_a_page_is_published_while_other_editors_sessions_write(tmp_path):
    database = tmp_path / "site.sqlite3"
    page, username = site_in_a_file(database)
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{database}", "DJANGO_SETTINGS_MODULE": settings.SETTINGS_MODULE}
    command = [
        sys.executable,
        "-m",
        "cabinet_site.tests.sqlite_writers",
        str(page.pk),
        username,
        str(ROUNDS),
        str(WRITERS),
    ]
    run = subprocess.run(command, env=env, cwd=settings.BASE_DIR, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, run.stderr
    outcome = json.loads(run.stdout.strip().splitlines()[-1])

    # Every publication went through (the admin redirects after publishing) and none waited in vain.
    assert outcome["publications"] == [{"status": 302, "error": None}] * ROUNDS
    assert outcome["ping_errors"] == []
    assert (outcome["live"], outcome["title"]) == (True, f"Кабинет туралы ({ROUNDS - 1})")
