"""A bibliographic reference line in the GOST 7.1 style used by Kazakhstani schools."""

import re

from django.utils.translation import gettext as _

AND_OTHERS = {"kk": "[т.б.]", "ru": "[и др.]", "en": "[et al.]"}
INITIALS = re.compile(r"^(?P<surname>[^\s,]+)[,\s]+(?P<initials>.+)$")


def inverted_to_direct(name):
    """'Абаев А. Б.' → 'А. Б. Абаев' (the form used after the slash)."""
    match = INITIALS.match(name.strip())
    return f"{match['initials'].strip()} {match['surname']}" if match else name.strip()


def gost_reference(page):
    authors = page.author_list()
    language = next((language.code for language in page.languages.all()), "ru")
    parts = []
    title = page.title
    if page.external_url and not page.isbn and not page.publisher:
        title += " [" + _("Electronic resource") + "]"
    if 1 <= len(authors) <= 3:
        parts.append(f"{authors[0].rstrip('.')}. {title}")
        parts[-1] += " / " + ", ".join(inverted_to_direct(name) for name in authors)
    elif len(authors) > 3:
        parts.append(f"{title} / {inverted_to_direct(authors[0])} {AND_OTHERS.get(language, AND_OTHERS['ru'])}")
    else:
        parts.append(title)
    imprint = ", ".join(str(value) for value in (page.publisher, page.year) if value)
    if imprint:
        parts.append(imprint)
    if page.isbn:
        parts.append(f"ISBN {page.isbn}")
    if page.external_url:
        parts.append(f"URL: {page.external_url}")
    return ". – ".join(part.rstrip(".") for part in parts) + "."
