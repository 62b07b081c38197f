"""Reading an admin (or public) screen for English words and leaked Python values.

`latin_on_screen(html)` lists what a Kazakh reader would stumble on: each Latin-letter word
outside the reviewed allowlist (cabinet_site/tests/latin_allowlist.py), with the text it stands
in. The text is what the browser shows or reads out: text nodes (also of menus and dialogs that
open on a click), option labels, and the aria-label, title, placeholder and alt attributes; not
scripts, styles or JSON props (the browser walks in tests/browser read what scripts render),
and not the hidden placeholders a script fills in before it shows them (Wagtail's side-panel
counters print None until then). Other hidden elements are read: Wagtail hides every tab of a
form until its script runs.
"""

from bs4 import BeautifulSoup, Comment, Declaration, Doctype, ProcessingInstruction

from cabinet_site.tests.latin_allowlist import latin_words

LABEL_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt")
NOT_SHOWN = ("script", "style", "template", "noscript", "code", "kbd", "samp")  # code is not words
SCRIPT_FILLED = "[hidden][data-side-panel-toggle-counter]"


def visible_texts(html):
    """The strings of `html` a reader meets, each with its whitespace collapsed."""
    document = BeautifulSoup(html, "html.parser")
    for element in document.find_all(NOT_SHOWN):
        element.decompose()
    for element in document.select(SCRIPT_FILLED):
        element.decompose()
    texts = []
    for element in document.find_all(True):
        texts.extend(" ".join(element[name].split()) for name in LABEL_ATTRIBUTES if element.get(name))
    for string in document.find_all(string=True):
        if isinstance(string, (Comment, Declaration, Doctype, ProcessingInstruction)):
            continue
        text = " ".join(string.split())
        if text:
            texts.append(text)
    return texts


def latin_on_screen(html, ignore=()):
    """[(word, the text it stands in)] for every Latin word outside the allowlist.

    `ignore`: strings that are content rather than interface (an English page's title, a user
    name); they are cut out of each text before it is read.
    """
    found = []
    for text in visible_texts(html):
        read = text
        for content in sorted(ignore, key=len, reverse=True):
            read = read.replace(content, " ")
        found.extend((word, text) for word in latin_words(read))
    return found
