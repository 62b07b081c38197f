"""Where an uncached page spends its time: cProfile of pages of the site that benchmarks/site.py seeded.

    .venv/bin/python benchmarks/profile_pages.py                       # the benchmark's pages
    .venv/bin/python benchmarks/profile_pages.py /kk/ /kk/is-sharalar/  # chosen addresses
    .venv/bin/python benchmarks/profile_pages.py --sort tottime --lines 40

It opens a copy of the database the last `site.py` run seeded (`var/bench/seeded.sqlite3`), with
the production settings and the page cache off, requests each address once to warm the
process up, then `--repeat` times under cProfile, and prints the time per request, the queries
per request and the functions that took the most time.
"""

import argparse
import cProfile
import io
import json
import os
import pstats
import secrets
import shutil
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH_DIR = ROOT / "var" / "bench"
SNAPSHOT = BENCH_DIR / "seeded.sqlite3"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("urls", nargs="*", help="addresses to profile (default: the benchmark's)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--sort", default="cumulative", help="pstats sort key (cumulative, tottime…)")
    parser.add_argument("--lines", type=int, default=30)
    parser.add_argument("--queries", type=int, default=0, help="also print the N slowest queries of one request")
    parser.add_argument("--sql-chars", type=int, default=300, help="how much of each slow query to print")
    args = parser.parse_args()
    if not SNAPSHOT.exists():
        sys.exit("No seeded database: run benchmarks/site.py first (it keeps var/bench/seeded.sqlite3).")
    database = BENCH_DIR / "profile.sqlite3"
    shutil.copyfile(SNAPSHOT, database)
    os.environ.update(
        {
            "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
            "DATABASE_URL": f"sqlite:///{database}",
            "MEDIA_ROOT": str(BENCH_DIR / "media"),
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "testserver",
            "DEBUG": "false",
            "SECURE_COOKIES": "false",
            "SECURE_SSL_REDIRECT": "false",
            "PAGE_CACHE_SECONDS": "0",
        }
    )
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    urls = args.urls or list(json.loads(SNAPSHOT.with_suffix(".json").read_text())["urls"].values())
    client = Client()
    for url in urls:
        response = client.get(url)
        if response.status_code != 200:
            print(f"{url}: answered {response.status_code}, left out")
            continue
        profiler = cProfile.Profile()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            profiler.enable()
            for _ in range(args.repeat):
                client.get(url)
            profiler.disable()
            elapsed = (time.perf_counter() - started) / args.repeat
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(args.sort).print_stats(args.lines)
        print(f"\n=== {url}: {elapsed * 1000:.1f} ms per request, {len(queries) // args.repeat} queries")
        print(out.getvalue())
        if args.queries:
            with CaptureQueriesContext(connection) as one:
                client.get(url)
            slowest = sorted(one.captured_queries, key=lambda q: -float(q["time"]))[: args.queries]
            total = sum(float(q["time"]) for q in one.captured_queries)
            print(f"{len(one)} queries, {total * 1000:.1f} ms in the database; the slowest:")
            for query in slowest:
                print(f"  {float(query['time']) * 1000:7.1f} ms  {query['sql'][: args.sql_chars]}")


if __name__ == "__main__":
    main()
