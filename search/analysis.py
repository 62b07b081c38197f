"""Text analysis for search, applied identically to what is indexed and to what is asked.

A word becomes a small set of *terms*: its folded form and candidate stems. Folding lowercases
the word and maps the Kazakh letters and their Russian-keyboard substitutes to one form
(қ/к → к, ә/а → а, ...), after Latin-script Kazakh (the 2021 alphabet, the 2017 and 2018
variants and informal ASCII) has been transliterated to Cyrillic. Stems come from a light
Kazakh suffix stripper (case, possessive and plural endings, checked against vowel harmony
and the preceding consonant), from Russian Snowball and, for Latin words, from English Snowball.
A query matches when, for every query word, one of its terms is among the document's terms.
"""

import re
import unicodedata
from functools import lru_cache

import snowballstemmer

MAX_WORD_LENGTH = 40

# Lowercase Cyrillic → the folded alphabet (Russian letters only).
FOLD = str.maketrans(
    {
        "қ": "к",
        "ә": "а",
        "ө": "о",
        "ұ": "у",
        "ү": "у",
        "і": "и",
        "ң": "н",
        "ғ": "г",
        "һ": "х",
        "ё": "е",
        "й": "и",
        "ъ": "",
        "ь": "",
    }
)

# Latin letters that look like Cyrillic ones, typed inside Cyrillic words ("тiлi").
LOOKALIKES = str.maketrans({"a": "а", "c": "с", "e": "е", "i": "і", "o": "о", "p": "р", "x": "х", "y": "у", "k": "к"})

APOSTROPHES = "'’`ʼ‘´"
# Kazakh Latin → Cyrillic. Longer spellings first; the 2017 apostrophe forms, the 2018 acute
# forms, the 2021 alphabet and informal ASCII all land on the same Cyrillic letters.
LATIN_DIGRAPHS = [
    ("sh", "ш"),
    ("ch", "ч"),
    ("zh", "ж"),
    ("kh", "х"),
    ("ng", "ң"),
    ("ts", "ц"),
    ("ya", "я"),
    ("yu", "ю"),
    *(
        (f"{latin}{mark}", cyrillic)
        for mark in APOSTROPHES
        for latin, cyrillic in (
            ("a", "ә"),
            ("g", "ғ"),
            ("n", "ң"),
            ("o", "ө"),
            ("u", "ү"),
            ("y", "у"),
            ("i", "и"),
            ("s", "ш"),
            ("c", "ч"),
        )
    ),
]
LATIN_LETTERS = {
    "a": "а", "ä": "ә", "á": "ә", "b": "б", "c": "к", "ç": "ч", "d": "д", "e": "е", "f": "ф", "g": "г",
    "ğ": "ғ", "ǵ": "ғ", "h": "х", "ı": "і", "i": "і", "î": "и", "ï": "и", "j": "ж", "k": "к", "l": "л",
    "m": "м", "n": "н", "ñ": "ң", "ń": "ң", "ŋ": "ң", "o": "о", "ö": "ө", "ó": "ө", "p": "п", "q": "қ",
    "r": "р", "s": "с", "ş": "ш", "t": "т", "u": "у", "ū": "ұ", "ü": "ү", "ú": "ү", "ý": "у", "v": "в",
    "w": "у", "x": "х", "y": "ы", "z": "з",
}  # fmt: skip
KAZAKH_LATIN_MARKS = set("äáğǵıîïñńŋöóşūüúýç") | set(APOSTROPHES)

WORD = re.compile(r"[^\W_]+(?:[" + re.escape(APOSTROPHES) + r"][^\W_]+)*", re.UNICODE)
CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[a-zà-ɏ]")

STOP_WORDS = {
    # kk
    "және", "мен", "бен", "пен", "да", "де", "та", "те", "үшін", "туралы", "бойынша", "арналған", "бұл", "сол",
    "не", "немесе", "ал", "бір", "әр", "ма", "ме", "ба", "бе", "па", "пе",
    # ru
    "и", "в", "во", "на", "для", "по", "о", "об", "с", "со", "к", "ко", "из", "у", "за", "от", "до", "или", "а",
    # en
    "the", "a", "an", "of", "for", "and", "or", "in", "on", "to", "with", "by", "at", "is",
}  # fmt: skip

_russian = snowballstemmer.stemmer("russian")
_english = snowballstemmer.stemmer("english")


def normalise(text):
    return unicodedata.normalize("NFC", text or "").lower()


