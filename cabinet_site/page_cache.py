"""A cache of the public pages and feeds as anonymous visitors get them (docs/deployment.md, "Page cache").

A copy is kept per address (scheme, host, path, sorted query string), language and low-vision
mode, and only for responses that are the same for every visitor: a GET without a session or
messages cookie, answered 200, not streamed, that sets no cookie (a page showing a form uses
the CSRF token, so its response sets the CSRF cookie and is never kept) and does not forbid
caching. Every copy carries the cache's generation (cabinet_site/cache_generation.py);
`invalidate()` starts a new generation, so one change of anything shown on the site makes every
kept copy stale at once (cabinet_site/page_cache_signals.py says when).

One `get_many` reads the generation and the copy together, so a hit costs one cache round trip
and no database query; a miss adds one `set`.

A copy of more than a few hundred bytes is also kept gzipped, compressed once when it is kept, and
sent so to every visitor whose browser or calendar app accepts gzip (they all do): a 190 KB
calendar feed goes out as a tenth of that, with no compression per request. A kept copy never
holds anything secret (no CSRF token, nothing of one visitor's), so compressing it gives BREACH
nothing to read.
"""

import gzip
import hashlib
import re

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re, patch_cache_control, patch_vary_headers, set_response_etag
from django.utils.deprecation import MiddlewareMixin
from django.utils.http import http_date
from django.utils.translation import get_language

from cabinet_site.cache_generation import GENERATION_KEY
from cabinet_site.cache_generation import generation as current_generation
from cabinet_site.fragment_cache import sorted_query_string
from cabinet_site.views import LOW_VISION_COOKIE

# ":2:" since kept copies carry their gzipped body: copies kept by an older release are not read.
KEY_PREFIX = "page-cache:page:2:"
# The admin (with its previews) and document downloads, as mounted in cabinet_site/urls.py.
EXEMPT_PATH_PREFIXES = ("/admin/", "/documents/")
# What a kept copy may vary on: the key holds the language and the low-vision cookie, a visitor
# with a session never gets a kept copy, and the compressed copy goes to those who accept gzip.
KEYED_VARY_HEADERS = {"cookie", "accept-language", "accept-encoding"}
UNCACHEABLE_DIRECTIVES = {"private", "no-store", "no-cache"}
# Smaller bodies gain nothing from gzip (Django's GZipMiddleware draws the same line).
MIN_COMPRESSED_LENGTH = 200
ACCEPTS_GZIP = re.compile(r"\bgzip\b")


def page_cache_exempt(view_func):
    """Mark a view whose responses are never kept (a secret address, a side effect per request)."""
    view_func.page_cache_exempt = True
    return view_func


def negotiates_format(view_func):
    """Django REST framework views (the API) answer in the format the Accept header asks for."""
    view_class = getattr(view_func, "cls", None)
    return view_class is not None and hasattr(view_class, "renderer_classes")


def cache_key(request, view_func):
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        sorted_query_string(request),
        get_language() or "",
        request.COOKIES.get(LOW_VISION_COOKIE, ""),
    ]
    if negotiates_format(view_func):
        parts.append(request.headers.get("Accept", ""))
    return KEY_PREFIX + hashlib.sha256("\n".join(parts).encode()).hexdigest()


def may_use_cache(request, view_func):
    """Whether this request is an anonymous visitor's read of something not exempt."""
    return (
        settings.PAGE_CACHE_SECONDS > 0
        and request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
        and "authorization" not in request.headers
        and not request.path_info.startswith(EXEMPT_PATH_PREFIXES)
        and not getattr(view_func, "page_cache_exempt", False)
    )


def same_for_everyone(request, response, keyed_vary):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies or getattr(request, "is_preview", False):
        return False
    directives = {d.split("=", 1)[0].strip().lower() for d in cc_delim_re.split(response.get("Cache-Control", ""))}
    if directives & UNCACHEABLE_DIRECTIVES:
        return False
    vary = {h.strip().lower() for h in cc_delim_re.split(response.get("Vary", "")) if h.strip()}
    return vary <= keyed_vary


class PageCacheMiddleware(MiddlewareMixin):
    """Serve kept copies from process_view (after the URL is resolved, so views can be exempt) and
    keep new ones in process_response, placed above the session, CSRF and message middleware so that
    every cookie they set is seen."""

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not may_use_cache(request, view_func):
            return None
        key = cache_key(request, view_func)
        found = cache.get_many([GENERATION_KEY, key])
        generation = found.get(GENERATION_KEY) or current_generation()
        kept = found.get(key)
        if kept is not None and kept[0] == generation:
            _generation, status, headers, content, gzipped = kept
            send_gzipped = gzipped and accepts_gzip(request)
            body = gzip.decompress(content) if gzipped and not send_gzipped else content
            response = HttpResponse(body, status=status, headers=headers)
            if send_gzipped:
                mark_compressed(response)
            response["X-Cache"] = "hit"
            return response
        keyed_vary = KEYED_VARY_HEADERS | ({"accept"} if negotiates_format(view_func) else set())
        request.page_cache_entry = (key, generation, keyed_vary)
        return None

    def process_response(self, request, response):
        entry = getattr(request, "page_cache_entry", None)
        if entry is None:
            return response
        key, generation, keyed_vary = entry
        if not same_for_everyone(request, response, keyed_vary):
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        if not response.has_header("Last-Modified"):
            response["Last-Modified"] = http_date()
        if not response.has_header("Cache-Control"):
            # Browsers keep the copy but ask each time; an unchanged page costs a 304.
            patch_cache_control(response, no_cache=True)
        patch_vary_headers(response, ("Cookie",))
        gzipped = compressed(response)
        if gzipped is not None:
            patch_vary_headers(response, ("Accept-Encoding",))
        body = response.content if gzipped is None else gzipped
        kept = (generation, response.status_code, dict(response.headers), body, gzipped is not None)
        cache.set(key, kept, settings.PAGE_CACHE_SECONDS)
        if gzipped is not None and accepts_gzip(request):
            response.content = gzipped
            mark_compressed(response)
        response["X-Cache"] = "miss"
        return response


def accepts_gzip(request):
    return bool(ACCEPTS_GZIP.search(request.headers.get("Accept-Encoding", "")))


def compressed(response):
    """The body gzipped, when that is worth it (a body not yet encoded, and smaller so).

    Only the gzipped body is kept: the cache holds several times more pages in the same memory, and
    the rare client that does not accept gzip costs a decompression.
    """
    content = response.content
    if len(content) < MIN_COMPRESSED_LENGTH or response.has_header("Content-Encoding"):
        return None
    gzipped = gzip.compress(content, compresslevel=6, mtime=0)
    return gzipped if len(gzipped) < len(content) else None


def mark_compressed(response):
    """Headers of a response whose content is now its gzipped body."""
    response["Content-Length"] = str(len(response.content))
    response["Content-Encoding"] = "gzip"
    etag = response.get("ETag", "")
    if etag.startswith('"'):  # the same page in other bytes: a weak validator (RFC 9110, 8.8.1)
        response["ETag"] = "W/" + etag
