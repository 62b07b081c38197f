"""While the database is unreachable (a restart, a failover) visitors get a short 503, not a 500."""

from unittest import mock

import pytest
from django.db import InterfaceError, OperationalError
from django.db.backends.utils import CursorWrapper
from django.test import Client


@pytest.fixture
def visitor():
    # As a browser sees it: the exception becomes the error page instead of reaching the test.
    return Client(raise_request_exception=False)


def failing_queries(error):
    return mock.patch.object(CursorWrapper, "execute", side_effect=error)


@pytest.mark.parametrize(
    "error",
    [
        OperationalError("server closed the connection unexpectedly"),
        InterfaceError("connection already closed"),
    ],
)
def test_a_page_asked_for_while_the_database_is_down_answers_503_with_retry_after(site_tree, visitor, error):
    with failing_queries(error):
        response = visitor.get("/ru/")

    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    page = response.content.decode()
    assert '<html lang="ru">' in page
    assert "Методический кабинет" in page
    assert "503" in page
    assert "Traceback" not in page and "server closed" not in page


def test_the_503_page_is_in_the_language_of_the_address(site_tree, visitor):
    with failing_queries(OperationalError("could not connect to server")):
        response = visitor.get("/kk/")

    assert response.status_code == 503
    assert '<html lang="kk">' in response.content.decode()
    assert "Әдістемелік кабинет" in response.content.decode()


def test_the_site_serves_pages_again_once_the_database_answers(site_tree, visitor):
    with failing_queries(OperationalError("could not connect to server")):
        assert visitor.get("/kk/").status_code == 503

    assert visitor.get("/kk/").status_code == 200


def test_other_failures_still_answer_500(site_tree, visitor):
    with failing_queries(ValueError("not a database outage")):
        response = visitor.get("/kk/")

    assert response.status_code == 500
    assert "Retry-After" not in response
