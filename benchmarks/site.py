"""How fast is the whole site under load, served as in production? Run from the project folder:

    .venv/bin/python benchmarks/site.py                  # 10,000 records, 1,000 events, 1,000 news; SQLite
    .venv/bin/python benchmarks/site.py --database postgres://postgres@127.0.0.1:5432/cabinet
    .venv/bin/python benchmarks/site.py --resources 300 --events 30 --news 30 --duration 3 --import-rows 200

It seeds a realistic site in a database of its own (the demo content in kk/ru/en, then records with
tags, subjects and a file's extracted text, events and news in three languages), collects the static
files, and serves it with gunicorn and the production settings on 127.0.0.1. `wrk` loads each page
for a fixed time with nothing kept, then with the page cache off (PAGE_CACHE_SECONDS=0) but kept
fragments on, then with both on (after a warm-up);
every figure is printed beside a trivial Django view served by the same gunicorn in the same run.
Then the workers' peak memory, and the time and peak memory of a catalogue import. See
benchmarks/README.md.
"""

import argparse
import concurrent.futures
import contextlib
import io
import json
import os
import re
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlencode

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.catalogue import QUERY, temporary_database  # noqa: E402

BENCH_DIR = ROOT / "var" / "bench"
SNAPSHOT = BENCH_DIR / "seeded.sqlite3"
LUA_SCRIPT = Path(__file__).resolve().parent / "percentiles.lua"
TRIVIAL = "trivial view"
# Loaded with a new filter combination on every request (percentiles.lua's "vary"): what a teacher
# who turns filters on and off costs, whatever is kept. It has no target.
NEW_FILTERS = "catalogue, new filters"
# The trivial view answering as many bytes as the largest page: what sending that much costs by itself.
SAME_SIZE = "trivial view, largest body"
# An upcoming event's page carries its registration form, whose CSRF token is each visitor's own: it is
# never kept (forms bypass the page cache), so the cached target does not apply to it.
EVENT_PAGE = "event page, with form"
# (page, the share of the trivial view's requests per second it should reach) — None: no target.
# (mode, page cache on, kept fragments on): "from scratch" keeps nothing in the cache (a process still
# keeps what it reads once, such as the catalogue's facet index); "uncached" is every request the page
# cache does not answer (a logged-in user, a form), which still reuses the kept header, footer, home
# page sections and per-address listings (cabinet_site/fragment_cache.py).
MODES = (("from scratch", False, False), ("uncached", False, True), ("cached", True, True))
TARGETS = {
    "from scratch": None,
    "uncached": {"home page": 0.05, "catalogue, q + 2 filters": 0.05, "event index": 0.05},
    "cached": 0.8,
}


