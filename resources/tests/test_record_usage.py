"""A record's page says where the material is used: events, news and corners of its language."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone

from corners.tests.factories import filter_block, make_corner
from events.models import EventResourceLink
from events.tests.factories import make_event
from resources.tests.factories import make_record

pytestmark = pytest.mark.django_db


def usages(client, record):
    html = BeautifulSoup(client.get(record.url).content, "html.parser")
    section = html.select_one(".record__usages")
    return [link.get_text(strip=True) for link in section.select("a")] if section else []


def with_records(event, *records):
    for record in records:
        EventResourceLink.objects.create(page=event, resource=record)
    event.save_revision().publish()
    return event


def test_events_corners_and_filters_that_use_a_record_are_listed(client, site_tree):
    record = make_record(site_tree.resources["kk"], "Сөздік қор", type_slug="dictionary")
    other = make_record(site_tree.resources["kk"], "Есептер жинағы", type_slug="assessment")
    soon = timezone.now() + datetime.timedelta(days=3)
    with_records(make_event(site_tree.events["kk"], "Сөздік апталығы", soon), record)
    with_records(make_event(site_tree.events["kk"], "Математика күні", soon), other)
    picked = [("records", {"heading": "", "records": [record]})]
    make_corner(site_tree.corners["kk"], "Бұл сізге қажет", "qazhet", body=picked)
    make_corner(site_tree.corners["kk"], "Сөздіктер", "sozdikter", body=[filter_block(resource_type="dictionary")])
    make_corner(site_tree.corners["kk"], "Есептер", "esepter", body=[filter_block(resource_type="assessment")])

    assert usages(client, record) == ["Бұл сізге қажет", "Сөздіктер", "Сөздік апталығы"]
    assert usages(client, other) == ["Есептер", "Математика күні"]


def test_drafts_and_unpublished_pages_are_not_listed(client, site_tree):
    record = make_record(site_tree.resources["kk"], "Сөздік қор", type_slug="dictionary")
    event = with_records(make_event(site_tree.events["kk"], "Сөздік апталығы", timezone.now()), record)
    dictionaries = [filter_block(resource_type="dictionary")]
    corner = make_corner(site_tree.corners["kk"], "Сөздіктер", "sozdikter", body=dictionaries)
    assert usages(client, record) == ["Сөздіктер", "Сөздік апталығы"]
    event.unpublish()
    corner.unpublish()
    assert usages(client, record) == []
