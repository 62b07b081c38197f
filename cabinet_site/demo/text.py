"""A value written in each of the site's languages, for demo content declared once."""

import re
from dataclasses import dataclass

BLOCK_ELEMENTS = re.compile(r"<(p|li|h2|h3|h4|blockquote)>(.*?)</\1>", re.S)


@dataclass(frozen=True)
class T:
    kk: str
    ru: str
    en: str

    def get(self, language):
        return getattr(self, language)


def resolve(value, language):
    """The value with every T replaced by its text in `language`."""
    if isinstance(value, T):
        return value.get(language)
    if isinstance(value, dict):
        return {key: resolve(item, language) for key, item in value.items()}
    if isinstance(value, list | tuple):
        return type(value)(resolve(item, language) for item in value)
    return value


def segments(text):
    """How wagtail-localize cuts a text into translatable strings: rich text by block element."""
    found = [inner.strip() for _tag, inner in BLOCK_ELEMENTS.findall(text)]
    return found or [text]


def translation_pairs(value, language):
    """Map each source (Kazakh) string in `value` to its translation into `language`."""
    pairs = {}
    if isinstance(value, T):
        source, target = segments(value.kk), segments(value.get(language))
        if len(source) != len(target):
            raise ValueError(
                f"Demo text has {len(source)} parts in kk but {len(target)} in {language}: {value.kk[:60]}"
            )
        pairs.update(zip(source, target, strict=True))
    elif isinstance(value, dict):
        for item in value.values():
            pairs.update(translation_pairs(item, language))
    elif isinstance(value, list | tuple):
        for item in value:
            pairs.update(translation_pairs(item, language))
    return pairs
