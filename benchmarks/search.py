"""How good and how fast is the project's search, against plain Wagtail search? Run from the project folder:

    .venv/bin/python benchmarks/search.py                          # 10,000 and 50,000 records, SQLite
    .venv/bin/python benchmarks/search.py --sizes 2000,5000         # quicker
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/cabinet .venv/bin/python benchmarks/search.py

Each database gets a fresh temporary one (as benchmarks/catalogue.py does). Two measurements, each
made with the project's backend (search.backend: the text analysis, then all words, the corrected
words or any word, as the site searches) and with plain Wagtail database search (operator "and",
Wagtail's defaults), on the same records in the same run:

1. quality on the evaluation set (search/evaluation/: 48 records, 69 queries): recall@10 and MRR;
2. latency of a search for the first 10 hits among N seeded catalogue records (benchmarks/catalogue.py
   seeds them), for a mix of queries; the search index is rebuilt with each backend in turn. On
   PostgreSQL plain search is timed twice: on Wagtail's schema ("plain"), and with a GIN index on
   the document it matches, `title || body`, added for the run ("plain+GIN"; see document_index).
"""

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.catalogue import ms, temporary_database  # noqa: E402

PLAIN_BACKEND = "wagtail.search.backends.database"
DOCUMENT_INDEX = "bench_indexentry_title_body_gin"
# Latency columns: plain search on Wagtail's schema, plain search with an index on its document
# (PostgreSQL only, see document_index), the project's search.
COLUMNS = ("plain", "plain_indexed", "project")
COLUMN_TITLES = {"plain": "plain", "plain_indexed": "plain+GIN", "project": "project"}
LATENCY_QUERIES = [
    "бағалау",
    "жиынтық бағалау тапсырмалары",
    "мұғалімге арналған кітап",
    "сабақтың мақсаттары",
    "оқушыларға",
    "Кембридж",
    "багалау",  # Russian keyboard
    "bağalau",  # Latin script
    "бағалу",  # a typo
    "динозавр",  # nothing to find
]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="10000,50000", help="catalogue sizes, ascending (default 10000,50000)")
    parser.add_argument("--repeats", type=int, default=15, help="timed runs of each query (15)")
    parser.add_argument("--cap", type=float, default=60, help="stop a search after this many seconds (60)")
    parser.add_argument("--database", choices=["sqlite", "postgres", "all"], default="all")
    parser.add_argument("--worker", help=argparse.SUPPRESS)
    args = parser.parse_args()
    sizes = sorted(int(size) for size in args.sizes.split(",") if size)
    if args.worker:
        print(json.dumps(run_worker(args.worker, sizes, args.repeats, args.cap)))
        return

    targets = []
    if args.database in ("sqlite", "all"):
        targets.append(("SQLite", None))
    if args.database in ("postgres", "all") and os.environ.get("DATABASE_URL", "").startswith("postgres"):
        targets.append(("PostgreSQL", os.environ["DATABASE_URL"]))
    for label, url in targets:
        print(f"{label}: evaluation set, then {', '.join(f'{size:,}' for size in sizes)} records …", flush=True)
        with temporary_database(url) as worker_url:
            command = [sys.executable, __file__, "--worker", worker_url, "--sizes", ",".join(map(str, sizes))]
            command += ["--repeats", str(args.repeats), "--cap", str(args.cap)]
            environment = {**os.environ, "DJANGO_SETTINGS_MODULE": "cabinet_site.settings.test"}
            output = subprocess.run(command, capture_output=True, text=True, env=environment, cwd=ROOT)
            if output.returncode:
                sys.exit(f"The {label} measurements failed:\n{output.stderr}")
            print_report(label, json.loads(output.stdout.strip().splitlines()[-1]))


