"""The production settings as benchmarks/site.py serves them: the site's URLs plus a trivial view.

The environment still sets everything production reads (SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL…).
"""

import os

from cabinet_site.settings.production import *  # noqa: F403

ROOT_URLCONF = "benchmarks.urls"
STATIC_ROOT = BASE_DIR / "var" / "bench" / "static"  # noqa: F405
if "PAGE_CACHE_SECONDS" in os.environ:
    PAGE_CACHE_SECONDS = int(os.environ["PAGE_CACHE_SECONDS"])
# A shared cache (REDIS_URL) must not hand one run's pages or site root paths to the next.
CACHES["default"]["KEY_PREFIX"] = os.environ.get("BENCH_CACHE_PREFIX", "bench")  # noqa: F405