# What Firefox and Chrome send; calendar apps and feed readers ask for gzip too.
BROWSERS_ACCEPT_ENCODING = "gzip, deflate, br"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=10000, help="catalogue records to seed (10000)")
    parser.add_argument("--events", type=int, default=1000, help="events to seed, each in kk, ru and en (1000)")
    parser.add_argument("--news", type=int, default=1000, help="news items to seed, each in kk, ru and en (1000)")
    parser.add_argument("--duration", type=int, default=10, help="seconds of wrk per page and mode (10)")
    parser.add_argument("--connections", type=int, default=8, help="wrk's open connections (8)")
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn's worker processes (2)")
    parser.add_argument(
        "--cache-seconds", type=int, default=600, help="PAGE_CACHE_SECONDS and FRAGMENT_CACHE_SECONDS, when on (600)"
    )
    parser.add_argument("--import-rows", type=int, default=10000, help="rows of the timed import (10000; 0 skips)")
    parser.add_argument(
        "--accept-encoding",
        default=BROWSERS_ACCEPT_ENCODING,
        help=f'every request\'s Accept-Encoding ("{BROWSERS_ACCEPT_ENCODING}", as browsers send; "" sends none)',
    )
    parser.add_argument(
        "--reuse",
        action="store_true",
        help="SQLite only: start from the copy of the database the last run seeded with the same sizes",
    )
    parser.add_argument(
        "--database",
        help="a PostgreSQL URL: a fresh database is made beside the one it names, and dropped at the end "
        "(default: a new SQLite file, var/bench/site.sqlite3)",
    )
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        sys.exit("wrk is not installed: sudo apt-get install wrk")

    if args.database and not args.database.startswith("postgres"):
        sys.exit("--database takes a PostgreSQL URL (postgres://…); without it the benchmark uses SQLite.")
    sizes = {"resources": args.resources, "events": args.events, "news": args.news}
    seeded = read_snapshot(sizes) if args.reuse else None
    if args.reuse and (args.database or seeded is None):
        sys.exit("--reuse needs SQLite and a database seeded by an earlier run with the same sizes.")
    if seeded is None:
        # The seeded copy's files are in the media folder: both go.
        shutil.rmtree(BENCH_DIR / "media", ignore_errors=True)
        SNAPSHOT.unlink(missing_ok=True)
        SNAPSHOT.with_suffix(".json").unlink(missing_ok=True)
    (BENCH_DIR / "site.sqlite3").unlink(missing_ok=True)
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    if args.database:
        database = temporary_database(args.database)
    else:
        database = contextlib.nullcontext(f"sqlite:///{BENCH_DIR / 'site.sqlite3'}")
    with database as database_url:
        environment = production_environment(database_url)
        os.environ.update(environment)
        django.setup()
        if seeded:
            shutil.copyfile(SNAPSHOT, BENCH_DIR / "site.sqlite3")
            notes, urls = [f"reused the database seeded on {seeded['when']}"], seeded["urls"]
        else:
            notes, urls = seed_site(args)
            if not args.database:
                # The import and the page cache change the database: keep the seeded state for --reuse.
                shutil.copyfile(BENCH_DIR / "site.sqlite3", SNAPSHOT)
                info = {"sizes": sizes, "urls": urls, "when": time.strftime("%Y-%m-%d %H:%M")}
                SNAPSHOT.with_suffix(".json").write_text(json.dumps(info, ensure_ascii=False))
        results = {}
        for mode, page_seconds, fragment_seconds in MODES:
            kept = {
                "PAGE_CACHE_SECONDS": str(args.cache_seconds if page_seconds else 0),
                "FRAGMENT_CACHE_SECONDS": str(args.cache_seconds if fragment_seconds else 0),
            }
            results[mode] = measure(args, urls, {**environment, **kept}, mode)
        if args.import_rows:
            notes.append(time_import(args.import_rows, environment))
    print_report(args, database_url, urls, results, notes)


def read_snapshot(sizes):
    info = SNAPSHOT.with_suffix(".json")
    if not (SNAPSHOT.exists() and info.exists()):
        return None
    seeded = json.loads(info.read_text())
    return seeded if seeded["sizes"] == sizes else None


def production_environment(database_url):
    """What the production settings read, for a server on 127.0.0.1 without HTTPS in front."""
    return {
        "DJANGO_SETTINGS_MODULE": "benchmarks.settings",
        "DATABASE_URL": database_url,
        "MEDIA_ROOT": str(BENCH_DIR / "media"),
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DEBUG": "false",
        "SECURE_COOKIES": "false",
        "SECURE_SSL_REDIRECT": "false",
        "CONN_MAX_AGE": os.environ.get("CONN_MAX_AGE", "60"),
        "TASKS_BACKEND": "immediate",
        "BENCH_CACHE_PREFIX": f"bench-{uuid.uuid4().hex[:8]}",
    }


# Seeding ------------------------------------------------------------------------------------------


