"""Text that arrives from outside (URLs, forms, imported files) made safe to put in a query.

PostgreSQL refuses NUL bytes in text and the other control characters mean nothing to a
visitor, so they go before anything reaches the database.
"""

import re
import unicodedata

from django.conf import settings

SPACES = re.compile(r"\s+")


def visible_text(value, max_length=None):
    """`value` without control characters, its runs of whitespace made one space."""
    if not isinstance(value, str):
        return ""
    kept = "".join(
        " " if char.isspace() else char for char in value if char.isspace() or unicodedata.category(char)[0] != "C"
    )
    text = SPACES.sub(" ", kept).strip()
    return text[:max_length].strip() if max_length else text


def site_language(code):
    """`code` if it is one of the site's languages, else None."""
    return code if code in dict(settings.LANGUAGES) else None
