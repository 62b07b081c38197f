"""PostgreSQL: match and rank on each entry's stored document, with one ts_rank for the whole query.

modelsearch matches a query against `title || body`, concatenated anew for every entry it reads,
and ranks it with one ts_rank per vector (title, body) and, for an And or Or query, per part: the
analysed queries are an And of one "any of its terms" group per word. The project's backend
matches and ranks on `cabinet_document`, the entry's `title || body` stored by PostgreSQL
(migration 0004), with one ts_rank of the whole query: the title's words still weigh most, as
Wagtail weighs them in the vector ('A'), and each matched entry's vector is read once.
"""

from django.contrib.postgres.search import SearchRank, SearchVectorField
from django.db.models import Expression, F
from modelsearch.query import And, Or

COLUMN = "cabinet_document"  # search/migrations/0004_indexentry_stored_document.py


class StoredDocument(Expression):
    """The `cabinet_document` column of the search index entry joined to the searched records."""

    output_field = SearchVectorField()

    def __init__(self, entry_column=None):
        # The column is not a field of Wagtail's IndexEntry model: the entries are joined through
        # one that is, and this column is read from the same join (renamed with it in a subquery).
        super().__init__()
        self.entry_column = entry_column if entry_column is not None else F("index_entries__title")

    def get_source_expressions(self):
        return [self.entry_column]

    def set_source_expressions(self, expressions):
        (self.entry_column,) = expressions

    def as_sql(self, compiler, connection):
        alias = compiler.quote_name_unless_alias(self.entry_column.alias)
        return f"{alias}.{connection.ops.quote_name(COLUMN)}", []


class SingleRankMixin:
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if not isinstance(query, (And, Or)):
            return super().build_tsrank(vector, query, config=config, boost=boost)
        rank = SearchRank(vector, self.build_tsquery(query, config=config), weights=self.sql_weights)
        return rank * boost if boost != 1.0 else rank


class StoredDocumentMixin(SingleRankMixin):
    def get_index_vectors(self, search_query):
        return [(StoredDocument(), 1.0)]


class LeanResultsMixin:
    """Match on the entries' document without sending it back with every hit.

    modelsearch annotates each hit with the vector it filters on, so the whole tsvector of every
    matching record travelled to Python, to be parsed and dropped: for a catalogue search over
    thousands of hits, most of the time the search took.
    """

    def get_queryset(self):
        queryset = super().get_queryset()
        query = queryset.query
        if "_vector_" in query.annotations:
            query.set_annotation_mask([name for name in query.annotation_select if name != "_vector_"])
        return queryset

    def pks(self):
        """The hits' primary keys, best first, without loading the records."""
        return list(self.get_queryset().values_list("pk", flat=True))
