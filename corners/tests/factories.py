"""Corners for tests, made as a methodologist would: published pages under the corners section."""

import datetime

from django.utils import timezone

from corners.models import CornerPage
from resources.models import ResourcePage


def make_corner(parent, title="Жас маманға көмек", slug="zhas-mamanga-komek", *, body=(), **fields):
    corner = CornerPage(title=title, slug=slug, body=list(body), **fields)
    parent.add_child(instance=corner)
    corner.save_revision().publish()
    corner.refresh_from_db()
    return corner


def filter_block(**values):
    """A saved catalogue filter as the editor fills it in."""
    value = {
        "heading": "Сабақ жоспарлары",
        "resource_type": "",
        "subject": "",
        "grade_from": "",
        "grade_to": "",
        "language": "",
        "tag": "",
        "words": "",
        "has_file": False,
        "limit": 6,
    }
    value.update(values)
    return ("catalogue_filter", value)


def published_days_ago(record, days):
    """Date a record's first publication, so "newest first" has a known order."""
    moment = timezone.now() - datetime.timedelta(days=days)
    ResourcePage.objects.filter(pk=record.pk).update(first_published_at=moment)
    record.first_published_at = moment
    return record
