"""The search backend: Wagtail's own, with the project's text analysis on both sides.

    WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backend"}}

wraps Wagtail's database backend (SQLite FTS5 or PostgreSQL full-text search, chosen by the
database). With "BASE_BACKEND": "wagtail.search.backends.opensearch3" (or elasticsearch8, ...)
it wraps that one instead; every other option goes to the wrapped backend. What is indexed is
`search.analysis.index_document` of each search field's text, and every query, whether a string
or a query object (the admin parses quoted phrases into those), becomes, for each word, "any of
its terms". So the site search, the catalogue, the API and the admin all match the same way on
every database. See docs/search.md.
"""

import copy
import re
from functools import cache

from django.utils.encoding import force_str
from django.utils.module_loading import import_string
from modelsearch.backends.base import EmptySearchResults
from modelsearch.index import AutocompleteField, RelatedFields, SearchField
from modelsearch.query import And, Boost, Fuzzy, MatchAll, Not, Or, Phrase, PlainText

from .analysis import fold, index_document, phrase_terms, query_words, terms

DEFAULT_BASE_BACKEND = "wagtail.search.backends.database"
TERM = re.compile(r"^[^\W_]+$")

# Quoted phrases: "..." or «...»; an unmatched quote opens a phrase that runs to the end.
PHRASE = re.compile(r'"([^"]*)(?:"|$)|«([^»]*)(?:»|$)')


def SearchBackend(params):
    """The wrapped backend's instance, of a subclass that analyses what it indexes and what it is asked."""
    params = dict(params)
    base = import_string(params.pop("BASE_BACKEND", DEFAULT_BASE_BACKEND) + ".SearchBackend")
    # The database module's SearchBackend is a function that picks a class by database vendor.
    base_class = base if isinstance(base, type) else type(base(params))
    if base_class.__name__ == "DatabaseSearchBackend":
        # No full-text index (SQLite without FTS5): the fallback matches raw text with LIKE.
        return base_class(params)
    if base_class.__name__ == "PostgresSearchBackend":
        # Terms arrive folded and stemmed: the "simple" configuration keeps them as they are.
        params.setdefault("SEARCH_CONFIG", "simple")
    return analysed_class(base_class)(params)


@cache
def analysed_class(base_class):
    """`base_class` with the analysis at index time and at query time."""
    attributes = {}
    if hasattr(base_class, "mapping_class"):  # Elasticsearch, OpenSearch
        mixin, base_mapping = AnalysedMappingMixin, base_class.mapping_class
        attributes["mapping_class"] = type(f"Analysed{base_mapping.__name__}", (mixin, base_mapping), {})
    else:  # the database backends
        mixin, base_index = AnalysedIndexMixin, base_class.index_class
        attributes["index_class"] = type(f"Analysed{base_index.__name__}", (mixin, base_index), {})
    if base_class.__name__ == "SQLiteSearchBackend":
        from .sqlite import GroupedPlainTextMixin, RankedResultsMixin

        for name in ("query_compiler_class", "autocomplete_query_compiler_class"):
            compiler = getattr(base_class, name)
            attributes[name] = type(f"Grouped{compiler.__name__}", (GroupedPlainTextMixin, compiler), {})
        results = base_class.results_class
        attributes["results_class"] = type(f"Ranked{results.__name__}", (RankedResultsMixin, results), {})
    if base_class.__name__ == "PostgresSearchBackend":
        from .postgres import LeanResultsMixin, SingleRankMixin, StoredDocumentMixin

        compiler = base_class.query_compiler_class
        attributes["query_compiler_class"] = type(f"Stored{compiler.__name__}", (StoredDocumentMixin, compiler), {})
        compiler = base_class.autocomplete_query_compiler_class
        attributes["autocomplete_query_compiler_class"] = type(
            f"SingleRank{compiler.__name__}", (SingleRankMixin, compiler), {}
        )
        results = base_class.results_class
        attributes["results_class"] = type(f"Lean{results.__name__}", (LeanResultsMixin, results), {})
    return type(f"Analysed{base_class.__name__}", (AnalysedBackendMixin, base_class), attributes)


