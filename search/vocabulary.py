"""The words of the search index, for "did you mean …?" corrections.

The vocabulary is read from the full-text index itself (SQLite's fts5vocab, PostgreSQL's
ts_stat), so it holds the analysed terms, with the number of entries each appears in. Each
process keeps it in memory, rebuilt when entries are added or removed (noticed within ten seconds)
and after a few minutes.
"""

import time

from django.db import DatabaseError, connections, router, transaction
from django.db.models import Count, Max
from modelsearch.conf import get_app_config

from .analysis import fold, terms

MAX_AGE = 600  # seconds: edits that change no entry count show up within this
# Seconds between two looks at the index's size: the look counts every entry, which on PostgreSQL
# with 50,000 records cost more than the search whose misspelling it was asked to correct.
CHECK_INTERVAL = 10
MIN_WORD_LENGTH = 4
ALPHABET = "абвгдежзиклмнопрстуфхцчшщыэюяabcdefghijklmnopqrstuvwxyz"


def index_entry_model():
    return get_app_config().get_model("IndexEntry")


_memo = {}


def vocabulary():
    """{term: number of index entries containing it}."""
    model = index_entry_model()
    cached = _memo.get("vocabulary")
    now = time.monotonic()
    if cached is not None and now - _memo.get("checked", 0) < CHECK_INTERVAL and now - cached[1] <= MAX_AGE:
        return cached[2]
    state = model._default_manager.aggregate(last=Max("pk"), entries=Count("pk"))
    key = (router.db_for_read(model), state["last"], state["entries"])
    _memo["checked"] = now
    if cached is None or cached[0] != key or now - cached[1] > MAX_AGE:
        cached = _memo["vocabulary"] = (key, now, read_vocabulary(model))
    return cached[2]


def forget():
    _memo.clear()


def read_vocabulary(model):
    connection = connections[router.db_for_read(model)]
    try:
        with transaction.atomic(using=connection.alias), connection.cursor() as cursor:
            if connection.vendor == "sqlite":
                fts_table = get_app_config().get_model("SQLiteFTSIndexEntry")._meta.db_table
                cursor.execute(
                    "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_vocabulary "
                    f"USING fts5vocab(main, '{fts_table}', 'row')"
                )
                cursor.execute("SELECT term, doc FROM temp.search_vocabulary")
            elif connection.vendor == "postgresql":
                from .postgres import COLUMN

                table = connection.ops.quote_name(model._meta.db_table)
                cursor.execute("SELECT word, ndoc FROM ts_stat(%s)", [f"SELECT {COLUMN} FROM {table}"])  # noqa: S608
            else:
                return {}
            return dict(cursor.fetchall())
    except DatabaseError:  # no full-text index (SQLite without FTS5): no corrections
        return {}


def one_edit(word):
    """Every string one deletion, transposition, replacement or insertion away from `word`."""
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    yield from (left + right[1:] for left, right in splits if right)
    yield from (left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1)
    yield from (left + char + right[1:] for left, right in splits if right for char in ALPHABET)
    yield from (left + char + right for left, right in splits for char in ALPHABET)


def correction(word, words=None):
    """The commonest indexed term one edit away from a word the index does not know, else None."""
    folded = fold(word)
    if len(folded) < MIN_WORD_LENGTH or not folded.isalpha():
        return None
    words = vocabulary() if words is None else words
    if not words or any(term in words for term in terms(word)):
        return None
    candidates = {candidate for candidate in one_edit(folded) if candidate in words and candidate != folded}
    if not candidates:
        return None
    return max(sorted(candidates), key=lambda candidate: words[candidate])
