"""Two people taking the last place at the same moment (PostgreSQL: SQLite has no row locks)."""

import pytest
from django.conf import settings

from cabinet_site.tests import builders
from cabinet_site.tests.concurrency import at_once
from events import registration as service
from events.models import EventIndexPage, Registration, RegistrationStatus
from events.tests.test_registration import open_event, person


@pytest.mark.skipif(settings.DATABASES["default"]["ENGINE"].endswith("sqlite3"), reason="needs PostgreSQL row locks")
@pytest.mark.django_db(transaction=True, serialized_rollback=True)
def test_two_people_taking_the_last_place_at_once_never_overbook_it():
    locales = builders.make_locales()
    home = builders.make_home(locales)
    index = builders.add_page(home, EventIndexPage, "Іс-шаралар", "is-sharalar")
    event = open_event(index, capacity=1)
    outcomes = []

    def take_place(number):
        data = {name: value for name, value in person(number).items() if name != "consent"}
        outcomes.append(service.register(event, data).status)

    at_once(4, take_place)
    assert sorted(outcomes) == ["confirmed", "waitlisted", "waitlisted", "waitlisted"]
    assert Registration.objects.filter(status=RegistrationStatus.CONFIRMED).count() == 1
