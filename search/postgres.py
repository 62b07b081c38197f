"""PostgreSQL: one ts_rank per vector for the whole query.

modelsearch ranks an And or Or query by calling ts_rank once per part and per vector (title,
body) and combining the results; the analysed queries are an And of one "any of its terms" group
per word, so a three-word query cost six ts_rank calls for every matching row, three times what
plain Wagtail search pays for the same words. ts_rank of the whole query gives the same order of
relevance (it weighs every matched term) at the price of one call per vector.
"""

from django.contrib.postgres.search import SearchRank
from modelsearch.query import And, Or


class SingleRankMixin:
    def build_tsrank(self, vector, query, config=None, boost=1.0):
        if not isinstance(query, (And, Or)):
            return super().build_tsrank(vector, query, config=config, boost=boost)
        rank = SearchRank(vector, self.build_tsquery(query, config=config), weights=self.sql_weights)
        return rank * boost if boost != 1.0 else rank


class UnselectedVectorResultsMixin:
    """Match on the entries' document without sending it back with every hit.

    modelsearch annotates each hit with `title || body` to filter on it, so the whole tsvector of
    every matching record travelled to Python, to be parsed and dropped: for a catalogue search
    over thousands of hits, most of the time the search took.
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
