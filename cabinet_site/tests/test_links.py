"""Links that leave the site (e-mails, calendar files, feeds) use its real address, never localhost."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.core.cache import cache
from django.urls import reverse
from django.utils import translation
from wagtail.models import Site

from events.tests.factories import at, make_event, make_news
from events.tests.test_registration import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def localhost_site(site_tree, settings):
    """A site left with the host name of a fresh installation, deployed at its real address."""
    settings.WAGTAILADMIN_BASE_URL = "https://cabinet.example.kz"
    Site.objects.update(hostname="localhost", port=80)
    cache.clear()
    return site_tree


def test_registration_mail_and_its_calendar_file_link_to_the_real_address(client, localhost_site):
    event = make_event(localhost_site.events["kk"], "Семинар", at(10, 10), registration_enabled=True)
    assert client.post(reverse("event_register", args=[event.pk]), person()).status_code == 200
    [message] = mail.outbox
    assert "localhost" not in message.body
    assert "https://cabinet.example.kz/kk/is-sharalar/" in message.body
    token = event.registrations.get().token
    with translation.override("kk"):  # the registration was made on the Kazakh page
        cancel_path = reverse("event_registration_cancel", args=[token])
    assert f"https://cabinet.example.kz{cancel_path}" in message.body
    content = message.attachments[0][1]
    assert "localhost" not in (content.decode() if isinstance(content, bytes) else content)
    [item] = icalendar.Calendar.from_ical(content).walk("VEVENT")
    assert str(item["url"]).startswith("https://cabinet.example.kz/kk/is-sharalar/")


def test_feeds_and_the_event_page_never_link_to_localhost(client, localhost_site):
    event = make_event(localhost_site.events["kk"], "Семинар", at(5, 10))
    make_news(localhost_site.news["kk"], "Семинар есебі", datetime.date(2025, 9, 1), event=event)
    for address in ("/kk/events/calendar.ics", event.ics_url, "/kk/news/feed/rss/", "/kk/news/feed/atom/"):
        response = client.get(address)
        assert response.status_code == 200, address
        assert b"localhost" not in response.content, address
    page = client.get(event.url).content.decode()
    assert '<meta property="og:url" content="http://testserver/kk/is-sharalar/' in page
    assert '"url": "http://testserver/kk/is-sharalar/' in page  # the structured data
    assert b"http://testserver/kk/is-sharalar/" in client.get("/kk/events/calendar.ics").content.replace(b"\r\n ", b"")


def test_a_page_s_canonical_and_language_links_use_the_real_address(client, localhost_site):
    html = client.get("/kk/", HTTP_HOST="localhost").content.decode()
    assert '<link rel="canonical" href="https://cabinet.example.kz/kk/">' in html
    assert '<link rel="alternate" hreflang="ru" href="https://cabinet.example.kz/ru/">' in html
    assert "http://localhost" not in html
