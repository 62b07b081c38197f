"""Registrants hear once, in their own language, when their event is cancelled, postponed or moved."""

import icalendar
import pytest
from django.core import mail
from django.urls import reverse
from wagtail.models import Locale

from cabinet_site.tests import builders
from events.models import EventStatus, Registration, RegistrationStatus
from events.tests.factories import at, make_event
from events.tests.test_registration import person

pytestmark = pytest.mark.django_db


@pytest.fixture
def event(site_tree):
    return make_event(
        site_tree.events["kk"],
        "Тәжірибе алмасу семинары",
        at(10, 10),
        at(10, 13),
        registration_enabled=True,
        capacity=2,
        venue="№57 мектеп",
    )


@pytest.fixture
def registrants(client, event):
    """Kazakh and Russian confirmed registrants, one on the waiting list, one who cancelled."""
    ru_page = builders.translate(event, Locale.objects.get(language_code="ru"), title="Семинар по обмену опытом")
    for page, number in ((event, 1), (ru_page, 2), (event, 3), (event, 4)):
        response = client.post(reverse("event_register", args=[page.pk]), person(number))
        assert response.status_code == 200
    Registration.objects.filter(email="teacher4@example.kz").update(status=RegistrationStatus.CANCELLED)
    confirmations = {message.to[0]: message for message in mail.outbox}
    mail.outbox.clear()
    return confirmations


def calendar_of(message):
    name, content, mimetype = message.attachments[0]
    assert name == "event.ics"
    assert mimetype.startswith("text/calendar")
    return icalendar.Calendar.from_ical(content)


def only_event(cal):
    [item] = cal.walk("VEVENT")
    return item


def publish(event, capture, **changes):
    for name, value in changes.items():
        setattr(event, name, value)
    with capture(execute=True):
        event.save_revision().publish()


def letters():
    return {message.to[0]: message for message in mail.outbox}


def test_a_cancellation_reaches_confirmed_and_waiting_registrants_in_their_language(
    event, registrants, django_capture_on_commit_callbacks, settings
):
    settings.DEFAULT_FROM_EMAIL = "Әдістемелік кабинет <cabinet@example.kz>"
    publish(event, django_capture_on_commit_callbacks, status=EventStatus.CANCELLED)
    sent = letters()
    assert sorted(sent) == ["teacher1@example.kz", "teacher2@example.kz", "teacher3@example.kz"]

    kazakh, russian, waiting = sent["teacher1@example.kz"], sent["teacher2@example.kz"], sent["teacher3@example.kz"]
    assert kazakh.subject == "Болдырылмады: Тәжірибе алмасу семинары"
    assert "Сәлеметсіз бе, Мұғалім 1!" in kazakh.body
    assert "өтпейді" in kazakh.body
    assert "http://testserver/kk/" in kazakh.body
    assert russian.subject == "Отменено: Семинар по обмену опытом"
    assert "Здравствуйте, Мұғалім 2!" in russian.body
    assert "отменено" in russian.body
    assert "http://testserver/ru/" in russian.body
    # The date that is cancelled, as the person knew it.
    assert f"{at(10, 10).day} " in kazakh.body

    # The confirmed get the calendar entry the confirmation made, cancelled: same UID, a higher SEQUENCE.
    for email, letter in (("teacher1@example.kz", kazakh), ("teacher2@example.kz", russian)):
        before = only_event(calendar_of(registrants[email]))
        cal = calendar_of(letter)
        assert str(cal["method"]) == "CANCEL"
        item = only_event(cal)
        assert str(item["uid"]) == str(before["uid"])
        assert int(item["sequence"]) > int(before["sequence"])
        assert str(item["status"]) == "CANCELLED"
        assert str(item["attendee"]) == f"mailto:{email}"
        assert str(item["organizer"]) == "mailto:cabinet@example.kz"
        assert item["organizer"].params["cn"] == "Cabinet"  # the site's name
        assert str(item["url"]).startswith("http://testserver/")
    assert str(only_event(calendar_of(russian))["summary"]) == "Семинар по обмену опытом"
    # The waiting list never had an entry in its calendar.
    assert waiting.attachments == []
    assert "Болдырылмады" in waiting.subject

    # Once per change: later saves, and the change reaching the Russian page, write nothing more.
    mail.outbox.clear()
    publish(event, django_capture_on_commit_callbacks, introduction="Кешіріңіз.")
    ru_page = event.get_translation(Locale.objects.get(language_code="ru")).specific
    publish(ru_page, django_capture_on_commit_callbacks, status=EventStatus.CANCELLED)
    assert mail.outbox == []


def test_a_new_date_is_sent_with_an_updated_calendar_entry(event, registrants, django_capture_on_commit_callbacks):
    old_start = event.start
    publish(
        event,
        django_capture_on_commit_callbacks,
        status=EventStatus.POSTPONED,
        postponed_from=old_start,
        start=at(17, 15),
        end=at(17, 17),
    )
    sent = letters()
    assert sorted(sent) == ["teacher1@example.kz", "teacher2@example.kz", "teacher3@example.kz"]
    kazakh, russian = sent["teacher1@example.kz"], sent["teacher2@example.kz"]
    assert kazakh.subject == "Жаңа күні: Тәжірибе алмасу семинары"
    assert russian.subject == "Новая дата: Семинар по обмену опытом"
    assert "15:00–17:00" in kazakh.body and "15:00–17:00" in russian.body
    assert "(по времени Алматы)" in russian.body
    assert "заново записываться не нужно" in russian.body
    cancel_url = reverse(
        "event_registration_cancel", args=[Registration.objects.get(email="teacher1@example.kz").token]
    )
    assert f"http://testserver{cancel_url}" in kazakh.body

    before = only_event(calendar_of(registrants["teacher1@example.kz"]))
    cal = calendar_of(kazakh)
    assert str(cal["method"]) == "REQUEST"
    item = only_event(cal)
    assert str(item["uid"]) == str(before["uid"])
    assert int(item["sequence"]) > int(before["sequence"])
    assert item.decoded("dtstart") == at(17, 15)
    assert item["dtstart"].params["TZID"] == "Asia/Almaty"
    assert str(item["status"]) == "CONFIRMED"
    waiting = sent["teacher3@example.kz"]
    assert waiting.attachments == []
    assert "күту тізімінде" in waiting.body

    # A draft tells nobody; publishing an unrelated edit neither.
    mail.outbox.clear()
    event.start, event.end = at(20, 10), at(20, 12)
    with django_capture_on_commit_callbacks(execute=True):
        event.save_revision()
    publish(Registration.objects.first().event.specific, django_capture_on_commit_callbacks, speakers="А. Ахметова")
    assert mail.outbox == []


def test_a_postponement_without_a_date_then_the_date(event, registrants, django_capture_on_commit_callbacks):
    publish(event, django_capture_on_commit_callbacks, status=EventStatus.POSTPONED)
    russian = letters()["teacher2@example.kz"]
    assert russian.subject == "Перенесено: Семинар по обмену опытом"
    assert "Новая дата будет объявлена" in russian.body
    first = only_event(calendar_of(russian))
    assert str(calendar_of(russian)["method"]) == "REQUEST"
    assert str(first["status"]) == "TENTATIVE"

    mail.outbox.clear()
    publish(event, django_capture_on_commit_callbacks, postponed_from=event.start, start=at(24, 11), end=None)
    russian = letters()["teacher2@example.kz"]
    assert russian.subject == "Новая дата: Семинар по обмену опытом"
    assert int(only_event(calendar_of(russian))["sequence"]) > int(first["sequence"])
