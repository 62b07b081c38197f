"""The corners section and a corner read the database a fixed number of times, however many
corners, records, events and people they show (issue 8, query budgets)."""

import datetime

import pytest
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file

from cabinet_site.tests.budgets import measure_twice
from events.tests.factories import make_event
from resources.tests.factories import make_full_record

from .factories import filter_block, make_corner

pytestmark = pytest.mark.django_db

CORNERS_SECTION_BUDGET = 28
# From scratch; 5 of them read the catalogue's facet index, kept afterwards (resources/facet_index.py).
CORNER_BUDGET = 67


def test_corners_section(count_queries, site_tree):
    section = site_tree.corners["kk"]

    def add(start, count):
        for number in range(start, start + count):
            make_corner(
                section, f"Бұрыш {number}", f"burysh-{number}", introduction="Жас мамандарға", audience="Барлығы"
            )

    add(0, 2)
    few, more, _response, response = measure_twice(count_queries, section.url, None, lambda: add(2, 6))
    assert response.content.decode().count('class="corner-card ') == 8 + 1  # and the test site's corner
    assert (few, more) == (CORNERS_SECTION_BUDGET, CORNERS_SECTION_BUDGET)


def person(number, photo):
    return {
        "name": f"Тәлімгер {number}",
        "role": "Әдіскер",
        "photo": photo,
        "about": "Жас мамандарға көмектеседі.",
        "email": f"mentor{number}@example.kz",
        "phone": "+7 727 300 00 04",
        "hours": "Дүйсенбі, 14:00",
    }


def test_corner_with_every_kind_of_block(count_queries, site_tree):
    """Hand-picked records, a saved catalogue filter, upcoming events and people cards."""
    catalogue, events = site_tree.resources["kk"], site_tree.events["kk"]
    picked, people = [], []

    def add(start, count):
        for number in range(start, start + count):
            picked.append(make_full_record(catalogue, f"Таңдалған құрал {number}", number))
            make_full_record(catalogue, f"Сүзгідегі құрал {number}", 100 + number, type_slug="dictionary")
            event = make_event(events, f"Семинар {number}", timezone.now() + datetime.timedelta(days=1 + number))
            event.subjects.add(*picked[-1].subjects.all())
            event.save_revision().publish()
            image = get_image_model().objects.create(title=f"Тәлімгер {number}", file=get_test_image_file())
            people.append(person(number, image))
        corner.body = [
            ("records", {"heading": "Таңдаулы", "records": picked}),
            filter_block(resource_type="dictionary", subject="mathematics", tag="әдістеме", limit=12),
            ("events", {"heading": "Іс-шаралар", "kind": "seminar", "subject": "", "limit": 12}),
            ("people", {"heading": "Тәлімгерлер", "people": people}),
        ]
        corner.save_revision().publish()

    corner = make_corner(site_tree.corners["kk"], "Жас маманға көмек", "zhas-maman", takes_questions=True)
    add(0, 2)
    few, more, _response, response = measure_twice(count_queries, corner.url, None, lambda: add(2, 6))
    html = response.content.decode()
    assert html.count("Таңдалған құрал ") == 8
    assert html.count("Сүзгідегі құрал ") == 8
    assert html.count('<article class="event-card') == 8
    assert html.count('class="person-card"') == 8
    assert (few, more) == (CORNER_BUDGET, CORNER_BUDGET)
