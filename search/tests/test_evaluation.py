"""The project's search finds at least 90% of what it should on the evaluation set (search/evaluation/)."""

import pytest

from resources.models import ResourcePage
from resources.tests.factories import make_catalogue
from search.evaluation import QUERIES, RESOURCES, evaluate, load_records
from search.query import run_search

pytestmark = pytest.mark.django_db


def test_the_set_is_large_enough_and_consistent():
    assert len(RESOURCES) >= 40
    assert len(QUERIES) >= 60
    ids = {item["id"] for item in RESOURCES}
    assert all(set(query["expected"]) <= ids for query in QUERIES)
    assert {"inflected", "russian-layout", "latin", "capitals", "russian", "multi-word", "typo"} <= {
        query["kind"] for query in QUERIES
    }


def test_recall_at_10(home_page):
    pks = load_records(make_catalogue(home_page))
    records = ResourcePage.objects.live()
    scores = evaluate(lambda q: [page.pk for page in run_search(records, q, limit=10).results], pks)
    assert scores.recall >= 0.9, scores.misses
    assert scores.mrr >= 0.8, scores.misses
