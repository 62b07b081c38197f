"""Two fixes to modelsearch's SQLite FTS5 search: bracketed "or" groups, and ranking in one pass."""

from django.db import models
from modelsearch.backends.database.sqlite.query import (
    AndNot,
    Lexeme,
    LexemeCombinable,
    MatchExpression,
    SearchQueryExpression,
    SearchQueryField,
    SQLiteFTSIndexEntry,
    normalize,
)
from modelsearch.query import MatchAll, Not, PlainText
from modelsearch.utils import get_descendants_content_types_pks

from search.keys import key_set


class Bracketed(LexemeCombinable):
    output_field = SearchQueryField()

    def __init__(self, inner):
        super().__init__()
        self.inner = inner

    def as_sql(self, compiler, connection):
        sql, params = compiler.compile(self.inner)
        return "%s", [f"({sql % tuple(params)})"]


class GroupedPlainTextMixin:
    """An "or" PlainText inside an And must be bracketed.

    modelsearch writes PlainText("a b", operator="or") as `"a" OR "b"`, and an And of two of them
    as `("a" OR "b" AND "c" OR "d")`, in which FTS5's AND binds first.
    """

    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText) or len(query.query_string.split()) < 2:
            return super().build_search_query_content(query, config=config)
        *others, last = query.query_string.split()
        lexemes = Lexeme(last, prefix=self.LAST_TERM_IS_PREFIX)
        for term in others:
            lexemes = lexemes & Lexeme(term) if query.operator == "and" else lexemes | Lexeme(term)
        return SearchQueryExpression(Bracketed(lexemes), config=config)


class RankedResultsMixin:
    """Rank in one pass over the full-text index, then load only the requested slice.

    modelsearch ranks SQLite results with a correlated subquery that runs the MATCH again for
    every candidate row, and SQLite runs its `pk IN (MATCH subquery)` filter slowly too: both take
    seconds once a word is in a few thousand records. Here the index is asked once for the
    matching entries in rank order, the caller's queryset is asked which of them it allows, a
    chunk of keys at a time until the slice is full, and only the slice is loaded.
    """

    CHUNK = 1000

    def _ranked_pks(self, stop):
        compiler = self.query_compiler
        query = normalize(compiler.query)
        if (
            not compiler.order_by_relevance
            or self._score_field is not None
            or isinstance(query, (MatchAll, Not, AndNot))
        ):
            return None
        config = compiler.get_config(self.backend)
        columns = compiler.fields or compiler.FTS_TABLE_FIELDS
        entries = (
            SQLiteFTSIndexEntry.objects.filter(
                MatchExpression(columns, compiler.build_search_query(query, config=config))
            )
            .filter(index_entry__content_type__in=get_descendants_content_types_pks(compiler.queryset.model))
            .annotate(score=compiler._build_rank_expression(compiler.get_search_vectors(), config))
            .order_by("score")
        )
        model = compiler.queryset.model
        object_ids = entries.values_list("index_entry__object_id", flat=True)
        pk_field = model._meta.pk
        ranked = list(dict.fromkeys(map(pk_field.to_python, object_ids)))
        if isinstance(pk_field.target_field if pk_field.is_relation else pk_field, models.IntegerField):
            # Integer keys (pages, records) go to the database as one parameter, all at once.
            allowed = set(compiler.queryset.filter(pk__in=key_set(ranked, model)).values_list("pk", flat=True))
            return [pk for pk in ranked if pk in allowed]
        found = []
        for start in range(0, len(ranked), self.CHUNK):
            chunk = ranked[start : start + self.CHUNK]
            allowed = set(compiler.queryset.filter(pk__in=chunk).values_list("pk", flat=True))
            found.extend(pk for pk in chunk if pk in allowed)
            if stop is not None and len(found) >= stop:
                break
        return found

    def _do_search(self):
        pks = self._ranked_pks(self.stop)
        if pks is None:
            return super()._do_search()
        pks = pks[self.start : self.stop]
        objects = {obj.pk: obj for obj in self.query_compiler.queryset.filter(pk__in=pks).order_by()}
        return [objects[pk] for pk in pks if pk in objects]

    def pks(self):
        """The hits' primary keys, best first, without loading the records."""
        pks = self._ranked_pks(self.stop)
        if pks is None:
            return [obj.pk for obj in super()._do_search()]
        return pks[self.start : self.stop]

    def _do_count(self):
        pks = self._ranked_pks(self.stop)
        if pks is None:
            return super()._do_count()
        return len(pks[self.start : self.stop])
