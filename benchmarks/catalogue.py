"""How fast is the catalogue with many records? Run from the project folder:

    .venv/bin/python benchmarks/catalogue.py                       # 10,000 records, SQLite
    .venv/bin/python benchmarks/catalogue.py --sizes 10000,50000
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cabinet .venv/bin/python benchmarks/catalogue.py

Each database gets a fresh temporary one (a SQLite file; on PostgreSQL a new database next to the
one DATABASE_URL names, dropped at the end). Records are seeded in bulk, then the catalogue page is
requested with a query and two filters through django.test.Client, and a list of rows is imported
with `import_catalogue`. Every time is printed beside a trivial view (HttpResponse("ok")) timed in the
same process, so the ratios compare across machines. See benchmarks/README.md.
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERY = {"q": "бағалау", "type": "methodological-guide", "subject": "pedagogy"}

# The parent: one worker process per database --------------------------------------------------------


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000", help="catalogue sizes to measure, ascending (default 10000)")
    parser.add_argument("--requests", type=int, default=30, help="timed requests of the catalogue page (30)")
    parser.add_argument("--import-rows", type=int, default=10000, help="rows in the imported list (10000; 0 skips)")
    parser.add_argument("--database", choices=["sqlite", "postgres", "all"], default="all")
    parser.add_argument("--worker", help=argparse.SUPPRESS)  # a database URL: run the measurements there
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(","))
    if args.worker:
        print(json.dumps(run_worker(args.worker, sizes, args.requests, args.import_rows)))
        return

    targets = []
    if args.database in ("sqlite", "all"):
        targets.append(("SQLite", None))
    if args.database in ("postgres", "all") and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        targets.append(("PostgreSQL", os.environ["DATABASE_URL"]))
    results = []
    for label, url in targets:
        print(f"{label}: seeding and measuring {', '.join(f'{size:,}' for size in sizes)} records …", flush=True)
        with temporary_database(url) as worker_url:
            command = [sys.executable, __file__, "--worker", worker_url, "--sizes", ",".join(map(str, sizes))]
            command += ["--requests", str(args.requests), "--import-rows", str(args.import_rows)]
            environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cabinet_site.settings.test"}
            # stderr is left to the terminal: the worker reports its progress there.
            output = subprocess.run(command, stdout=subprocess.PIPE, text=True, env=environment, cwd=ROOT)
            if output.returncode:
                sys.exit(f"The {label} measurements failed (exit code {output.returncode}).")
            results.append((label, json.loads(output.stdout.strip().splitlines()[-1])))
    print_table(results)


class temporary_database:
    """A SQLite file in a temporary folder, or a new PostgreSQL database beside the given one."""

    def __init__(self, url):
        self.url = url

    def __enter__(self):
        if self.url is None:
            self.folder = tempfile.TemporaryDirectory(prefix="cabinet-bench-")
            return f"sqlite:///{self.folder.name}/bench.sqlite3"
        import dj_database_url
        import psycopg

        config = dj_database_url.parse(self.url)
        self.name = f"cabinet_bench_{os.getpid()}_{uuid.uuid4().hex[:6]}"
        self.server = {
            "host": config["HOST"] or None,
            "port": config["PORT"] or None,
            "user": config["USER"] or None,
            "password": config["PASSWORD"] or None,
            "dbname": "postgres",
        }
        with psycopg.connect(**self.server, autocommit=True) as connection:
            connection.execute(f'CREATE DATABASE "{self.name}"')
        base, _slash, _name = self.url.rpartition("/")
        return f"{base}/{self.name}"

    def __exit__(self, *exc):
        if self.url is None:
            self.folder.cleanup()
            return
        import psycopg

        with psycopg.connect(**self.server, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{self.name}" WITH (FORCE)')


def print_table(results):
    print()
    for label, result in results:
        trivial = result["trivial"]
        print(f"{label} — trivial view p50 {ms(trivial['p50'])}, p95 {ms(trivial['p95'])} (= 1×)")
        header = f"{'measurement':<52} {'p50':>10} {'p95':>10} {'p50 ×':>10} {'p95 ×':>10}"
        print(header)
        print("-" * len(header))
        for row in result["rows"]:
            p50, p95 = row["p50"], row.get("p95")
            print(
                f"{row['label']:<52} {ms(p50):>10} {ms(p95) if p95 else '':>10} "
                f"{ratio(p50, trivial['p50']):>10} {ratio(p95, trivial['p95']) if p95 else '':>10}"
            )
        for note in result["notes"]:
            print(f"  {note}")
        print()


def ms(seconds):
    return f"{seconds * 1000:,.1f} ms" if seconds < 10 else f"{seconds:,.1f} s"


def ratio(value, base):
    return f"{value / base:,.0f}×"


# The worker: seed, measure, report as JSON ----------------------------------------------------------


def run_worker(database_url, sizes, requests, import_rows):
    os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.conf import settings
    from django.core.management import call_command
    from django.urls import clear_url_caches

    from benchmarks.seeding import index_records, make_site, progress, refresh_all_statistics, seed_records

    media = tempfile.TemporaryDirectory(prefix="cabinet-bench-media-")
    settings.MEDIA_ROOT = media.name
    # Every request renders the page; the page cache is timed on its own row.
    page_cache_seconds, settings.PAGE_CACHE_SECONDS = settings.PAGE_CACHE_SECONDS, 0
    settings.ROOT_URLCONF = BenchmarkURLs()
    clear_url_caches()

    notes, rows = [], []
    started = time.perf_counter()
    progress("migrating")
    call_command("migrate", verbosity=0)
    notes.append(f"migrations: {time.perf_counter() - started:.1f} s")
    catalogue = make_site()

    from django.test import Client

    client = Client()
    trivial = timings(client, "/bench/ok/", {}, max(requests, 200))
    seeded = 0
    rng = random.Random(2024)
    for size in sizes:
        started = time.perf_counter()
        progress(f"seeding {size - seeded:,} records")
        seed_records(catalogue, seeded, size, rng)
        seeded_in = time.perf_counter() - started
        started = time.perf_counter()
        progress("indexing them")
        index_records(catalogue, seeded, size)
        refresh_all_statistics()
        indexed_in = time.perf_counter() - started
        notes.append(
            f"seeding {size - seeded:,} records: {seeded_in:.1f} s in bulk, then {indexed_in:.1f} s "
            f"for their search index ({(size - seeded) / (seeded_in + indexed_in):,.0f} records/s)"
        )
        seeded = size
        url = catalogue.url
        progress(f"timing the catalogue with {size:,} records")
        client.get(url, QUERY)  # warm the caches (site root paths, templates)
        page = timings(client, url, QUERY, requests)
        rows.append(
            {"label": f"catalogue, q + type + subject, {size:,} records", **page, "results": result_count(client)}
        )
        plain = timings(client, url, {}, requests)
        rows.append({"label": f"catalogue, no filters, {size:,} records", **plain})
        settings.PAGE_CACHE_SECONDS = page_cache_seconds
        client.get(url, QUERY)  # kept by the page cache
        cached = timings(client, url, QUERY, requests)
        settings.PAGE_CACHE_SECONDS = 0
        rows.append({"label": f"catalogue, q + type + subject, {size:,} records, from the page cache", **cached})
    notes.append(f"the query: {QUERY}; {rows[-3]['results']} matching records at the largest size")

    if import_rows:
        progress(f"importing {import_rows:,} rows")
        import_seconds, message = import_list(catalogue, import_rows, seeded, media.name)
        rows.append({"label": f"import_catalogue, {import_rows:,} new rows", "p50": import_seconds})
        notes.append(f"import: {message} ({import_seconds / import_rows * 1000:.1f} ms per row)")
    media.cleanup()
    return {"trivial": trivial, "rows": rows, "notes": notes, "database": settings.DATABASES["default"]["ENGINE"]}


def trivial_view(request):
    from django.http import HttpResponse

    return HttpResponse("ok")


class BenchmarkURLs:
    """The site's own URLs, plus the trivial view the measurements are compared with."""

    @property
    def urlpatterns(self):
        from django.urls import path

        from cabinet_site import urls

        return [path("bench/ok/", trivial_view), *urls.urlpatterns]


