"""Registration: places, the waiting list, refusals, the e-mails, spam, and who sees personal data."""

import datetime

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from events import registration as service
from events.models import Registration, RegistrationStatus
from events.tests.factories import make_event

pytestmark = pytest.mark.django_db


def person(number=1, **changes):
    data = {
        "name": f"Мұғалім {number}",
        "school": "№57 мектеп",
        "subject": "Қазақ тілі",
        "position": "мұғалім",
        "email": f"teacher{number}@example.kz",
        "phone": "+7 701 000 00 00",
        "consent": "on",
    }
    data.update(changes)
    return data


def open_event(index, **fields):
    start = (timezone.now() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)
    fields.setdefault("capacity", 2)
    return make_event(
        index, "Тәжірибе алмасу семинары", start, registration_enabled=True, venue="№57 мектеп", **fields
    )


@pytest.fixture
def index(site_tree):
    return site_tree.events["kk"]


def post(client, event, data, **extra):
    return client.post(reverse("event_register", args=[event.pk]), data, **extra)


def test_places_then_the_waiting_list_which_moves_up_when_someone_cancels(client, index):
    event = open_event(index)
    assert 'name="consent"' in client.get(event.url).content.decode()
    for number in (1, 2, 3):
        assert post(client, event, person(number)).status_code == 200
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses == {
        "teacher1@example.kz": RegistrationStatus.CONFIRMED,
        "teacher2@example.kz": RegistrationStatus.CONFIRMED,
        "teacher3@example.kz": RegistrationStatus.WAITLISTED,
    }
    assert [message.to for message in mail.outbox] == [
        ["teacher1@example.kz"],
        ["teacher2@example.kz"],
        ["teacher3@example.kz"],
    ]
    assert mail.outbox[2].attachments == []  # the waiting list gets no calendar entry yet

    first = Registration.objects.get(email="teacher1@example.kz")
    cancel_url = reverse("event_registration_cancel", args=[first.token])
    assert f"http://testserver{cancel_url}" in mail.outbox[0].body
    mail.outbox.clear()
    assert client.post(cancel_url).status_code == 200
    statuses = dict(Registration.objects.values_list("email", "status"))
    assert statuses["teacher1@example.kz"] == RegistrationStatus.CANCELLED
    assert statuses["teacher3@example.kz"] == RegistrationStatus.CONFIRMED
    assert [message.to for message in mail.outbox] == [["teacher3@example.kz"]]
    assert mail.outbox[0].attachments[0][0] == "event.ics"


def test_the_confirmation_carries_the_event_in_almaty_time_as_an_ics(client, index):
    event = open_event(index)
    post(client, event, person())
    message = mail.outbox[0]
    assert event.title in message.subject
    name, content, mimetype = message.attachments[0]
    assert mimetype == "text/calendar"
    item = icalendar.Calendar.from_ical(content).walk("VEVENT")[0]
    assert str(item["summary"]) == event.title
    assert item["dtstart"].params["TZID"] == "Asia/Almaty"
    assert item.decoded("dtstart") == event.start
    assert timezone.localtime(event.start).strftime("%H:%M") in message.body


def test_a_second_registration_with_the_same_email_is_refused_politely(client, index):
    event = open_event(index)
    post(client, event, person(1))
    response = post(client, event, person(2, email="TEACHER1@example.kz"))
    assert response.status_code == 400
    assert "already registered" in response.content.decode() or "тіркелген" in response.content.decode()
    assert Registration.objects.count() == 1
    assert len(mail.outbox) == 1


def test_consent_is_required(client, index):
    event = open_event(index)
    data = person()
    del data["consent"]
    response = post(client, event, data)
    assert response.status_code == 400
    assert 'class="form-field__error"' in response.content.decode()
    assert not Registration.objects.exists()


def test_registration_closes_at_the_set_time_or_when_the_event_starts(client, index):
    closed = open_event(index, registration_closes_at=timezone.now() - datetime.timedelta(minutes=1))
    assert 'name="consent"' not in client.get(closed.url).content.decode()
    assert post(client, closed, person()).status_code == 400
    started = make_event(
        index, "Жүріп жатқан семинар", timezone.now() - datetime.timedelta(hours=1), registration_enabled=True
    )
    assert post(client, started, person(2)).status_code == 400
    assert not Registration.objects.exists()
    assert not started.registration_is_open()


def test_robots_and_floods_are_turned_away(client, index):
    event = open_event(index, capacity=None)
    post(client, event, person(1, website="http://spam.example"))
    assert not Registration.objects.exists()
    for number in range(2, 2 + service.RATE_LIMIT - 1):
        assert post(client, event, person(number)).status_code == 200
    assert post(client, event, person(99)).status_code == 429
    assert not Registration.objects.filter(email="teacher99@example.kz").exists()


def test_only_methodologists_and_administrators_see_registrations(client, index, staff, superuser):
    event = open_event(index)
    post(client, event, person(1))
    listing = reverse("wagtailsnippets_events_registration:list")
    for role in ("librarian", "teacher"):
        client.force_login(staff[role])
        response = client.get(listing)
        assert response.status_code in (302, 403)
        assert "teacher1@example.kz" not in response.content.decode()
    client.logout()
    assert "teacher1@example.kz" not in client.get(listing).content.decode()

    client.force_login(staff["methodologist"])
    assert "teacher1@example.kz" in client.get(listing).content.decode()
    csv = client.get(listing, {"export": "csv"})
    assert csv.status_code == 200
    assert "teacher1@example.kz" in b"".join(csv.streaming_content).decode("utf-8-sig")
    # Attendance is marked in the edit form.
    registration = Registration.objects.get()
    edit = reverse("wagtailsnippets_events_registration:edit", args=[registration.pk])
    response = client.post(edit, {"attended": "on", "status": "confirmed"})
    assert response.status_code == 302
    registration.refresh_from_db()
    assert registration.attended
    assert registration.email == "teacher1@example.kz"


def test_a_failing_mail_server_does_not_lose_the_registration(client, index, monkeypatch):
    def refuse(*args, **kwargs):
        raise ConnectionRefusedError("SMTP server is down")

    monkeypatch.setattr("django.core.mail.EmailMessage.send", refuse)
    event = open_event(index)
    response = post(client, event, person())
    assert response.status_code == 200
    assert Registration.objects.get().status == RegistrationStatus.CONFIRMED
