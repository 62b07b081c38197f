"""The Content-Security-Policy header: a strict policy for the site, a looser one for the admin.

The public templates have no inline script or style (JSON-LD is a data block, which CSP does not
run), so the site's policy allows scripts and styles from our own origin only. Wagtail's admin
still writes inline <script> elements (InlinePanel, the date and time pickers) and style
attributes; giving them nonces would mean copying Wagtail's templates. The admin, open to
signed-in staff only, therefore also allows inline scripts and styles. It may be framed by itself
for the live preview.
"""

from django.conf import settings

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
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", "https:"],  # image previews, embed thumbnails
    "frame-ancestors": ["'self'"],
}


def header_value(policy):
    return "; ".join(f"{directive} {' '.join(sources)}" for directive, sources in policy.items())


SITE_HEADER = header_value(SITE_POLICY)
ADMIN_HEADER = header_value(ADMIN_POLICY)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if settings.DEBUG and response.status_code in (404, 500):
            return response  # Django's debug pages are made of inline scripts and styles
        if "Content-Security-Policy" not in response:
            in_admin = request.path_info.startswith("/" + settings.ADMIN_PATH)
            response["Content-Security-Policy"] = ADMIN_HEADER if in_admin else SITE_HEADER
        return response
