"""Which Latin-letter words may stand on a Kazakh screen, and a function that finds the others.

A Kazakh admin or public screen shows no English word and no leaked Python value (True, False,
None). The exceptions are names and codes that Kazakh text writes in Latin letters too; each is
reviewed before it is added here. The unit tests (cabinet_site/tests/kazakh_screens.py) and the
browser walks (tests/browser/staff.py) both use this module, so there is one list.

Left out of the search, as not words of the interface: web and e-mail addresses, file names
(«жоспар.docx», a bare «.xlsx»), identifiers (the import's column external_id, the model name
events.eventpage), image sizes (1200x675) and Roman numerals («XXI ғасыр»).
"""

import re

ALLOWED_LATIN = frozenset(
    {
        # file formats and codes that Kazakh writes in Latin letters
        "CSV",
        "PDF",
        "DOCX",
        "XLSX",
        "PPTX",
        "ODT",
        "ZIP",
        "JPEG",
        "JPG",
        "PNG",
        "GIF",
        "WEBP",
        "AVIF",
        "PO",  # wagtail-localize's translation files
        "ICS",
        "ISBN",
        "ISSN",
        "UDC",
        "URL",
        "HTML",
        "RSS",
        "Atom",
        "iCal",
        "iCalendar",
        "UTC",
        "ID",
        "UTF",  # character encodings: UTF-8, Windows-1251
        "Windows",
        # names
        "Wagtail",
        "Cambridge",
        "Google",
        "Outlook",
        "YouTube",
        "Excel",
        # international studies and approaches that Kazakh school texts name in Latin letters
        "PISA",
        "CLIL",
        "STEM",
        # a language named in itself (the language switcher, the locale of an English page)
        "English",
    }
)

LEAKED_VALUES = frozenset({"True", "False", "None"})

_NOT_WORDS = re.compile(
    r"[a-z][a-z0-9+.-]*://\S+"  # web addresses
    r"|\S+@\S+"  # e-mail addresses
    r"|\S*\w\.[A-Za-z0-9]{2,5}\b"  # file and host names: plan.docx, www.example.kz
    r"|(?<![\w.])\.[A-Za-z0-9]{2,5}\b"  # a file type on its own: .xlsx
    r"|\b\w+_\w+\b"  # identifiers: external_id, resource_type
    r"|\b[a-z]+\.[a-z]+\b"  # model names, as Wagtail's page types report shows them: events.eventpage
    r"|\b\d+x\d+\b"  # image sizes: 1200x675
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_ROMAN = re.compile(r"[IVXLCDM]+")


def latin_words(text, allow=()):
    """The Latin-letter words of `text` that are neither allowed nor numerals, each once, in order of
    appearance; `allow` adds the real names one screen shows (an English title the test typed).

    True, False and None are always reported: they are Python values, never words of the screen.
    """
    allowed = ALLOWED_LATIN | set(allow)
    found = []
    for word in _WORD.findall(_NOT_WORDS.sub(" ", text)):
        if word in found:
            continue
        if word in LEAKED_VALUES or (word not in allowed and not _ROMAN.fullmatch(word)):
            found.append(word)
    return found


def python_values(text):
    """True, False and None where a template printed a Python value instead of words."""
    return sorted(set(_WORD.findall(text)) & LEAKED_VALUES)
