"""The query log: one counter row per language, month and normalised query."""

import logging
from contextlib import nullcontext
from functools import cache

from django.db import DatabaseError, connection, transaction
from django.utils import timezone

from .analysis import words
from .models import MAX_LOGGED_QUERY_LENGTH, SearchQuery

logger = logging.getLogger(__name__)


def normalised_query(query):
    """The words of a query, lowercased, in order: «Қазақ  ТІЛІ!» and «қазақ тілі» are one query."""
    return " ".join(words(query))[:MAX_LOGGED_QUERY_LENGTH].strip()


def log_query(language_code, query, *, found):
    """Count one search; a failure here is logged and never reaches the visitor."""
    text = normalised_query(query)
    if not text:
        return
    month = timezone.localdate().replace(day=1)
    # Inside a transaction (a test, a caller's atomic block) a savepoint keeps a failure here from
    # breaking it; otherwise the one statement commits on its own.
    guard = transaction.atomic() if connection.in_atomic_block else nullcontext()
    try:
        with guard, connection.cursor() as cursor:
            cursor.execute(upsert_sql(), [language_code[:10], month, text, 0 if found else 1])
    except DatabaseError:
        logger.exception("Could not log the search query %r", text)


@cache
def upsert_sql():
    """One statement that adds the row or counts on it (SQLite ≥ 3.24 and PostgreSQL both read it).

    Every search writes here, and a popular query's row is the same for every visitor: as one
    statement in autocommit, its row lock is held for the statement only, not for the round trips of
    a transaction (an UPDATE, then an INSERT when nothing was updated).
    """
    quote = connection.ops.quote_name
    table = quote(SearchQuery._meta.db_table)
    language, month, query, count, no_results = (
        quote(SearchQuery._meta.get_field(name).column)
        for name in ("language_code", "month", "query", "count", "no_results")
    )
    return (
        f"INSERT INTO {table} ({language}, {month}, {query}, {count}, {no_results}) VALUES (%s, %s, %s, 1, %s) "
        f"ON CONFLICT ({language}, {month}, {query}) DO UPDATE SET "
        f"{count} = {table}.{count} + 1, {no_results} = {table}.{no_results} + excluded.{no_results}"
    )
