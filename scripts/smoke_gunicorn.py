"""Boot gunicorn with the production settings against a new PostgreSQL database and request a few pages.

    .venv/bin/python scripts/smoke_gunicorn.py [--postgres postgres://postgres@127.0.0.1:5432]

Creates the database cabinet_smoke, migrates it, collects static files (hashed, as in
production) into a temporary folder, builds a small site (the test site: three languages, a
catalogue record, a news item), starts gunicorn on 127.0.0.1 and checks that the home page, a
catalogue search and the catalogue's RSS feed answer 200 with the text they should show. Then it
stops gunicorn and drops the database. Exits non-zero on any failure. .ci/run runs it.
"""

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent
DATABASE = "cabinet_smoke"
RECORD_TITLE = "Алгебра. 7-сынып. Сабақ жоспарлары"

CHECKS = [
    # (path, text the page must contain)
    ("/kk/", "Әдістемелік кабинет"),
    ("/kk/katalog/?q=%D0%B0%D0%BB%D0%B3%D0%B5%D0%B1%D1%80%D0%B0", RECORD_TITLE),  # ?q=алгебра
    ("/kk/catalogue/feed/rss/", RECORD_TITLE),
]


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def admin_sql(server_url, sql):
    import psycopg

    with psycopg.connect(f"{server_url}/postgres", autocommit=True) as admin:
        admin.execute(sql)


def manage(*args, env):
    subprocess.run([sys.executable, "manage.py", *args], cwd=BASE_DIR, env=env, check=True)


def build_site(env):
    """The test site, with a published catalogue record to search for and to see in the feed."""
    code = f"""
import django
django.setup()
from cabinet_site.tests.builders import add_page, make_site_tree
from resources.models import ResourcePage, ResourceType
tree = make_site_tree()
record = add_page(
    tree.resources["kk"], ResourcePage, {RECORD_TITLE!r}, "algebra-7",
    resource_type=ResourceType.objects.get(slug="lesson-plan", locale=tree.locales["kk"]),
)
record.save_revision().publish()
"""
    subprocess.run([sys.executable, "-c", code], cwd=BASE_DIR, env=env, check=True)


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=30) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8", "replace")


def wait_until_up(url, process, seconds=60):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"gunicorn exited with code {process.returncode}")
        try:
            fetch(url)
            return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.5)
    raise SystemExit(f"gunicorn did not answer within {seconds}s")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432", help="the server, no database")
    server_url = parser.parse_args().postgres.rstrip("/")

    work = Path(tempfile.mkdtemp(prefix="cabinet-smoke-"))
    port = free_port()
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cabinet_site.settings.production",
        "SECRET_KEY": "smoke-test-only-not-secret",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_COOKIES": "false",
        "SECURE_SSL_REDIRECT": "false",  # plain http on 127.0.0.1: no proxy terminating TLS here
        "DATABASE_URL": f"{server_url}/{DATABASE}",
        "MEDIA_ROOT": str(work / "media"),
        "STATIC_ROOT": str(work / "static"),
        "TASKS_BACKEND": "immediate",
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    env.pop("REDIS_URL", None)
    started = time.monotonic()
    admin_sql(server_url, f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
    admin_sql(server_url, f"CREATE DATABASE \"{DATABASE}\" ENCODING 'UTF8' TEMPLATE template0")
    gunicorn = None
    failures = []
    try:
        # collectstatic needs no database: it runs while the migrations do.
        collect = subprocess.Popen(
            [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"], cwd=BASE_DIR, env=env
        )
        manage("migrate", "--noinput", "--verbosity", "0", env=env)
        print(f"migrated in {time.monotonic() - started:.0f}s")
        if collect.wait() != 0:
            raise SystemExit("collectstatic failed")
        print(f"static files collected at {time.monotonic() - started:.0f}s")
        build_site(env)
        print(f"site built at {time.monotonic() - started:.0f}s")

        gunicorn = subprocess.Popen(
            [str(BASE_DIR / ".venv" / "bin" / "gunicorn"), "cabinet_site.wsgi", "--bind", f"127.0.0.1:{port}"]
            + ["--workers", "2", "--access-logfile", "-"],
            cwd=BASE_DIR,
            env=env,
        )
        base = f"http://127.0.0.1:{port}"
        wait_until_up(base + "/kk/", gunicorn)
        for path, text in CHECKS:
            status, body = fetch(base + path)
            ok = status == 200 and text in body
            print(f"{'ok  ' if ok else 'FAIL'} {status} {path}")
            if not ok:
                failures.append(f"{path}: status {status}, {'text found' if text in body else f'no {text!r}'}")
    finally:
        if gunicorn is not None and gunicorn.poll() is None:
            gunicorn.send_signal(signal.SIGTERM)
            gunicorn.wait(timeout=30)
        admin_sql(server_url, f'DROP DATABASE IF EXISTS "{DATABASE}" WITH (FORCE)')
        shutil.rmtree(work, ignore_errors=True)
    print(f"smoke test done in {time.monotonic() - started:.0f}s")
    if failures:
        raise SystemExit("gunicorn smoke test failed:\n  " + "\n  ".join(failures))


if __name__ == "__main__":
    main()