def print_report(label, result):
    print()
    print(f"{label} — quality on the evaluation set ({result['queries']} queries, {result['records']} records)")
    print(f"{'search':<44} {'recall@10':>10} {'MRR':>8}")
    for name, scores in result["quality"].items():
        print(f"{name:<44} {scores['recall']:>10.2f} {scores['mrr']:>8.2f}")
    print()
    print(
        f"{label} — latency of one search (first 10 hits), p50 over {result['repeats']} runs per query "
        f"(one run for a search slower than 1 s; a search stopped at the cap shows as >cap)"
    )
    columns = [name for name in COLUMNS if name in result["latency"][0]]
    baselines = [name for name in columns if name != "project"]
    header = f"{'records':>8}  {'query':<30} " + " ".join(f"{COLUMN_TITLES[name]:>10}" for name in columns)
    header += " " + " ".join(f"{'÷ ' + COLUMN_TITLES[name]:>12}" for name in baselines)
    print(header)
    print("-" * len(header))
    for size in result["latency"]:
        for row in [*size["rows"], {**size, "query": "all queries (sum of p50s)"}]:
            print(
                f"{size['records']:>8,}  {row['query']:<30} "
                + " ".join(f"{timed(row, name):>10}" for name in columns)
                + " "
                + " ".join(f"{ratio(row, name):>12}" for name in baselines)
            )
    for note in result["notes"]:
        print(f"  {note}")
    print()


def timed(row, name):
    """A p50 as milliseconds; "> cap" for a search stopped at the cap."""
    return f">{ms(row[name])}" if row[f"{name}_capped"] else ms(row[name])


def ratio(row, baseline):
    """project ÷ baseline; a bound when either was stopped at the cap."""
    value = f"{row['project'] / row[baseline]:.2f}×"
    if row[f"{baseline}_capped"] and not row["project_capped"]:
        return f"<{value}"
    if row["project_capped"] and not row[f"{baseline}_capped"]:
        return f">{value}"
    return value


# The worker --------------------------------------------------------------------------------------


def run_worker(database_url, sizes, repeats, cap):
    os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import connection
    from django.utils.module_loading import import_string
    from wagtail.search.backends import get_search_backend

    from benchmarks.seeding import make_site
    from benchmarks.seeding import seed_records as seed
    from resources.models import ResourceIndexPage, ResourcePage
    from search import vocabulary
    from search.evaluation import QUERIES, RESOURCES, evaluate, load_records
    from search.query import run_search

    call_command("migrate", verbosity=0)
    catalogue = make_site()
    project = get_search_backend()
    plain = import_string(f"{PLAIN_BACKEND}.SearchBackend")({})
    notes = [f"backends: project {type(project).__name__}, plain {type(plain).__name__}"]

    evaluation = catalogue.get_parent().add_child(instance=ResourceIndexPage(title="Бағалау жинағы", slug="eval"))
    pks = load_records(evaluation)
    records = ResourcePage.objects.live().child_of(evaluation)
    quality = {}
    reindex(plain, records)
    quality["plain Wagtail database search"] = scores(evaluate(lambda q: pks_of(plain.search(q, records)), pks))
    quality["plain, operator='or'"] = scores(evaluate(lambda q: pks_of(plain.search(q, records, operator="or")), pks))
    reindex(project, records)
    vocabulary.forget()
    result = evaluate(lambda q: [page.pk for page in run_search(records, q, limit=10).results], pks)
    quality["the project's search"] = scores(result)
    if result.misses:
        notes.append(f"missed by the project's search: {result.misses}")

    searches = {
        "plain": lambda q, queryset: pks_of(plain.search(q, queryset)[:10]),
        "project": lambda q, queryset: [page.pk for page in run_search(queryset, q, limit=10).results],
    }
    latency = []
    seeded = 0
    rng = random.Random(2024)
    for size in sizes:
        seed(catalogue, seeded, size, rng)
        seeded = size
        catalogue_records = ResourcePage.objects.live().child_of(catalogue)
        timing = {}
        for name, backend in (("plain", plain), ("project", project)):
            started = time.perf_counter()
            reindex(backend, catalogue_records)
            notes.append(
                f"{size:,} records: index built by the {name} backend in {time.perf_counter() - started:.1f} s"
            )
            vocabulary.forget()
            if name == "project":
                # A running site reads the index's words once per change of the index, not per search.
                started = time.perf_counter()
                vocabulary.vocabulary()
                notes.append(
                    f"{size:,} records: the vocabulary for corrections read in {time.perf_counter() - started:.2f} s"
                )
            timing[name] = time_queries(searches[name], catalogue_records, repeats, cap)
            if name == "plain" and connection.vendor == "postgresql":
                with document_index():
                    timing["plain_indexed"] = time_queries(searches[name], catalogue_records, repeats, cap)
        columns = [name for name in COLUMNS if name in timing]
        rows = [
            {
                "query": query,
                **{name: timing[name][query][0] for name in columns},
                **{f"{name}_capped": timing[name][query][1] for name in columns},
            }
            for query in LATENCY_QUERIES
        ]
        latency.append(
            {
                "records": size,
                "rows": rows,
                **{name: sum(row[name] for row in rows) for name in columns},
                **{f"{name}_capped": any(row[f"{name}_capped"] for row in rows) for name in columns},
            }
        )
    notes.append(f"database: {connection.vendor}")
    return {
        "quality": quality,
        "latency": latency,
        "notes": notes,
        "repeats": repeats,
        "queries": len(QUERIES),
        "records": len(RESOURCES),
    }


