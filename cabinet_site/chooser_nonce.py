"""Wagtail's chooser widgets (page, image, document, snippet) follow their markup with an inline
<script> that sets them up; rendered by Python rather than by a template, it gets the admin's
Content-Security-Policy nonce here (cabinet_site/content_security_policy.py)."""

from django.utils.safestring import mark_safe
from wagtail.admin.widgets.chooser import BaseChooser

from cabinet_site.content_security_policy import current_nonce


def render_with_nonce(widget, name, value, attrs=None, renderer=None):
    if not attrs or "id" not in attrs:
        raise TypeError("A chooser widget cannot be rendered without an 'id' attribute")
    value_data = widget.get_value_data(value)
    markup = widget.render_html(name, value_data, attrs)
    setup = widget.render_js_init(attrs["id"], name, value_data)
    # `setup` is JavaScript built by Wagtail from JSON: escaping it for HTML would break it.
    return mark_safe(f'{markup}<script nonce="{current_nonce()}">{setup}</script>')  # noqa: S308


def install():
    BaseChooser.render = render_with_nonce