def seed_site(args):
    """Migrate, load the demo site, add the seeded records, events and news; return notes and the URLs."""
    import random

    from django.core.management import call_command
    from django.db import connections
    from wagtail.images import get_image_model

    from benchmarks.seeding import index_pages, progress, refresh_all_statistics, seed_events, seed_news, seed_records
    from events.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
    from resources.models import CabinetDocument, ResourceIndexPage, ResourcePage

    notes = []
    rng = random.Random(2024)

    def step(message, function, *arguments, **keywords):
        progress(message)
        started = time.perf_counter()
        result = function(*arguments, **keywords)
        return result, time.perf_counter() - started

    _none, seconds = step("migrating", call_command, "migrate", verbosity=0)
    notes.append(f"migrations: {seconds:.1f} s")
    _none, seconds = step(
        "loading the demo content (kk, ru, en)", call_command, "load_demo_content", stdout=io.StringIO()
    )
    notes.append(f"demo content: {seconds:.1f} s")

    catalogue = ResourceIndexPage.objects.get(locale__language_code="kk")
    documents = list(CabinetDocument.objects.exclude(file_size=None))
    records, seeding = step(
        f"seeding {args.resources:,} records", seed_records, catalogue, 0, args.resources, rng, documents
    )
    _none, indexing = step("indexing them", index_pages, ResourcePage, records)
    notes.append(per_item("records", args.resources, seeding, indexing))

    events = {page.locale.language_code: page for page in EventIndexPage.objects.select_related("locale")}
    events = {code: events[code] for code in ("kk", "ru", "en")}
    materials = rng.sample(records, min(len(records), 200))
    kk_events, seeding = step(
        f"seeding {args.events:,} events × 3 languages", seed_events, events, args.events, rng, materials
    )
    event_ids = EventPage.objects.filter(translation_key__in=[event.translation_key for event in kk_events])
    _none, indexing = step("indexing them", index_pages, EventPage, event_ids.values_list("pk", flat=True))
    notes.append(per_item("events (3 pages each)", args.events, seeding, indexing))

    news = {page.locale.language_code: page for page in NewsIndexPage.objects.select_related("locale")}
    news = {code: news[code] for code in ("kk", "ru", "en")}
    images = list(get_image_model().objects.filter(pk__in=NewsPage.objects.values("lead_image")))
    kk_news, seeding = step(
        f"seeding {args.news:,} news items × 3 languages", seed_news, news, args.news, rng, kk_events, images
    )
    news_ids = NewsPage.objects.filter(translation_key__in=[item.translation_key for item in kk_news])
    _none, indexing = step("indexing them", index_pages, NewsPage, news_ids.values_list("pk", flat=True))
    notes.append(per_item("news items (3 pages each)", args.news, seeding, indexing))

    _none, seconds = step("refreshing the planner statistics", refresh_all_statistics)
    notes.append(f"ANALYZE: {seconds:.1f} s")
    _none, seconds = step("collecting static files", call_command, "collectstatic", interactive=False, verbosity=0)
    notes.append(f"collectstatic: {seconds:.1f} s")
    urls = site_urls(catalogue, events["kk"], news["kk"], records)
    connections.close_all()
    return notes, urls


def per_item(what, count, seeding, indexing):
    each = (seeding + indexing) / count * 1000 if count else 0
    return f"{count:,} {what}: {seeding:.1f} s seeding + {indexing:.1f} s search index ({each:.1f} ms each)"


