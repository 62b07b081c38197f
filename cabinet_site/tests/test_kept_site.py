"""The site a request is for is found once and kept; a new or changed site counts at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

pytestmark = pytest.mark.django_db


def site_queries(client, url, host):
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200
    return [q["sql"] for q in queries if 'FROM "wagtailcore_site"' in q["sql"]], response


def test_the_site_is_looked_up_once_per_host(client, site_tree, page_cache_off):
    url = site_tree.about["kk"].url
    first, _response = site_queries(client, url, "kabinet.example")
    again, _response = site_queries(client, url, "kabinet.example")
    assert len(first) == 1 and again == []
    other_host, _response = site_queries(client, url, "mektep.example")
    assert len(other_host) == 1  # each host name is looked up for itself


def test_a_new_site_serves_its_host_at_once(client, site_tree, page_cache_off):
    _queries, before = site_queries(client, "/kk/", "mektep.example")
    assert before.context["page"].pk != site_tree.about["kk"].pk  # the default site's home page
    Site.objects.create(hostname="mektep.example", port=80, root_page=site_tree.about["kk"], site_name="Мектеп")
    _queries, after = site_queries(client, "/kk/", "mektep.example")
    assert after.context["page"].pk == site_tree.about["kk"].pk
    _queries, default = site_queries(client, "/kk/", "kabinet.example")
    assert default.context["page"].pk != site_tree.about["kk"].pk
