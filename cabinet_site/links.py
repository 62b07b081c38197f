"""Absolute addresses of the site in what leaves it: e-mails, calendar files, feeds.

A Wagtail Site keeps the host name it was created with, and a fresh installation's (or the demo
content's) is "localhost": a link built from it leads nowhere outside the server. Such a site is
reached through WAGTAILADMIN_BASE_URL, the address the deployment gives the site, instead — or,
while answering a request that came through a real host name, through that host.
"""

from urllib.parse import urlsplit

from django.conf import settings

LOOPBACK_HOSTS = {"localhost", "127.0.0.1", "::1", "[::1]", "0.0.0.0"}


def is_loopback(url):
    host = (urlsplit(url).hostname or "").lower()
    return host in LOOPBACK_HOSTS or host.endswith(".localhost")


def site_base_url(root_url="", request=None):
    """The origin ("https://host[:port]") links should use for a site with this root URL."""
    if root_url and not is_loopback(root_url):
        return root_url.rstrip("/")
    if request is not None:
        origin = f"{request.scheme}://{request.get_host()}"
        if not is_loopback(origin):
            return origin
    base = getattr(settings, "WAGTAILADMIN_BASE_URL", "") or root_url
    return base.rstrip("/")


def page_url(page, request=None):
    """The page's full address (empty for a page that has none, e.g. outside every site)."""
    parts = page.get_url_parts(request)
    if parts is None:
        return ""
    _site_id, root_url, path = parts
    return site_base_url(root_url, request) + path


def absolute(path, *, site=None, request=None):
    """A path of the site (a view's reverse()) made absolute, on `site` (a Wagtail Site) when given."""
    return site_base_url(site.root_url if site else "", request) + path
