"""Page addresses in Latin letters: Kazakh and Russian titles transliterated, a free slug among siblings.

One Cyrillic → Latin table serves the server (a slug derived on save) and the editor (Wagtail's
slug field derives it from the title as the editor types: the table is given to its `w-slug`
controller as formatters that run before Wagtail's own transliteration), so both agree. The
spellings are the ASCII ones that search/analysis.py reads back as Kazakh Cyrillic (q → қ,
sh → ш, zh → ж, kh → х, ya → я…), so an address typed into the search box still finds its page.
"""

from django.utils.text import slugify

CYRILLIC_TO_LATIN = {
    "ә": "a", "ғ": "g", "қ": "q", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch",
    "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
}  # fmt: skip
TRANSLITERATION = str.maketrans(CYRILLIC_TO_LATIN)

SLUG_LENGTH = 70  # an address stays readable; Wagtail allows 255


def to_latin(text):
    """Kazakh or Russian text in Latin letters (lowercase); other letters are kept as they are."""
    return (text or "").lower().translate(TRANSLITERATION)


def latin_slug(text, length=SLUG_LENGTH):
    """An ASCII slug for a title in any of the site's languages: «Қазақ тілі» → "qazaq-tili"."""
    return slugify(to_latin(text))[:length].rstrip("-")


def free_slug(base, parent, page=None):
    """`base`, or `base-2`, `base-3`… : the first one no other child of `parent` has."""
    siblings = parent.get_children()
    if page is not None and page.pk:
        siblings = siblings.exclude(pk=page.pk)
    taken = set(siblings.values_list("slug", flat=True))
    candidate, suffix = base, 1
    while candidate in taken:
        suffix += 1
        candidate = f"{base[: SLUG_LENGTH - len(str(suffix)) - 1].rstrip('-')}-{suffix}"
    return candidate


def slug_formatters():
    """The table as (pattern, replacement) formatters of Wagtail's SlugInput, upper case included."""
    return [(f"[{cyrillic}{cyrillic.upper()}]", latin) for cyrillic, latin in CYRILLIC_TO_LATIN.items()]