def words(text):
    """The words of a text, lowercased; hyphenated words give each part."""
    return [word[:MAX_WORD_LENGTH] for word in WORD.findall(normalise(text))]


def transliterate_latin(word):
    """Kazakh written in Latin letters (any of the variants) → Kazakh Cyrillic."""
    for latin, cyrillic in LATIN_DIGRAPHS:
        word = word.replace(latin, cyrillic)
    return "".join(LATIN_LETTERS.get(char, char) for char in word if char not in APOSTROPHES)


def fold(word):
    """One spelling for every way of typing a Kazakh word."""
    word = normalise(word)
    if CYRILLIC.search(word):
        word = word.translate(LOOKALIKES)
    elif LATIN.search(word):
        word = transliterate_latin(word)
    return fold_letters(word)


def fold_letters(word):
    """The folding table alone, for a lowercase Cyrillic word."""
    # ң is often typed as "ng" (and ңг as "ng"): fold both to н so that they meet.
    return word.translate(FOLD).replace("нг", "н")


# The Kazakh stemmer works on folded words: suffixes are written in the folded alphabet.
VOWELS = set("аеиоуыэюя")
FRONT = set("еиэ")  # after folding: ә→а, ө→о, ү→у, і→и, so а, о, у can be front or back
BACK_ONLY = set("ы")
VOICELESS = set("кпстфхцчшщ")
NASALS = set("мн")
VOICED_AFTER_D = set("жзлмн")  # plural -дар, accusative -ды, genitive (ж, з) -дың


def last_vowel(stem):
    return next((char for char in reversed(stem) if char in VOWELS), "")


def harmony_allows(stem, suffix):
    """Front suffixes after a front (or folded, ambiguous) vowel; back ones never after е/и alone."""
    stem_vowel = last_vowel(stem)
    suffix_vowel = last_vowel(suffix)
    if not stem_vowel or not suffix_vowel:
        return True
    if suffix_vowel in FRONT:
        return stem_vowel not in BACK_ONLY
    return stem_vowel not in FRONT or stem_vowel == "и"  # и may be a folded і or a loanword's и


def after_vowel(stem):
    return stem[-1:] in VOWELS


def after_voiceless(stem):
    return stem[-1:] in VOICELESS


def plural_fits(stem, suffix):
    first = suffix[0]
    if first == "л":
        return after_vowel(stem) or stem[-1:] in set("ру")
    if first == "д":
        return stem[-1:] in VOICED_AFTER_D
    return after_voiceless(stem) or stem[-1:] in set("бвгд")


CASE_ENDINGS = [
    # suffixes, and what the preceding sound must be
    (("менен", "бенен", "пенен"), lambda s, x: True),
    (("нан", "нен"), lambda s, x: s[-1:] in NASALS or after_vowel(s)),
    (("дан", "ден"), lambda s, x: not after_voiceless(s) and not after_vowel(s)),
    (("тан", "тен"), lambda s, x: after_voiceless(s)),
    (("нын", "нин"), lambda s, x: after_vowel(s) or s[-1:] in NASALS),
    (("дын", "дин"), lambda s, x: s[-1:] in set("жзлруи")),  # и: a folded й
    (("тын", "тин"), lambda s, x: after_voiceless(s)),
    (("ндагы", "ндеги"), lambda s, x: after_vowel(s)),
    (("дагы", "деги"), lambda s, x: not after_voiceless(s)),
    (("тагы", "теги"), lambda s, x: after_voiceless(s)),
    (("нда", "нде"), lambda s, x: after_vowel(s)),
    (("да", "де"), lambda s, x: not after_voiceless(s)),
    (("та", "те"), lambda s, x: after_voiceless(s)),
    (("мен", "бен", "пен"), lambda s, x: True),
    (("на", "не"), lambda s, x: after_vowel(s)),
    (("га", "ге"), lambda s, x: not after_voiceless(s)),
    (("ка", "ке"), lambda s, x: after_voiceless(s) or s[-1:] == "к"),
    (("ны", "ни"), lambda s, x: after_vowel(s)),
    (("ды", "ди"), lambda s, x: s[-1:] in VOICED_AFTER_D or s[-1:] in set("руи")),
    (("ты", "ти"), lambda s, x: after_voiceless(s)),
    (("ша", "ше"), lambda s, x: True),
    (("а", "е"), lambda s, x: after_vowel(s) is False and s[-1:] in set("ыи") is False),
    (("н",), lambda s, x: after_vowel(s)),
]
POSSESSIVE_ENDINGS = [
    ("ымыз", "имиз", "мыз", "миз", "ыныз", "иниз", "ныз", "низ", "лары", "лери", "дары", "дери", "тары", "тери"),
    ("сы", "си", "ым", "им", "ын", "ин", "ы", "и", "м", "н"),
]
PLURAL_ENDINGS = ("лар", "лер", "дар", "дер", "тар", "тер")
MIN_STEM = 2


