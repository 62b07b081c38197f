"""Which Latin-letter words may stand on a Kazakh screen, and a function that finds the others.

A Kazakh admin or public screen should show no English word and no leaked Python value
(True, False, None). The exceptions are names and codes that Kazakh text writes in Latin letters
too; each is reviewed before it is added here. The unit tests (cabinet_site/tests/kazakh_screens.py)
and the browser walks (tests/browser) both import this module, so there is one list.

Left out of the search, as not words of the interface: web and e-mail addresses, file names
(«жоспар.docx»), identifiers (the import's column external_id, the model name events.eventpage),
image sizes (1200x675) and Roman numerals («XXI ғасыр»).
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
        "PNG",
        "PO",  # wagtail-localize's translation files
        "ISBN",
        "ISSN",
        "UDC",
        "URL",
        "HTML",
        "iCal",
        "UTC",
        "ID",
        "UTF",  # character encodings: UTF-8, Windows-1251
        "Windows",
        # names
        "Wagtail",
        "Cambridge",
        "Google",
        "YouTube",
        "Excel",
        # a language named in itself (the language switcher, the locale of an English page)
        "English",
    }
)

LEAKED_VALUES = frozenset({"True", "False", "None"})

_NOT_WORDS = re.compile(
    r"[a-z][a-z0-9+.-]*://\S+"  # web addresses
    r"|\S+@\S+"  # e-mail addresses
    r"|\S*\w\.[A-Za-z0-9]{2,5}\b"  # file and host names: plan.docx, www.example.kz
    r"|\b\w+_\w+\b"  # identifiers: external_id, resource_type
    r"|\b[a-z]+\.[a-z]+\b"  # model names, as Wagtail's page types report shows them: events.eventpage
    r"|\b\d+x\d+\b"  # image sizes: 1200x675
)
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_ROMAN = re.compile(r"[IVXLCDM]+")


def latin_words(text):
    """The Latin-letter words of `text` that are neither allowed nor numerals, in order of appearance.

    True, False and None are always reported: they are Python values, never words of the screen.
    """
    found = []
    for word in _WORD.findall(_NOT_WORDS.sub(" ", text)):
        if word in LEAKED_VALUES or (word not in ALLOWED_LATIN and not _ROMAN.fullmatch(word)):
            found.append(word)
    return found
