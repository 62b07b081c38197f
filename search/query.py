"""Running a visitor's query: all words, else the corrected words, else any word.

Every search the visitor makes (the site search, the catalogue, the API's `search`) goes through
`run_search`, which asks the search backend (search.backend, where the text analysis happens)
up to three times and says which of the three answered.
"""

from dataclasses import dataclass, field

from .analysis import words
from .vocabulary import correction

MAX_HITS = 500

ALL_WORDS = "all"  # every word matched
CORRECTED = "corrected"  # nothing matched as typed; the results are for the corrected words
ANY_WORD = "any"  # no record has all the words; these have some of them
EMPTY = "empty"  # no words to look for


@dataclass
class Outcome:
    query: str
    results: list = field(default_factory=list)
    mode: str = EMPTY
    suggestion: str = ""  # the query with one-edit corrections of the words the index does not know

    @property
    def found(self):
        return bool(self.results)


def corrected_query(query):
    """The query's words with each unknown word replaced by its correction; "" if none changed."""
    original = words(query)
    fixed = [correction(word) or word for word in original]
    return " ".join(fixed) if fixed != original else ""


def hits(queryset, query, operator, limit, keys):
    results = queryset.search(query, operator=operator)[:limit]
    if keys:
        # The project's database backends hand over the keys without building a record for each.
        return results.pks() if hasattr(results, "pks") else [obj.pk for obj in results]
    return list(results)


def run_search(queryset, query, *, limit=MAX_HITS, keys=False):
    """The best `limit` matches of `query` among `queryset`, and how they were found.

    With `keys`, the results are the matches' primary keys rather than the records.
    """
    if not words(query):
        return Outcome(query)
    results = hits(queryset, query, "and", limit, keys)
    if results:  # then every word is in the index: nothing to correct
        return Outcome(query, results, ALL_WORDS)
    suggestion = corrected_query(query)
    if suggestion:
        results = hits(queryset, suggestion, "and", limit, keys)
        if results:
            return Outcome(query, results, CORRECTED, suggestion)
    if len(words(query)) > 1:
        results = hits(queryset, f"{query} {suggestion}", "or", limit, keys)
        if results:
            return Outcome(query, results, ANY_WORD, suggestion)
    return Outcome(query, [], ALL_WORDS, suggestion)
