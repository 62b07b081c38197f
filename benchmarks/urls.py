"""The site's URLs with one more: the trivial view every benchmark figure is divided by.

Only benchmarks/settings.py selects this module; real sites keep cabinet_site.urls.
"""

from django.http import HttpResponse
from django.urls import path

from cabinet_site.urls import handler404, handler500
from cabinet_site.urls import urlpatterns as site_urlpatterns

__all__ = ["handler404", "handler500", "urlpatterns"]


def trivial(request):
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [path("bench/trivial/", trivial, name="bench_trivial"), *site_urlpatterns]
