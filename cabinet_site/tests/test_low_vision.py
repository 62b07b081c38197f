"""The version for the visually impaired: a cookie switched from the header."""

from urllib.parse import parse_qs, urlsplit

import pytest

from cabinet_site.tests.html import soup
from cabinet_site.views import LOW_VISION_COOKIE


def html_classes(response):
    return soup(response).html.get("class", [])


def toggle_link(response):
    return soup(response).find("a", attrs={"data-low-vision-toggle": True})


def toggle_mode(response):
    """What the header's toggle would switch to: "on" in the standard version, "off" in low vision."""
    return parse_qs(urlsplit(toggle_link(response)["href"]).query)["mode"]


def test_switching_on_sets_the_cookie_and_returns_to_the_page(client, site_tree):
    response = client.get("/low-vision/", {"mode": "on", "next": "/kk/"})
    assert response.status_code == 302
    assert response["Location"] == "/kk/"
    assert response.cookies[LOW_VISION_COOKIE].value == "1"
    assert response.cookies[LOW_VISION_COOKIE]["max-age"]  # remembered across visits

    page = client.get("/kk/")
    assert "low-vision" in html_classes(page)
    assert toggle_mode(page) == ["off"]


def test_switching_off_removes_it(client, site_tree):
    client.get("/low-vision/", {"mode": "on", "next": "/ru/"})
    response = client.get("/low-vision/", {"mode": "off", "next": "/ru/"})
    assert response.status_code == 302
    assert response["Location"] == "/ru/"
    assert response.cookies[LOW_VISION_COOKIE].value == ""
    page = client.get("/ru/")
    assert "low-vision" not in html_classes(page)
    assert toggle_mode(page) == ["on"]


def test_standard_version_by_default(client, site_tree):
    page = client.get("/en/")
    assert "low-vision" not in html_classes(page)
    assert toggle_mode(page) == ["on"]


@pytest.mark.parametrize(
    "next_url", ["http://evil.example/", "//evil.example/", "https://evil.example/kk/", "javascript:alert(1)", ""]
)
def test_never_redirects_off_site(client, site_tree, next_url):
    response = client.get("/low-vision/", {"mode": "on", "next": next_url})
    assert response.status_code == 302
    assert response["Location"] == "/"


def test_the_header_toggle_leads_back_to_the_same_page(client, site_tree):
    """Follow the header's own link, on a page whose address has Cyrillic letters."""
    page = site_tree.about["ru"]
    link = toggle_link(client.get(page.url))["href"]
    response = client.get(link)
    assert response.status_code == 302
    assert response["Location"] == page.url
    assert "low-vision" in html_classes(client.get(response["Location"]))
    # And back, from the link the page now shows.
    link = toggle_link(client.get(page.url))["href"]
    response = client.get(link)
    assert response["Location"] == page.url
    assert "low-vision" not in html_classes(client.get(page.url))