def timings(client, url, params, count):
    durations = []
    for _number in range(count):
        started = time.perf_counter()
        response = client.get(url, params)
        durations.append(time.perf_counter() - started)
        assert response.status_code == 200, (url, response.status_code)
    durations.sort()
    return {
        "p50": statistics.median(durations),
        "p95": durations[min(len(durations) - 1, round(0.95 * (len(durations) - 1)))],
    }


def result_count(client):
    from resources.catalogue import CatalogueQuery
    from resources.models import ResourceIndexPage

    query = CatalogueQuery(_querydict(QUERY), index_page=ResourceIndexPage.objects.get(slug="katalog"))
    return query.results().paginator.count


def _querydict(params):
    from django.http import QueryDict

    query = QueryDict(mutable=True)
    query.update(params)
    return query


def import_list(catalogue, rows, seeded, folder):
    """Write a CSV of new records in the documented columns and time `manage.py import_catalogue` on it."""
    import io

    from django.core.management import call_command

    from benchmarks.seeding import write_import_list

    path = Path(folder) / "bench-import.csv"
    write_import_list(path, rows)
    output = io.StringIO()
    started = time.perf_counter()
    call_command("import_catalogue", str(path), stdout=output)
    seconds = time.perf_counter() - started
    return seconds, f"{rows:,} rows into a catalogue of {seeded:,}: {output.getvalue().strip().splitlines()[-1]}"


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cabinet_site.settings.test")
    main()