def reindex(backend, queryset):
    """Replace the whole search index with `queryset`'s records, indexed by `backend` (update_index does the same)."""
    backend.reset_indexes()
    from resources.models.pages import TAGS_AND_FILES

    ids = list(queryset.order_by("pk").values_list("pk", flat=True))
    model = queryset.model
    for batch in range(0, len(ids), 1000):
        objects = list(
            model.objects.filter(pk__in=ids[batch : batch + 1000])
            .select_related("resource_type")
            .prefetch_related("subjects", *TAGS_AND_FILES)
        )
        backend.add_bulk(model, objects)
    analyse_tables()


def analyse_tables():
    """The index table vacuumed and fresh planner statistics, as autovacuum keeps them on a running site.

    Wagtail writes each new entry twice (its title norm is set after the insert), so a freshly
    built index holds a dead row per entry until it is vacuumed (PostgreSQL only).
    """
    from django.db import connection

    from benchmarks.seeding import refresh_all_statistics

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("VACUUM wagtailsearch_indexentry")
    refresh_all_statistics()


@contextmanager
def document_index():
    """Plain search with a GIN index on the document it matches, `title || body`, which Wagtail's schema lacks.

    Wagtail indexes `title` and `body` apart, so plain search reads every entry for every query; with
    this index it finds the entries of a rare word from the index. The project's backend matches a
    stored column of its own (search/migrations/0004), so this measures plain search at its best.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute(f"CREATE INDEX {DOCUMENT_INDEX} ON wagtailsearch_indexentry USING gin ((title || body))")
    analyse_tables()
    try:
        yield
    finally:
        with connection.cursor() as cursor:
            cursor.execute(f"DROP INDEX {DOCUMENT_INDEX}")


def pks_of(results):
    return [page.pk for page in results]


def scores(result):
    return {"recall": result.recall, "mrr": result.mrr}


def time_queries(search, queryset, repeats, cap):
    """{query: (p50 seconds, capped)}: a search slower than `cap` seconds is stopped and counted as `cap`.

    A search that takes more than a second is timed once (its warm-up run) instead of `repeats`
    times: plain SQLite search at 50,000 records runs for minutes per query.
    """
    from django.db import OperationalError

    timings = {}
    for query in LATENCY_QUERIES:
        started = time.perf_counter()
        try:
            with time_limit(cap):
                search(query, queryset)  # warm up
        except OperationalError:  # stopped at the cap
            timings[query] = (cap, True)
            continue
        first = time.perf_counter() - started
        if first > 1:
            timings[query] = (first, False)
            continue
        durations = []
        for _run in range(repeats):
            started = time.perf_counter()
            search(query, queryset)
            durations.append(time.perf_counter() - started)
        timings[query] = (statistics.median(durations), False)
    return timings


@contextmanager
def time_limit(seconds):
    """Interrupt the database's work after `seconds` (OperationalError)."""
    from django.db import connection

    connection.ensure_connection()
    if connection.vendor == "sqlite":
        deadline = time.perf_counter() + seconds
        connection.connection.set_progress_handler(lambda: int(time.perf_counter() > deadline), 10_000)
        try:
            yield
        finally:
            connection.connection.set_progress_handler(None, 0)
    else:
        with connection.cursor() as cursor:
            cursor.execute("SET statement_timeout = %s", [int(seconds * 1000)])
        try:
            yield
        finally:
            with connection.cursor() as cursor:
                cursor.execute("SET statement_timeout = 0")


if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cabinet_site.settings.test")
    main()
