"""The Content-Security-Policy header: a strict policy for the site, a nonce-based one for the admin.

The public templates have no inline script or style (JSON-LD is a data block, which CSP does not
run), so the site's policy allows scripts and styles from our own origin only.

Wagtail's admin still writes a few inline <script> elements: InlinePanel and MultipleChooserPanel,
the date and time pickers, the chooser widgets (page, image, document, snippet) and two of
wagtail-localize's pages. Every admin response therefore gets a fresh random nonce, named in the
admin's script-src and written on those elements (`{% csp_nonce %}`, the templates in
templates/wagtailadmin/ and templates/wagtail_localize/, and cabinet_site/chooser_nonce.py for the
choosers); any other inline script, an injected one included, is refused. Widget templates are
rendered without the request in their context, so the nonce lives in a context variable for the
duration of the request. An admin response is marked private, so that no cache keeps a nonce.

The admin keeps 'unsafe-inline' for styles only (Wagtail writes style attributes), and may be
framed by itself for the live preview.
"""

import secrets
from contextvars import ContextVar

from django.conf import settings
from django.utils.cache import patch_cache_control

EMBEDDED_MEDIA = "https:"  # videos from YouTube, Vimeo and the other oEmbed providers

SITE_POLICY = {
    "default-src": ["'self'"],
    "script-src": ["'self'"],
    "style-src": ["'self'"],
    "img-src": ["'self'", "data:"],
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "media-src": ["'self'"],
    "frame-src": ["'self'", EMBEDDED_MEDIA],
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
}

ADMIN_POLICY = {
    **SITE_POLICY,
    "script-src": ["'self'"],  # and the request's nonce
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],  # image previews, embed thumbnails
    "frame-ancestors": ["'self'"],
}

_request_nonce = ContextVar("csp_nonce", default="")


def current_nonce():
    """The nonce of the admin request being answered, or "" outside one."""
    return _request_nonce.get()


def header_value(policy):
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


def admin_header(nonce):
    return header_value({**ADMIN_POLICY, "script-src": [*ADMIN_POLICY["script-src"], f"'nonce-{nonce}'"]})


SITE_HEADER = header_value(SITE_POLICY)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        in_admin = request.path_info.startswith("/" + settings.ADMIN_PATH)
        nonce = secrets.token_urlsafe(18) if in_admin else ""
        token = _request_nonce.set(nonce)
        try:
            response = self.get_response(request)
        finally:
            _request_nonce.reset(token)
        if settings.DEBUG and response.status_code in (404, 500):
            return response  # Django's debug pages are made of inline scripts and styles
        if "Content-Security-Policy" not in response:
            response["Content-Security-Policy"] = admin_header(nonce) if in_admin else SITE_HEADER
        if in_admin:
            patch_cache_control(response, private=True)
        return response
