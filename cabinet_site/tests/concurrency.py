"""Several requests' work at the same moment, each thread with its own database connection."""

import threading

from django.db import connection


def at_once(count, work):
    """Call `work(number)` for number in range(count), in threads released together; wait for all."""
    barrier = threading.Barrier(count)

    def run(number):
        try:
            barrier.wait()
            work(number)
        finally:
            connection.close()

    threads = [threading.Thread(target=run, args=(number,)) for number in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
