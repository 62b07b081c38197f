"""The admin's buttons and links of the project's templates draw icons Wagtail has: a name it does not
know draws an empty square (the translation overview's filter button once asked for "filter")."""

import re
from pathlib import Path

from django.conf import settings
from wagtail.admin.icons import get_icons

ICON_TAG = re.compile(r"""{%\s*icon\b[^%]*?\bname=["']([\w-]+)["']""")


def test_every_icon_the_templates_name_is_one_wagtail_draws():
    known = set(re.findall(r'<symbol id="icon-([\w-]+)"', get_icons()))  # the sprite the admin sends
    templates = [
        *Path(settings.BASE_DIR, "templates").rglob("*.html"),
        *Path(settings.BASE_DIR).glob("*/templates/**/*.html"),
    ]
    named = {(template.name, name) for template in templates for name in ICON_TAG.findall(template.read_text())}
    assert named, "no template names an icon: the pattern no longer finds them"
    assert [(template, name) for template, name in sorted(named) if name not in known] == []
