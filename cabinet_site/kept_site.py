"""Which Wagtail site and page a request is for, kept between requests.

Wagtail finds the site with a query on every request for a page (`Site.find_for_request`) and
the page with a few more (`Page.route_for_request`: the site's root in the request's language,
then a child per part of the path, then the page's own type), and keeps both on the request as
`request._wagtail_site` and `request._wagtail_route_for_request`. This middleware fills them from
kept copies instead (cabinet_site/fragment_cache.py), made stale at once when a site is saved or
deleted or a page published, unpublished, moved or deleted (cabinet_site/page_cache_signals.py).
Only pages found are kept, so requests for addresses that do not exist cannot fill the cache; who
may see a page is still checked on every request (Wagtail's `before_serve_page` hook).

It works in `process_view`: after CommonMiddleware has checked the Host header against
ALLOWED_HOSTS (only the site's own host names are kept), and after the page cache, so a page the
page cache answers costs nothing more.
"""

import hashlib

from django.http.request import split_domain_port
from django.utils.deprecation import MiddlewareMixin
from django.utils.translation import get_language
from wagtail.models import Page, Site
from wagtail.views import serve

from cabinet_site import fragment_cache


class KeptSiteMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not serve:  # other views (feeds, suggestions…) may not need the site at all
            return
        hostname = split_domain_port(request.get_host())[0]
        port = request.get_port()
        site = fragment_cache.remember(request, "site", [hostname, port], lambda: Site._find_for_request(request))
        request._wagtail_site = site
        if site is not None:
            path = view_args[0] if view_args else view_kwargs.get("path", "")
            parts = [site.pk, get_language(), hashlib.sha256(path.encode()).hexdigest()]
            request._wagtail_route_for_request = fragment_cache.remember(
                request, "route", parts, lambda: find_route(request, path), keep_none=False
            )


def find_route(request, path):
    """Wagtail's route to the live page at `path`, or None."""
    route = Page.route_for_request(request, path)
    if route is not None:
        _locale = route.page.locale  # read now, so that it is kept with the page: every page shows its language
    return route
