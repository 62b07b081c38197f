"""Does the site keep serving when Redis or PostgreSQL fails, and under 64 connections? Run from the project folder:

    .venv/bin/python benchmarks/resilience.py                       # 300 records, 60 s per check, 64 connections
    .venv/bin/python benchmarks/resilience.py --duration 15 --connections 32

Everything runs on servers of its own, started and removed by the script: a PostgreSQL cluster
(initdb in a temporary folder, on a free port), a Redis server (free port, no persistence), and
gunicorn with the production settings. The shared servers on 5432 and 6379 are never touched.
Three checks, each under `wrk` load on a mix of public pages:

1. Redis is killed halfway: the pages must still be served (no answer but 2xx/3xx), and
   gunicorn's log must show the cache errors, logged rather than raised.
2. PostgreSQL restarts (`pg_ctl restart -m fast`) under load: requests that fail while it is
   down are counted (503 with Retry-After), then the site must recover by itself — same gunicorn.
3. The page cache on and Redis up, `--connections` for `--duration` seconds: zero errors.

See benchmarks/README.md.
"""

import argparse
import contextlib
import os
import pwd
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import django

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.site import (  # noqa: E402
    free_port,
    gunicorn,
    parse_wrk,
    production_environment,
    seed_site,
    wait_until_serving,
)

POSTGRES_BIN = Path("/usr/lib/postgresql/15/bin")
MIXED_LUA = Path(__file__).resolve().parent / "mixed.lua"
MIXED_PAGES = ("home page", "catalogue, q + 2 filters", "resource page", "event index", "news feed (RSS)")
# What django_redis logs (logger "django_redis") for each cache error it ignores.
CACHE_ERROR_MARK = "Exception ignored"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resources", type=int, default=300, help="catalogue records to seed (300)")
    parser.add_argument("--events", type=int, default=30, help="events to seed, each in kk, ru and en (30)")
    parser.add_argument("--news", type=int, default=30, help="news items to seed, each in kk, ru and en (30)")
    parser.add_argument("--duration", type=int, default=60, help="seconds of load in each check (60)")
    parser.add_argument("--connections", type=int, default=64, help="wrk's open connections (64)")
    parser.add_argument("--threads", type=int, default=2, help="wrk's threads (2)")
    parser.add_argument("--workers", type=int, default=2, help="gunicorn's worker processes (2)")
    parser.add_argument("--worker-threads", type=int, default=8, help="threads per gunicorn worker, gthread (8)")
    parser.add_argument("--cache-seconds", type=int, default=600, help="PAGE_CACHE_SECONDS, checks 1 and 3 (600)")
    args = parser.parse_args()
    for program in ("wrk", "redis-server"):
        if shutil.which(program) is None:
            sys.exit(f"{program} is not installed.")
    if not (POSTGRES_BIN / "initdb").exists():
        sys.exit(f"PostgreSQL 15's programs are not in {POSTGRES_BIN}.")

    with contextlib.ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="cabinet-resilience-")))
        postgres = stack.enter_context(private_postgres(work))
        redis = stack.enter_context(private_redis())
        environment = {
            **production_environment(postgres.url),
            "MEDIA_ROOT": str(work / "media"),
            "REDIS_URL": redis.url,
            "CONN_MAX_AGE": "60",
        }
        os.environ.update(environment)
        django.setup()
        progress(f"PostgreSQL on port {postgres.port}, Redis on port {redis.port}; seeding")
        _notes, urls = seed_site(args)
        paths = [urls[label] for label in MIXED_PAGES]
        print(
            f"PostgreSQL 15 and Redis of their own; {args.resources:,} records, {args.events:,} events, "
            f"{args.news:,} news items; gunicorn {args.workers} workers × {args.worker_threads} threads (gthread); "
            f"wrk -t{args.threads} -c{args.connections} --timeout 30s on: {', '.join(paths)}",
            flush=True,
        )
        failed = False
        for check in (
            lambda: redis_down(args, environment, paths, redis, work),
            lambda: postgres_restart(args, environment, paths, postgres),
            lambda: steady_load(args, environment, paths),
        ):
            title, lines, passed = check()
            print(f"\n{title}: {'PASSED' if passed else 'FAILED'}", flush=True)
            for line in lines:
                print(f"  {line}", flush=True)
            failed = failed or not passed
    sys.exit(1 if failed else 0)


def progress(message):
    from benchmarks.seeding import progress as show

    show(message)


# The checks ---------------------------------------------------------------------------------------