def site_urls(catalogue, events, news, records):
    from django.urls import reverse
    from django.utils import timezone, translation

    from events.models import EventPage
    from resources.models import ResourcePage

    record = ResourcePage.objects.get(pk=records[len(records) // 2]) if records else catalogue.get_children().first()
    upcoming = EventPage.objects.child_of(events).live().filter(start__gt=timezone.now(), registration_enabled=True)
    event = upcoming.order_by("start").first() or EventPage.objects.child_of(events).live().first()
    with translation.override("kk"):
        return {
            TRIVIAL: "/bench/trivial/",
            "home page": catalogue.get_parent().url,
            "catalogue, q + 2 filters": f"{catalogue.url}?{urlencode(QUERY)}",
            NEW_FILTERS: f"{catalogue.url}?{urlencode(QUERY)}",
            "resource page": record.url,
            "event index": events.url,
            EVENT_PAGE: event.url,
            "news index": news.url,
            "news feed (RSS)": reverse("news_feed_rss"),
            "iCal feed": reverse("events_calendar"),
        }


# Serving and loading ------------------------------------------------------------------------------


def measure(args, urls, environment, mode):
    """Serve the site with gunicorn, load every URL with wrk, and read the workers' peak memory."""
    from benchmarks.seeding import progress

    with gunicorn(environment, args.workers) as (server, base):
        progress(f"{mode}: gunicorn with {args.workers} workers on {base}")
        wait_until_serving(base + urls[TRIVIAL], server)
        sizes = {}
        for label, url in urls.items():
            for _request in range(2 * args.workers):  # every worker warms its caches
                sizes[label] = warm_up(base + url, label, args.accept_encoding)
        largest = max(sizes, key=sizes.get)
        rows = {}
        trivial_before = load(args, base + urls[TRIVIAL], f"{mode}: {TRIVIAL}")
        for label, url in urls.items():
            if label != TRIVIAL:
                rows[label] = load(args, base + url, f"{mode}: {label}", vary=label == NEW_FILTERS)
                drain(base + urls[TRIVIAL], args.workers)
        rows[SAME_SIZE] = load(args, f"{base}{urls[TRIVIAL]}?bytes={sizes[largest]}", f"{mode}: {SAME_SIZE}")
        # Measured before and after the pages, so a machine that got busier meanwhile weighs on both.
        trivial_after = load(args, base + urls[TRIVIAL], f"{mode}: {TRIVIAL} again")
        rows = {TRIVIAL: average(trivial_before, trivial_after), **rows}
        memory = [peak_memory_kb(pid) for pid in worker_pids(server.pid)]
    return {"rows": rows, "worker_peak_kb": [kb for kb in memory if kb], "largest": (largest, sizes[largest])}


@contextlib.contextmanager
def gunicorn(environment, workers, options=(), log=None):
    """The site served by gunicorn on a free port of 127.0.0.1: yields the process and its base URL.

    `log`, an open file, receives gunicorn's and Django's messages (stderr by default).
    """
    port = free_port()
    server = subprocess.Popen(
        [str(Path(sys.executable).with_name("gunicorn")), "cabinet_site.wsgi:application"]
        + ["--bind", f"127.0.0.1:{port}", "--workers", str(workers), "--timeout", "120"]
        + ["--log-level", "warning", *options],
        env=environment,
        cwd=ROOT,
        stderr=log,
    )
    try:
        yield server, f"http://127.0.0.1:{port}"
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_until_serving(url, server, seconds=120):
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            sys.exit(f"gunicorn stopped (exit code {server.returncode}); its messages are above.")
        try:
            with urllib.request.urlopen(url, timeout=30):
                return
        except urllib.error.HTTPError as error:
            sys.exit(f"{url} answered {error.code}, not 200; nothing was measured.")
        except OSError:  # not listening yet, or a worker still starting
            time.sleep(0.5)
    sys.exit(f"gunicorn did not answer {url} within {seconds} s.")


def warm_up(url, label, accept_encoding):
    """Request `url` once; the size of its body as sent."""
    headers = {"Accept-Encoding": accept_encoding} if accept_encoding else {}
    try:
        with urllib.request.urlopen(urllib.request.Request(url, headers=headers), timeout=120) as response:
            return len(response.read())
    except urllib.error.HTTPError as error:
        sys.exit(f"{label}: {url} answered {error.code}, not 200; nothing was measured.")


def drain(url, workers):
    """Wait for the requests wrk left queued when it stopped, so they do not count against the next URL.

    Connections are accepted in order: once these requests, queued behind wrk's, are answered,
    the workers have finished wrk's (all but at most one per worker).
    """
    with concurrent.futures.ThreadPoolExecutor(2 * workers) as pool:
        for _answer in pool.map(lambda _n: urllib.request.urlopen(url, timeout=600).read(), range(2 * workers)):
            pass


def load(args, url, label, vary=False):
    from benchmarks.seeding import progress

    progress(f"wrk {args.duration} s: {label}")
    command = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{args.duration}s"]
    command += ["--latency", "--timeout", "30s", "-s", str(LUA_SCRIPT), url]
    if args.accept_encoding:
        command[1:1] = ["-H", f"Accept-Encoding: {args.accept_encoding}"]
    if vary:
        command += ["--", "vary"]
    output = subprocess.run(command, capture_output=True, text=True, timeout=args.duration + 60, check=True)
    saved = BENCH_DIR / "wrk" / f"{re.sub(r'[^a-z0-9]+', '-', label.lower()).strip('-')}.txt"
    saved.parent.mkdir(exist_ok=True)
    saved.write_text(output.stdout)
    return parse_wrk(output.stdout)


def parse_wrk(output):
    """Requests per second, latency percentiles (seconds), and failures from wrk's output.

    The 95th percentile comes from percentiles.lua (wrk itself prints 50/75/90/99).
    """
    result = {"rps": float(re.search(r"^Requests/sec:\s+([\d.]+)", output, re.MULTILINE).group(1))}
    for percentile, value, unit in re.findall(r"^\s+(50|75|90|99)%\s+([\d.]+)(us|ms|s)\s*$", output, re.MULTILINE):
        result[f"p{percentile}"] = float(value) * {"us": 1e-6, "ms": 1e-3, "s": 1.0}[unit]
    for percentile, microseconds in re.findall(r"^bench-latency-p(\d+)-us (\d+)$", output, re.MULTILINE):
        result[f"p{percentile}"] = int(microseconds) / 1e6
    result["requests"] = int(re.search(r"^\s+(\d+) requests in", output, re.MULTILINE).group(1))
    failures = re.search(r"^\s+Non-2xx or 3xx responses: (\d+)", output, re.MULTILINE)
    result["non_2xx"] = int(failures.group(1)) if failures else 0
    errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output)
    result["errors"] = sum(int(count) for count in errors.groups()) if errors else 0
    return result


def average(first, second):
    return {key: (first[key] + second[key]) / 2 for key in first}


def worker_pids(master):
    """gunicorn's workers: the master's child processes."""
    children = Path(f"/proc/{master}/task/{master}/children")
    if children.exists():
        return [int(pid) for pid in children.read_text().split()]
    pids = []
    for status in Path("/proc").glob("[0-9]*/status"):
        try:
            if re.search(rf"^PPid:\s+{master}$", status.read_text(), re.MULTILINE):
                pids.append(int(status.parent.name))
        except OSError:
            continue
    return pids


def peak_memory_kb(pid):
    """The highest resident set size the process has had (VmHWM), in kB."""
    try:
        found = re.search(r"^VmHWM:\s+(\d+) kB", Path(f"/proc/{pid}/status").read_text(), re.MULTILINE)
    except OSError:
        return None
    return int(found.group(1)) if found else None


# The import ---------------------------------------------------------------------------------------


def time_import(rows, environment):
    """`manage.py import_catalogue` on a list of new records, in a process of its own: time and peak memory."""
    from benchmarks.seeding import progress, write_import_list

    path = BENCH_DIR / "import.csv"
    write_import_list(path, rows)
    progress(f"importing {rows:,} rows with import_catalogue")
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "manage.py", "import_catalogue", str(path)],
        env={**os.environ, **environment},
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    # The peak memory is read from /proc while the import runs: Linux reports, as a child's
    # ru_maxrss, at least the size of the process it was forked from — this one, which holds the
    # seeded site (about 340 MB) — whereas VmHWM belongs to the program the child runs.
    peak_kb = 0
    with concurrent.futures.ThreadPoolExecutor(1) as pool:
        reader = pool.submit(process.stdout.read)
        while process.poll() is None:
            peak_kb = max(peak_kb, peak_memory_kb(process.pid) or 0)
            time.sleep(0.1)
        output = reader.result()
    seconds = time.perf_counter() - started
    last_line = output.strip().splitlines()[-1] if output.strip() else ""
    if process.returncode:
        return f"import of {rows:,} rows FAILED (exit code {process.returncode}) after {seconds:.1f} s: {last_line}"
    return (
        f"import_catalogue, {rows:,} new rows: {seconds:.1f} s ({seconds / rows * 1000:.1f} ms per row), "
        f"peak memory {peak_kb / 1024:,.0f} MB — {last_line}"
    )