def strip(word, suffixes, fits=lambda stem, suffix: True):
    """Every stem left by removing one of `suffixes` that the stem's sounds allow."""
    stems = []
    for suffix in suffixes:
        if word.endswith(suffix):
            stem = word[: -len(suffix)]
            if len(stem) >= MIN_STEM and last_vowel(stem) and harmony_allows(stem, suffix) and fits(stem, suffix):
                stems.append(stem)
    return stems


def is_consonant(word, position):
    """у and и after a vowel are the consonants у and й (ауыз, үй)."""
    char = word[position]
    if char in "уи" and len(word) + position > 0:
        return word[position - 1] in VOWELS
    return char not in VOWELS


VOICED_BEFORE_VOWEL = {"б": "п", "г": "к"}  # кітап → кітабы, жүрек → жүрегі, тарақ → тарағы


def restore_dropped_vowel(stem, form):
    """Dictionary forms of stems that change before a vowel: аузы → ауыз, орны → орын, кітабы → кітап."""
    if form[len(stem) : len(stem) + 1] not in VOWELS:
        return []
    restored = []
    if stem[-1] in VOICED_BEFORE_VOWEL:
        restored.append(stem[:-1] + VOICED_BEFORE_VOWEL[stem[-1]])
    if len(stem) >= 3 and is_consonant(stem, -1) and is_consonant(stem, -2):
        vowel = "и" if last_vowel(stem) in FRONT else "ы"
        restored.append(stem[:-1] + vowel + stem[-1])
    return restored


def kazakh_stems(word):
    """Candidate stems of a folded Kazakh word: case → possessive → plural, each optional."""
    after_case = {word}
    for suffixes, fits in CASE_ENDINGS:
        after_case.update(strip(word, suffixes, fits))
    after_possessive = set(after_case)
    for form in after_case:
        for group in POSSESSIVE_ENDINGS:
            for stem in strip(form, group):
                after_possessive.add(stem)
                after_possessive.update(restore_dropped_vowel(stem, form))
    stems = set(after_possessive)
    for form in after_possessive:
        stems.update(strip(form, PLURAL_ENDINGS, plural_fits))
    return stems


@lru_cache(maxsize=50_000)
def terms(word):
    """The index terms of one word (already lowercased)."""
    if word.isdigit():
        return frozenset({word})
    folded = fold(word)
    found = {folded}
    if CYRILLIC.search(word):
        found.add(fold_letters(_russian.stemWord(word.translate(LOOKALIKES))))
        found.update(kazakh_stems(folded))
    elif LATIN.search(word):
        found.add(_english.stemWord(word))
        found.add(word)
        found.update(kazakh_stems(folded))
        found.add(fold_letters(_russian.stemWord(transliterate_latin(word))))
    return frozenset(term for term in found if term)


def index_text(*texts):
    """What to put in the search index for these texts: every term of every word."""
    seen = []
    unique = set()
    for text in texts:
        for word in words(text):
            for term in sorted(terms(word)):
                if term not in unique:
                    unique.add(term)
                    seen.append(term)
    return " ".join(seen)


def query_words(query, *, keep_stop_words=False):
    """The words of a query that must match: stop words dropped, unless they are all there is."""
    all_words = words(query)
    return [word for word in all_words if keep_stop_words or word not in STOP_WORDS] or all_words


def query_terms(query, *, keep_stop_words=False):
    """For each word of a query, the terms any of which should match (stop words dropped)."""
    return [sorted(terms(word)) for word in query_words(query, keep_stop_words=keep_stop_words)]


def index_document(*texts):
    """`index_text` preceded by every word's folded form in order, so that quoted phrases can match."""
    folded = [fold(word) for text in texts for word in words(text)]
    present = set(folded)
    extra = [term for term in index_text(*texts).split() if term not in present]
    return " ".join(term for term in folded + extra if term)


def phrase_terms(phrase):
    """The folded words of a quoted phrase, in order (stop words kept: they are part of it)."""
    return [folded for folded in (fold(word) for word in words(phrase)) if folded]
