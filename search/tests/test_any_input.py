"""No text typed into a search box gives a server error: the site search, the catalogue, the API.

A property-based test (hypothesis): run it on SQLite and on PostgreSQL (DATABASE_URL=postgres://...).
"""

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.strategies import NASTY

QUERIES = st.one_of(NASTY, st.text(max_size=60), st.lists(NASTY | st.text(max_size=10), max_size=6).map(" ".join))


@pytest.mark.django_db
@settings(max_examples=40, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=QUERIES)
@example(q='"каталог"')
def test_any_text_as_a_query_never_fails(client, site_tree, q):
    catalogue = site_tree.resources["kk"]
    responses = {
        "search": client.get("/kk/search/", {"q": q}),
        "catalogue": client.get(catalogue.url, {"q": q}),
        "api": client.get("/api/v2/pages/", {"type": "resources.ResourcePage", "search": q}),
    }
    for name, response in responses.items():
        assert response.status_code < 500, (name, q)
    assert responses["search"].status_code == 200
    assert responses["catalogue"].status_code == 200
