"""The query log: one counter row per language, month and normalised query."""

import logging

from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import F
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
    key = {"language_code": language_code[:10], "month": month, "query": text}
    no_results = 0 if found else 1
    increments = {"count": F("count") + 1, "no_results": F("no_results") + no_results}
    try:
        with transaction.atomic():
            if SearchQuery.objects.filter(**key).update(**increments):
                return
            try:
                with transaction.atomic():
                    SearchQuery.objects.create(**key, count=1, no_results=no_results)
            except IntegrityError:  # another request created the row first
                SearchQuery.objects.filter(**key).update(**increments)
    except DatabaseError:
        logger.exception("Could not log the search query %r", text)