# The report ---------------------------------------------------------------------------------------


def print_report(args, database_url, urls, results, notes):
    database = "PostgreSQL" if database_url.startswith("postgres") else "SQLite"
    print()
    print(
        f"{database}; {args.resources:,} records, {args.events:,} events and {args.news:,} news items (× kk, ru, en); "
        f"gunicorn {args.workers} workers; wrk -t{args.threads} -c{args.connections} -d{args.duration}s; "
        f"Accept-Encoding: {args.accept_encoding or '(none)'}"
    )
    print("Ratios are to the trivial view in the same gunicorn: req/s as a share of its req/s (higher is better),")
    print("latency as a multiple of its latency (lower is better).")
    print()
    header = f"{'page':<26}"
    for mode in results:
        header += f" | {mode + ' req/s':>22} {'p50':>17} {'p95':>17}"
    print(header)
    print("-" * len(header))
    failures = []
    for label in [*urls, SAME_SIZE]:
        line = f"{label:<26}"
        for mode, result in results.items():
            row, trivial = result["rows"][label], result["rows"][TRIVIAL]
            if not row["requests"]:
                line += f" | {'no answer within ' + str(args.duration) + ' s':>58}"
                failures.append(f"{mode} {label}: no request finished within the {args.duration} s")
                continue
            share = row["rps"] / trivial["rps"]
            target = target_for(mode, label)
            mark = "" if target is None else (" ✓" if share >= target else " ✗")
            line += f" | {row['rps']:>8,.1f} {share:>6.2f}×{mark:<2}"
            line += f" {ms(row['p50']):>8} {row['p50'] / trivial['p50']:>6.1f}×"
            line += f" {ms(row['p95']):>8} {row['p95'] / trivial['p95']:>6.1f}×"
            if row["non_2xx"] or row["errors"]:
                failures.append(f"{mode} {label}: {row['non_2xx']:,.0f} non-2xx answers, {row['errors']:,.0f} errors")
        print(line)
    print()
    print(
        "Targets (✓ met, ✗ not): cached ≥ 0.80× the trivial view's req/s; uncached home page, catalogue and "
        "event index ≥ 0.05×. The event page with its registration form is never cached (a form bypasses the cache)."
    )
    cached = results.get("cached")
    if cached:
        label, size = cached["largest"]
        share = cached["rows"][label]["rps"] / cached["rows"][SAME_SIZE]["rps"]
        print(
            f"The largest body, the {label}'s, is {size / 1024:,.0f} KB as sent: cached, it is served at {share:.2f}× "
            f"the requests per second of the trivial view answering as many bytes ({SAME_SIZE})."
        )
    for mode, result in results.items():
        peaks = result["worker_peak_kb"]
        if peaks:
            print(
                f"Peak memory of a gunicorn worker ({mode}): {max(peaks) / 1024:,.0f} MB "
                f"(VmHWM of each: {', '.join(f'{kb / 1024:,.0f}' for kb in peaks)} MB)"
            )
    for failure in failures:
        print(f"WARNING {failure}: those figures are not comparable")
    for label, url in urls.items():
        notes.append(f"{label}: {url}")
    for note in notes:
        print(f"  {note}")


def target_for(mode, label):
    targets = TARGETS[mode]
    if label in (TRIVIAL, NEW_FILTERS, SAME_SIZE) or targets is None:
        return None
    if label == EVENT_PAGE and mode == "cached":
        return None
    return targets if not isinstance(targets, dict) else targets.get(label)


def ms(seconds):
    return f"{seconds * 1000:,.1f} ms"


if __name__ == "__main__":
    main()
