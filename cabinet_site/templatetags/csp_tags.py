from django import template

from cabinet_site.content_security_policy import current_nonce

register = template.Library()


@register.simple_tag
def csp_nonce():
    """The admin request's Content-Security-Policy nonce, for an inline <script nonce="…">."""
    return current_nonce()
