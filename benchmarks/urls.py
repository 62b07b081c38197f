"""The site's URLs with one more: the trivial view every benchmark figure is divided by.

Only benchmarks/settings.py selects this module; real sites keep cabinet_site.urls.
"""

import random
from functools import cache

from django.http import HttpResponse
from django.urls import path

from cabinet_site.urls import handler404, handler500
from cabinet_site.urls import urlpatterns as site_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]


MAX_BYTES = 1_000_000


def trivial(request):
    """ "ok"; with ?bytes=N, N bytes: a yardstick for the cost of sending a large page itself."""
    try:
        size = min(max(int(request.GET.get("bytes", "")), 1), MAX_BYTES)
    except ValueError:
        return HttpResponse("ok", content_type="text/plain")
    return HttpResponse(incompressible(size), content_type="application/octet-stream")


@cache
def incompressible(size):
    """Bytes gzip cannot shrink, so the page cache keeps and sends all `size` of them."""
    return random.Random(size).randbytes(size)


urlpatterns = [path("bench/trivial/", trivial, name="bench_trivial"), *site_urlpatterns]
