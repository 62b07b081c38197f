"""What may be written in Latin letters on a Kazakh screen, and a check for everything else.

A Kazakh screen (the admin or the site with Kazakh chosen) shows no English words and no Python
values. The exceptions are real names and codes, which Kazakh text writes in Latin letters too;
each is here because a reviewer agreed that a Kazakh reader expects it.
"""

import re

ALLOWED_LATIN = frozenset(
    {
        # file formats and codes a Kazakh text writes as they are
        "CSV",
        "XLSX",
        "PDF",
        "DOCX",
        "ODT",
        "PNG",
        "JPEG",
        "JPG",
        "GIF",
        "WEBP",
        "AVIF",
        "PO",  # the translation files wagtail-localize downloads and uploads
        "ISBN",
        "ISSN",
        "UDC",
        "URL",
        "ID",
        "RSS",
        "Atom",
        "iCal",
        "iCalendar",
        "ICS",
        # names of products and programmes
        "Wagtail",
        "Cambridge",
        "Google",  # «Google Күнтізбесіне қосу»
        # a language by its own name, as language lists and switchers show it beside «Русский»
        "English",
    }
)

PYTHON_VALUES = frozenset({"True", "False", "None"})

_ADDRESS_OR_FILE = re.compile(
    r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?:\b[\w.-]+|(?<!\w))\.(?:pdf|docx?|xlsx?|csv|odt|png|jpe?g|ics)\b", re.I
)
_LATIN_WORD = re.compile(r"(?<![\w-])[A-Za-z][A-Za-z'’]*[A-Za-z](?![\w-])|(?<![\w-])[A-Za-z](?=\s|$)")


def latin_words(text, allow=()):
    """The words of `text` in Latin letters that are neither allowed nor part of an address or a
    file name, in their order, each once; `allow` adds the real names a particular screen shows
    (a title the test itself typed in English, say)."""
    allowed = ALLOWED_LATIN | set(allow)
    found = []
    for word in _LATIN_WORD.findall(_ADDRESS_OR_FILE.sub(" ", text)):
        if word not in allowed and word not in found:
            found.append(word)
    return found


def python_values(text):
    """True, False and None where a template printed a Python value instead of words."""
    return sorted(set(re.findall(r"\b\w+\b", text)) & PYTHON_VALUES)
