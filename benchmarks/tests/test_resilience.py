"""The pieces of benchmarks/resilience.py: wrk's answers per second, the recovery after a restart, Redis of its own."""

import socket
from pathlib import Path

import pytest

from benchmarks import resilience, site

DATA = Path(__file__).parent / "data"


def test_answers_per_second_add_up_to_wrk_totals():
    output = (DATA / "wrk-mixed.txt").read_text()  # one path in three was a 404
    seconds = resilience.answers_per_second(output)
    totals = site.parse_wrk(output)

    assert len(seconds) == 4
    assert sum(pages + others for pages, others in seconds.values()) == totals["requests"]
    assert sum(others for _pages, others in seconds.values()) == totals["non_2xx"] == 1144


def test_a_restart_splits_the_failures_into_before_during_and_after():
    seconds = {100: (50, 0), 101: (48, 0), 102: (10, 30), 103: (0, 40), 104: (5, 12), 105: (45, 0), 106: (52, 0)}

    outcome = resilience.recovery(seconds, restart_started=102.4, restart_finished=103.9)

    assert outcome["before"] == 0
    assert outcome["during"] == 82
    assert outcome["recovered"]
    assert outcome["recovery_seconds"] == pytest.approx(3.6)
    assert outcome["after"] == 0
    assert outcome["after_pages"] == 52


def test_failures_after_recovery_are_counted():
    seconds = {100: (50, 0), 101: (0, 40), 102: (30, 0), 103: (20, 3), 104: (40, 0)}

    outcome = resilience.recovery(seconds, restart_started=101.0, restart_finished=101.5)

    assert outcome["recovered"]
    assert outcome["during"] == 40
    assert outcome["after"] == 3


def test_no_clean_second_after_the_restart_is_no_recovery():
    seconds = {100: (50, 0), 101: (0, 40), 102: (0, 41), 103: (2, 3)}

    outcome = resilience.recovery(seconds, restart_started=101.0, restart_finished=101.5)

    assert not outcome["recovered"]
    assert outcome["during"] == 84


def test_a_private_redis_answers_until_it_is_killed():
    with resilience.private_redis() as redis:
        with socket.create_connection(("127.0.0.1", redis.port), timeout=2) as connection:
            connection.sendall(b"PING\r\n")
            assert connection.recv(16) == b"+PONG\r\n"
        redis.kill()
        with pytest.raises(OSError):
            socket.create_connection(("127.0.0.1", redis.port), timeout=2).close()
    assert redis.process.returncode is not None
