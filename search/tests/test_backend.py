"""The search backend (search.backend) on whichever database the tests run on.

.venv/bin/pytest search/tests/test_backend.py
DATABASE_URL=postgres://postgres@127.0.0.1:5432/cabinet .venv/bin/pytest search/tests/test_backend.py
"""

import pytest
from django.db import connection, transaction
from modelsearch.query import And, Phrase, PlainText
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cabinet_site.tests import builders
from resources.models import ResourcePage
from resources.tests.factories import make_catalogue, make_record
from search.backend import analyse_query

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def _module_records(django_db_setup, django_db_blocker):
    """Built once for the module in a transaction rolled back at its end (as conftest's site_tree)."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            catalogue = make_catalogue(builders.make_home(builders.make_locales()))
            yield {
                "teachers": make_record(catalogue, "Мұғалімдерге арналған әдістемелік құрал"),
                "language": make_record(catalogue, "Қазақ тілі: 5-сынып оқулығы"),
                "tales": make_record(catalogue, "Ертегілер жинағы", description="Балаларға арналған қазақ ертегілері"),
                "russian": make_record(
                    catalogue, "Методическое пособие для учителей русского языка", languages=("ru",)
                ),
                "english": make_record(catalogue, "English grammar exercises for teachers", languages=("en",)),
                "authors": make_record(catalogue, "Математика есептері", authors="Сапарова Гүлнәр Қайратқызы"),
            }
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


@pytest.fixture
def records(_module_records, db):
    return _module_records


def found(query, **kwargs):
    return {page.title for page in ResourcePage.objects.search(query, **kwargs)}


def test_the_configured_backend_analyses():
    backend = get_search_backend()
    assert type(backend).__name__.startswith("Analysed")
    if connection.vendor == "postgresql":
        assert backend.config == "simple"


@pytest.mark.parametrize(
    ("query", "key"),
    [
        ("мұғалім", "teachers"),  # the dictionary form finds an inflected one
        ("мұғалімдер", "teachers"),
        ("мугалимдерге", "teachers"),  # typed on a Russian keyboard
        ("МҰҒАЛІМ", "teachers"),  # capitals
        ("Қазақ тілі", "language"),
        ("казак тили", "language"),
        ("qazaq tili", "language"),  # 2021 Latin alphabet
        ("kazak tili", "language"),  # informal ASCII
        ("қазақ тіліне", "language"),
        ("оқулықтар", "language"),
        ("ертегі", "tales"),  # the description is indexed too
        ("балалар", "tales"),
        ("пособия учителям", "russian"),  # Russian inflections through Snowball
        ("УЧИТЕЛЬ", "russian"),
        ("exercise", "english"),
        ("Grammar", "english"),
        ("сапарова", "authors"),
        ("Гулнар", "authors"),
    ],
)
def test_finds_what_teachers_type(records, query, key):
    assert records[key].title in found(query)


def test_every_word_must_match(records):
    assert found("қазақ ертегілері") == {records["tales"].title}
    assert found("қазақ ертегілері математика") == set()
    assert found("қазақ математика", operator="or") >= {records["language"].title, records["authors"].title}


def test_quoted_phrases_match_only_the_words_in_that_order(records):
    assert found('"қазақ тілі"') == {records["language"].title}
    assert found('"тілі қазақ"') == set()
    assert found("«казак тили»") == {records["language"].title}


@pytest.mark.parametrize(
    "query",
    ['"', '"""', "(((", "*", "AND OR NOT", "NEAR(a b)", "title:x", "a & b | !c", "'; DROP TABLE x; --", "\\", "😀"],
)
def test_any_query_object_is_safe(records, query):
    assert isinstance(found(query), set)


def test_the_admin_page_search_goes_through_the_analysis(records):
    """Wagtail's page search parses phrases itself and calls autocomplete(): prefixes of folded words match."""
    pages = Page.objects.filter(pk__in=[record.pk for record in records.values()])
    assert {page.title for page in pages.autocomplete("мугалимд")} == {records["teachers"].title}
    assert {page.title for page in pages.autocomplete(PlainText("Қазақ тіл"))} == {records["language"].title}


def test_queries_become_any_of_each_words_terms():
    query = analyse_query('оқулық "қазақ тілі" ', "and")
    assert isinstance(query, And)
    phrase, word = query.subqueries
    assert isinstance(phrase, Phrase) and phrase.query_string == "казак тили"
    assert isinstance(word, PlainText) and word.operator == "or"
    assert word.query_string.split()[-1] == "окулык"  # the folded form last: autocomplete's prefix
    assert analyse_query("*** ()", "and") is None


def test_elasticsearch_and_opensearch_documents_carry_the_analysed_text():
    from modelsearch.backends.elasticsearchbase import ElasticsearchBaseMapping

    from search.backend import AnalysedMappingMixin

    mapping = type("Mapping", (AnalysedMappingMixin, ElasticsearchBaseMapping), {})(ResourcePage)
    record = ResourcePage(title="Мұғалімдерге арналған", description="Қазақ тілі")
    fields = {
        field.field_name: field for field in ResourcePage.get_search_fields() if type(field).__name__ == "SearchField"
    }
    assert "мугалим" in mapping._get_document_field_data(fields["title"], record)[1].split()
    assert "казак" in mapping._get_document_field_data(fields["description"], record)[1].split()


@pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's column of stored documents")
def test_a_search_matches_and_ranks_the_stored_documents_which_have_an_index(records):
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert found("арналған") == {records["teachers"].title, records["tales"].title}
    (search_sql,) = [query["sql"] for query in queries if "cabinet_document" in query["sql"]]
    assert '"cabinet_document" @@' in search_sql
    assert "ts_rank" in search_sql.split("ORDER BY")[1] and '."body"' not in search_sql
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a table of a few test records is read whole otherwise
        cursor.execute("EXPLAIN SELECT id FROM wagtailsearch_indexentry WHERE cabinet_document @@ 'арнал'::tsquery")
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert "search_indexentry_cabinet_document_gin" in plan


def test_search_results_can_narrow_another_query(records):
    """As a subquery (its tables renamed by Django), the search still reads the entries it joined."""
    results = ResourcePage.objects.search("мұғалім")
    narrowed = ResourcePage.objects.filter(pk__in=results.get_queryset().values("pk"))
    assert {page.title for page in narrowed} == {records["teachers"].title}