class AnalysedBackendMixin:
    def search(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        analysed = analyse_query(query, operator or "and")
        if analysed is None:
            return EmptySearchResults()
        return super().search(analysed, model_or_queryset, fields, operator, order_by_relevance)

    def autocomplete(self, query, model_or_queryset, fields=None, operator=None, order_by_relevance=True):
        analysed = analyse_query(query, operator or "and")
        if analysed is None:
            return EmptySearchResults()
        return super().autocomplete(analysed, model_or_queryset, fields, operator, order_by_relevance)


def analyse_query(query, operator="and"):
    """The query with every word replaced by its terms; None when no word is left."""
    if isinstance(query, str):
        return combine(parse(query), operator)
    if isinstance(query, (PlainText, Fuzzy)):
        return combine(parse(query.query_string, quotes=False), query.operator)
    if isinstance(query, Phrase):
        return phrase(query.query_string)
    if isinstance(query, (And, Or)):
        parts = [part for part in (analyse_query(sub, operator) for sub in query.subqueries) if part is not None]
        if not parts:
            return None
        return parts[0] if len(parts) == 1 else type(query)(parts)
    if isinstance(query, Not):
        inner = analyse_query(query.subquery, operator)
        return None if inner is None else Not(inner)
    if isinstance(query, Boost):
        return analyse_query(query.subquery, operator)
    if isinstance(query, MatchAll):
        return query
    return None


def parse(text, *, quotes=True):
    """The parts of a query string: a PlainText of "any of its terms" per word, a Phrase per quote."""
    text = force_str(text)
    parts = []
    if quotes:
        for match in PHRASE.finditer(text):
            quoted = match.group(1) if match.group(1) is not None else match.group(2)
            if len(phrase_terms(quoted)) > 1:
                parts.append(phrase(quoted))
            else:  # a single quoted word is just a word
                parts.extend(word_parts(quoted))
        text = PHRASE.sub(" ", text)
    parts.extend(word_parts(text))
    return parts


def word_parts(text):
    parts = []
    for word in query_words(text):
        # The folded form goes last: autocomplete reads the last term of a PlainText as a prefix.
        folded = fold(word)
        kept = [term for term in sorted(terms(word)) if term != folded and TERM.match(term)]
        if TERM.match(folded):
            kept.append(folded)
        if kept:
            parts.append(PlainText(" ".join(kept), operator="or"))
    return parts


def phrase(text):
    folded = [term for term in phrase_terms(text) if TERM.match(term)]
    if not folded:
        return None
    if len(folded) == 1:
        return PlainText(folded[0])
    return Phrase(" ".join(folded))


def combine(parts, operator):
    parts = [part for part in parts if part is not None]
    if not parts:
        return None
    if len(parts) == 1:
        return parts[0]
    return Or(parts) if operator == "or" else And(parts)


# Indexing --------------------------------------------------------------------------------------


def analysed_value(value):
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(analysed_value(item) for item in value)
    if isinstance(value, dict):
        return " ".join(analysed_value(item) for item in value.values())
    return index_document(force_str(value))


class AnalysedObject:
    """What the database backends' indexers read from an object, with every text analysed.

    Their indexers take an object's `pk` and `get_search_fields()` and call each field's
    `get_value(obj)`; this stands in for the object and hands them fields that analyse.
    """

    def __init__(self, obj):
        self.obj = obj
        self.pk = obj.pk

    def get_search_fields(self):
        return analysed_fields(type(self.obj))


@cache
def analysed_fields(model):
    return [analysed_field(field) for field in model.get_search_fields()]


def unwrap(obj):
    return obj.obj if isinstance(obj, AnalysedObject) else obj


def analysed_field(field):
    analysed = copy.copy(field)
    if isinstance(field, RelatedFields):
        analysed.fields = [analysed_field(sub_field) for sub_field in field.fields]
        analysed.get_value = lambda obj: field.get_value(unwrap(obj))
    elif isinstance(field, (SearchField, AutocompleteField)):
        analysed.get_value = lambda obj: analysed_value(field.get_value(unwrap(obj)))
    else:
        analysed.get_value = lambda obj: field.get_value(unwrap(obj))
    return analysed


class AnalysedIndexMixin:
    def add_items(self, model, objs):
        return super().add_items(model, [AnalysedObject(obj) for obj in objs])


class AnalysedMappingMixin:
    """Elasticsearch and OpenSearch: the documents sent carry the analysed text."""

    def _get_document_field_data(self, field, obj):
        name, value, edgengrams = super()._get_document_field_data(field, obj)
        if isinstance(field, (SearchField, AutocompleteField)) and not isinstance(field, RelatedFields):
            value = analysed_value(value)
            if isinstance(field, AutocompleteField):
                edgengrams = [value]
        return name, value, edgengrams
