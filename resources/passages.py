"""The passage of a file's text that matches a catalogue search, with the words marked.

Matching is case-insensitive and forgiving in the ways teachers type: a query word matches the
start of a word in the text ("мұғалім" finds "мұғалімдерге"), and Kazakh letters typed on a
Russian keyboard match their originals ("мугалим" finds "мұғалім"; қ→к, ә→а, ө→о, ұ/ү→у,
і→и, ң→н, ғ→г, һ→х, ё→е). The folding keeps every character in place, so positions found
in the folded text cut the original text.
"""

import re
from dataclasses import dataclass, field

from django.utils.html import escape
from django.utils.safestring import mark_safe

MIN_WORD_LENGTH = 2
MAX_QUERY_WORDS = 10
STEM_MIN_LENGTH = 4  # a word longer than 5 letters may also match by its first len-2 letters

_FOLD = str.maketrans(
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
    }
)
_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")


def fold(text):
    """Lower case and Kazakh-on-a-Russian-keyboard letters, one character for one character."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a rare letter whose lower case is longer (İ): fold one by one
        lowered = "".join(char.lower() if len(char.lower()) == 1 else char for char in text)
    return lowered.translate(_FOLD)


def query_words(query):
    """The distinct folded words of a query worth looking for, longest first."""
    words = []
    for word in _WORD.findall(fold(query or "")):
        if word not in words:
            words.append(word)
    long_words = [word for word in words if len(word) >= MIN_WORD_LENGTH]
    words = long_words or words
    return sorted(words[:MAX_QUERY_WORDS], key=len, reverse=True)


def _pattern(words):
    """Words in the text starting with any of `words`; the whole word is matched."""
    alternatives = "|".join(re.escape(word) for word in words)
    return re.compile(rf"(?<!\w)(?:{alternatives})\w*")


@dataclass
class Passage:
    """An excerpt: parts of (text, is_match); renders as HTML with <mark> around the matches."""

    parts: list = field(default_factory=list)
    starts_inside: bool = False  # the text goes on before the excerpt
    ends_inside: bool = False  # …and after it

    @property
    def words(self):
        return [text for text, is_match in self.parts if is_match]

    @property
    def text(self):
        return "".join(text for text, _is_match in self.parts)

    def __html__(self):
        html = "".join(f"<mark>{escape(text)}</mark>" if is_match else escape(text) for text, is_match in self.parts)
        return mark_safe(("…" if self.starts_inside else "") + html + ("…" if self.ends_inside else ""))

    def __str__(self):
        return self.__html__()

    def __bool__(self):
        return bool(self.parts)


def matching_passage(text, query, width=200):
    """The excerpt of about `width` characters around the first place where a query word appears
    in `text`, or None when none does."""
    if not text or not query:
        return None
    words = query_words(query)
    if not words:
        return None
    folded = fold(text)
    match = _pattern(words).search(folded)
    if match is None:
        # Light stemming: "учителя" still finds "учитель", "мұғалімдерге" finds "мұғалімдер".
        stems = [word[: max(STEM_MIN_LENGTH, len(word) - 2)] for word in words if len(word) > STEM_MIN_LENGTH + 1]
        if not stems:
            return None
        words = sorted(set(words) | set(stems), key=len, reverse=True)
        match = _pattern(words).search(folded)
        if match is None:
            return None
    start, end = _window(text, match.start(), match.end(), width)
    pattern = _pattern(words)
    parts, position = [], start
    for hit in pattern.finditer(folded, start, end):
        if hit.end() > end:
            break
        if hit.start() > position:
            parts.append((text[position : hit.start()], False))
        parts.append((text[hit.start() : hit.end()], True))
        position = hit.end()
    if position < end:
        parts.append((text[position:end], False))
    parts = [(chunk if is_match else _SPACES.sub(" ", chunk), is_match) for chunk, is_match in parts]
    if parts and not parts[0][1]:
        parts[0] = (parts[0][0].lstrip(), False)
    if parts and not parts[-1][1]:
        parts[-1] = (parts[-1][0].rstrip(), False)
    return Passage(parts=[part for part in parts if part[0]], starts_inside=start > 0, ends_inside=end < len(text))


def _window(text, match_start, match_end, width):
    """[start, end) of about `width` characters holding the match, a third of the room before it,
    cut at spaces."""
    room = max(width - (match_end - match_start), 0)
    start = max(0, match_start - room // 3)
    end = min(len(text), match_end + (room - (match_start - start)))
    start = max(0, end - max(width, match_end - match_start)) if end == len(text) else start
    if start > 0:
        space = _first_space(text, start, match_start)
        if space is not None:
            start = space + 1
    if end < len(text):
        space = text.rfind(" ", match_end, end)
        newline = text.rfind("\n", match_end, end)
        cut = max(space, newline)
        if cut > match_end:
            end = cut
    return start, end


def _first_space(text, start, limit):
    for index in range(start, limit):
        if text[index].isspace():
            return index
    return None