def redis_down(args, environment, paths, redis, work):
    """Redis killed halfway through the load: pages still served, cache errors in the log."""
    log_path = work / "gunicorn-redis.log"
    with open(log_path, "w") as log, serve(args, environment, paths, "PAGE_CACHE_SECONDS", log) as base:
        half = max(args.duration // 2, 2)
        progress(f"1. Redis up: {half} s of load")
        before = run_wrk(args, base, paths, half)
        progress(f"1. Redis killed 2 s into {half} s more of load")
        killer = threading.Timer(2, redis.kill)
        killer.start()
        try:
            after = run_wrk(args, base, paths, half)
        finally:
            killer.cancel()
        served_after = http_status(base + paths[0])
    logged = log_path.read_text().count(CACHE_ERROR_MARK)
    tracebacks_raised = log_path.read_text().count("Internal Server Error")
    lines = [
        f"Redis up:     {before['rps']:,.1f} req/s, {before['requests']:,} requests, {failures(before)}",
        f"Redis killed: {after['rps']:,.1f} req/s, {after['requests']:,} requests, {failures(after)}",
        f"after the load, with Redis still down, {paths[0]} answered {served_after}",
        f"cache errors logged by django_redis: {logged:,}; 500s in gunicorn's log: {tracebacks_raised}",
    ]
    passed = not failed(before) and not failed(after) and served_after == 200 and logged > 0
    return "1. Redis down under load", lines, passed and not tracebacks_raised


def postgres_restart(args, environment, paths, postgres):
    """PostgreSQL restarted under load, uncached: errors while it is down, then recovery without help."""
    restart = {}
    with serve(args, {**environment, "REDIS_URL": ""}, paths, None) as base:
        progress(f"2. {args.duration} s of load without the page cache; PostgreSQL restarts after a third")
        timer = threading.Timer(args.duration / 3, postgres.restart, args=(restart,))
        timer.start()
        try:
            result = run_wrk(args, base, paths, args.duration)
        finally:
            timer.cancel()
            timer.join()
        served_after = http_status(base + paths[0])
    if "finished" not in restart:
        return "2. PostgreSQL restart under load", ["PostgreSQL was not restarted"], False
    outcome = recovery(result["seconds"], restart["started"], restart["finished"])
    lines = [
        f"{result['rps']:,.1f} req/s over {args.duration} s, {result['requests']:,} requests; "
        f"pg_ctl restart -m fast took {restart['finished'] - restart['started']:.1f} s",
        f"before the restart: {outcome['before']:,} answers not 2xx/3xx",
        f"during the restart: {outcome['during']:,} answers not 2xx/3xx (the 503 page while it is down)",
        f"recovered within {outcome['recovery_seconds']:.0f} s after the restart began "
        "(the first second of load, once PostgreSQL was back, with only pages answered)"
        if outcome["recovered"]
        else "NOT recovered: no second of load after the restart answered only pages",
        f"after recovery: {outcome['after']:,} answers not 2xx/3xx of {outcome['after_pages'] + outcome['after']:,}; "
        f"socket errors in the whole run: {result['errors']:,}; then {paths[0]} answered {served_after}, "
        "in the same gunicorn",
    ]
    passed = outcome["recovered"] and not (outcome["before"] or outcome["after"] or result["errors"])
    return "2. PostgreSQL restart under load", lines, passed and served_after == 200


def steady_load(args, environment, paths):
    """The page cache on, Redis up: the whole duration at full connections, no error at all."""
    with serve(args, environment, paths, "PAGE_CACHE_SECONDS") as base:
        progress(f"3. {args.duration} s of load, {args.connections} connections")
        result = run_wrk(args, base, paths, args.duration)
    lines = [
        f"{result['rps']:,.1f} req/s, {result['requests']:,} requests in {args.duration} s; "
        f"p50 {result['p50'] * 1000:,.1f} ms, p99 {result['p99'] * 1000:,.1f} ms; {failures(result)}"
    ]
    return f"3. {args.connections} connections for {args.duration} s", lines, not failed(result)


def recovery(seconds, restart_started, restart_finished):
    """Answers that were not pages before, during and after a restart, from wrk's answers per second.

    `seconds` maps a second of the clock to (pages, others). The site has recovered in the first
    second, once the restart is over, with pages answered and nothing else; every later second
    counts as "after".
    """
    started, finished = int(restart_started), int(restart_finished)
    recovered_at = next(
        (second for second, (pages, others) in sorted(seconds.items()) if second > finished and pages and not others),
        None,
    )
    end = recovered_at if recovered_at is not None else max(seconds, default=started) + 1
    return {
        "before": sum(others for second, (_pages, others) in seconds.items() if second < started),
        "during": sum(others for second, (_pages, others) in seconds.items() if started <= second < end),
        "recovered": recovered_at is not None,
        "recovery_seconds": recovered_at + 1 - restart_started if recovered_at is not None else None,
        "after": sum(others for second, (_pages, others) in seconds.items() if second > end),
        "after_pages": sum(pages for second, (pages, _others) in seconds.items() if second > end),
    }


def failure_count(result):
    return result["non_2xx"] + result["errors"]


def failed(result):
    return failure_count(result) > 0 or result["requests"] == 0


def failures(result):
    return f"{result['non_2xx']:,} answers not 2xx/3xx, {result['errors']:,} socket errors"


# Servers and load ---------------------------------------------------------------------------------


@contextlib.contextmanager
def serve(args, environment, paths, page_cache, log=None):
    """gunicorn (gthread) with the page cache on or off, warmed up on every path; yields its base URL."""
    cache_seconds = args.cache_seconds if page_cache else 0
    options = ["--worker-class", "gthread", "--threads", str(args.worker_threads)]
    environment = {**environment, "PAGE_CACHE_SECONDS": str(cache_seconds)}
    with gunicorn(environment, args.workers, options, log) as (server, base):
        try:
            wait_until_serving(base + paths[0], server)
        except SystemExit:
            if log is not None:  # its folder is removed on the way out
                log.flush()
                sys.stderr.write(Path(log.name).read_text()[-3000:])
            raise
        for path in paths:
            for _request in range(2 * args.workers):
                http_status(base + path)
        yield base


def run_wrk(args, base, paths, seconds):
    command = ["wrk", "-t", str(args.threads), "-c", str(args.connections), "-d", f"{seconds}s", "--latency"]
    command += ["--timeout", "30s", "-s", str(MIXED_LUA), base + paths[0], "--", *paths]
    output = subprocess.run(command, capture_output=True, text=True, timeout=seconds + 60, check=True)
    return {**parse_wrk(output.stdout), "seconds": answers_per_second(output.stdout)}


def answers_per_second(output):
    """{second of the clock: (pages, other answers)} from mixed.lua's lines."""
    found = re.findall(r"^bench-second (\d+) (\d+) (\d+)$", output, re.MULTILINE)
    return {int(second): (int(pages), int(others)) for second, pages, others in found}


def http_status(url):
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code
    except OSError as error:
        return f"no answer ({error})"


class PrivatePostgres:
    def __init__(self, folder):
        self.port = free_port()
        self.data = folder / "data"
        self.socket_dir = folder
        self.url = f"postgres://postgres@127.0.0.1:{self.port}/cabinet"

    def run(self, program, *arguments, **options):
        # initdb and the server refuse to run as root.
        as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        command = [*as_postgres, str(POSTGRES_BIN / program), *arguments]
        return subprocess.run(command, check=True, capture_output=True, text=True, **options)

    def ctl(self, action, *arguments):
        server_options = f"-p {self.port} -k {self.socket_dir} -c listen_addresses=127.0.0.1 -c fsync=off"
        return self.run(
            "pg_ctl",
            "-D",
            str(self.data),
            "-o",
            server_options,
            "-l",
            str(self.socket_dir / "pg.log"),
            "-w",
            action,
            *arguments,
        )

    def restart(self, times):
        # The clock's time: wrk's answers are counted per second of it.
        times["started"] = time.time()
        self.ctl("restart", "-m", "fast")
        times["finished"] = time.time()


@contextlib.contextmanager
def private_postgres(work):
    folder = work / "postgres"
    folder.mkdir()
    if os.geteuid() == 0:
        account = pwd.getpwnam("postgres")
        os.chown(work, account.pw_uid, account.pw_gid)
        os.chown(folder, account.pw_uid, account.pw_gid)
    postgres = PrivatePostgres(folder)
    postgres.run("initdb", "-D", str(postgres.data), "-A", "trust", "-U", "postgres", "--no-sync", "-E", "UTF8")
    postgres.ctl("start")
    try:
        postgres.run("createdb", "-h", "127.0.0.1", "-p", str(postgres.port), "-U", "postgres", "cabinet")
        yield postgres
    finally:
        from django.db import connections

        connections.close_all()
        postgres.ctl("stop", "-m", "immediate")


class PrivateRedis:
    def __init__(self):
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"]
            + ["--daemonize", "no"],
            stdout=subprocess.DEVNULL,
        )

    def wait_until_ready(self, seconds=10):
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline:
            with contextlib.suppress(OSError), socket.create_connection(("127.0.0.1", self.port), timeout=1) as s:
                s.sendall(b"PING\r\n")
                if s.recv(16).startswith(b"+PONG"):
                    return
            time.sleep(0.1)
        raise RuntimeError(f"redis-server did not answer on port {self.port}")

    def kill(self):
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()


@contextlib.contextmanager
def private_redis():
    redis = PrivateRedis()
    try:
        redis.wait_until_ready()
        yield redis
    finally:
        redis.kill()


if __name__ == "__main__":
    main()
