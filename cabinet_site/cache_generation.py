"""The generation of everything kept between requests: whole pages (cabinet_site/page_cache.py)
and fragments and chrome data (cabinet_site/fragment_cache.py).

Each kept thing carries or is keyed by the generation it was made in; `invalidate()` starts a
new one, so one change of anything shown on the site makes all of it stale at once
(cabinet_site/page_cache_signals.py says when).
"""

import uuid

from django.core.cache import cache

GENERATION_KEY = "page-cache:generation"


def invalidate():
    """Make everything kept stale: it all belongs to the previous generation."""
    cache.set(GENERATION_KEY, uuid.uuid4().hex, timeout=None)


def generation():
    """The current generation (a new one when the cache holds none)."""
    current = cache.get(GENERATION_KEY)
    if current is None:
        current = uuid.uuid4().hex
        if not cache.add(GENERATION_KEY, current, timeout=None):
            current = cache.get(GENERATION_KEY) or current
    return current
