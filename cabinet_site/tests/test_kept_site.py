"""The site a request is for is found once and kept; a new or changed site counts at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction, Site

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


def route_queries(client, url, **headers):
    """The queries of one request that look for a page by its slug, as Wagtail's routing does."""
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, headers=headers)
    return [q["sql"] for q in queries if '"wagtailcore_page"."slug" =' in q["sql"]], response


def test_the_page_of_an_address_is_found_once_in_each_language(client, site_tree, page_cache_off):
    for code in ("kk", "ru"):
        url = site_tree.about[code].url
        first, response = route_queries(client, url)
        again, kept = route_queries(client, url)
        assert first and again == []
        assert kept.context["page"].pk == response.context["page"].pk == site_tree.about[code].pk
        assert kept.context["page"].title == site_tree.about[code].title


def test_a_kept_page_follows_publishing_moving_and_unpublishing(client, site_tree, page_cache_off):
    about = site_tree.about["kk"]
    old_url = about.url
    client.get(old_url)
    about.title = "Біз туралы"
    about.save_revision().publish()
    assert client.get(old_url).context["page"].title == "Біз туралы"

    about.move(site_tree.resources["kk"], pos="last-child")
    about.refresh_from_db()
    moved = client.get(old_url)  # Wagtail leaves a redirect behind a moved page
    assert (moved.status_code, moved["Location"]) == (301, about.url)
    assert client.get(about.url).context["page"].pk == about.pk

    about.unpublish()
    assert client.get(about.url).status_code == 404


def test_addresses_without_a_page_are_not_kept(client, site_tree, page_cache_off):
    first, response = route_queries(client, "/kk/no-such-page/")
    again, _response = route_queries(client, "/kk/no-such-page/")
    assert response.status_code == 404 and first and again


def test_who_may_see_a_kept_page_is_checked_on_every_request(client, site_tree, page_cache_off, staff):
    url = site_tree.about["kk"].url
    assert client.get(url).status_code == 200  # its route is kept now
    PageViewRestriction.objects.create(page=site_tree.about["kk"], restriction_type=PageViewRestriction.LOGIN)
    assert client.get(url).status_code == 302
    client.force_login(staff["teacher"])
    assert client.get(url).status_code == 200
