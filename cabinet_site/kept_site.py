"""Which Wagtail site a request is for, kept between requests.

Wagtail finds it with a query on every request for a page (`Site.find_for_request`) and keeps the answer on
the request as `request._wagtail_site`; this middleware fills that from a kept copy instead
(cabinet_site/fragment_cache.py), made stale at once when a site is saved or deleted
(cabinet_site/page_cache_signals.py). It works in `process_view`: after CommonMiddleware has
checked the Host header against ALLOWED_HOSTS (only the site's own host names are kept), and
after the page cache, so a page the page cache answers costs nothing more.
"""

from django.http.request import split_domain_port
from django.utils.deprecation import MiddlewareMixin
from wagtail.models import Site
from wagtail.views import serve

from cabinet_site import fragment_cache


class KeptSiteMiddleware(MiddlewareMixin):
    def process_view(self, request, view_func, view_args, view_kwargs):
        if view_func is not serve:  # other views (feeds, suggestions…) may not need the site at all
            return
        hostname = split_domain_port(request.get_host())[0]
        port = request.get_port()
        request._wagtail_site = fragment_cache.remember(
            request, "site", [hostname, port], lambda: Site._find_for_request(request)
        )
