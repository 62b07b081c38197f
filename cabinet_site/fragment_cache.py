"""Pieces of pages kept between requests, for the requests the page cache does not answer.

The page cache (cabinet_site/page_cache.py) answers anonymous visitors' repeated requests
for the same address. Everything else is rendered: a logged-in teacher's or editor's page, a
page with a form, a catalogue search with a new combination of filters. Most of what such a
page shows is the same on every page of the site or of the language (the header with its
menu, the footer, the site's texts and settings) or the same for one page whatever the
address's query string (its breadcrumbs, its language switcher, its hreflang links), and it
costs about twenty queries. So it is kept: template fragments with Django's `{% cache %}` tag
(`fragment_seconds` and `cache_generation` come from the context processor), data with
`remember()`.

Everything kept is keyed by the page cache's generation, so whatever invalidates the page
cache (cabinet_site/page_cache_signals.py: a page published, a setting or a snippet saved…)
makes it stale at once. `FRAGMENT_CACHE_SECONDS` (0 turns this off) bounds what can go stale
with time alone, such as which events are still to come.
"""

from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.core.cache import cache

from cabinet_site.cache_generation import generation

KEY_PREFIX = "fragment-cache:"
MISSING = object()


def seconds(request):
    """How long fragments may be kept for this request: never for an editor's preview, which shows
    a draft (perhaps of a page not saved yet) that must neither be shown nor be kept."""
    if getattr(request, "is_preview", False):
        return 0
    return settings.FRAGMENT_CACHE_SECONDS


def sorted_query_string(request):
    """The address's query string with its parameters sorted: the same page for `?a=1&b=2` and `?b=2&a=1`."""
    return urlencode(sorted(parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)))


def remember(request, name, parts, compute, *, keep_none=True):
    """`compute()`, kept under `name` and `parts` (values with a stable str()) until the site changes.

    With keep_none=False a None is not kept, so lookups of what does not exist cannot fill the cache.
    """
    if seconds(request) <= 0:
        return compute()
    key = KEY_PREFIX + ":".join([name, generation(), *map(str, parts)])
    value = cache.get(key, MISSING)
    if value is MISSING:
        value = compute()
        if value is not None or keep_none:
            cache.set(key, value, seconds(request))
    return value
