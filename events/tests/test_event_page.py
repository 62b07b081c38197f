"""What a teacher sees on an event page (places left, the programme, form errors) and in the month view."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from cabinet_site.tests import builders
from cabinet_site.tests.html import soup
from events.models import Registration, RegistrationStatus
from events.tests.factories import ALMATY, almaty, make_event
from events.tests.test_change_notices import at
from events.tests.test_registration import person

pytestmark = pytest.mark.django_db
KAZAKH_MONTHS = (
    "қаңтар",
    "ақпан",
    "наурыз",
    "сәуір",
    "мамыр",
    "маусым",
    "шілде",
    "тамыз",
    "қыркүйек",
    "қазан",
    "қараша",
    "желтоқсан",
)


@pytest.fixture
def event(site_tree):
    return make_event(
        site_tree.events["kk"],
        "Тәжірибе алмасу семинары",
        at(10, 10),
        registration_enabled=True,
        capacity=3,
        programme=[("item", {"time": "10:00", "title": "Ашылу", "speaker": "", "room": ""})],
    )


def register(event, number, status=RegistrationStatus.CONFIRMED):
    data = {key: value for key, value in person(number).items() if key not in ("consent", "website")}
    Registration.objects.create(
        event=event, event_key=event.translation_key, status=status, consent_at=at(0, 9), **data
    )


def registration_section(client, page):
    return soup(client.get(page.url)).find(id="registration")


def test_the_page_says_how_many_places_are_left_over_every_language(client, event):
    register(event, 1)
    register(event, 2, RegistrationStatus.CANCELLED)
    section = registration_section(client, event)
    closes = event.start.astimezone(ALMATY)
    assert (
        f"Тіркелу ашық, соңғы мерзімі — {closes.day} {KAZAKH_MONTHS[closes.month - 1]} {closes.year} ж., 10:00"
        in section.get_text()
    )
    assert "3 орынның 2 орны бос" in section.get_text()
    assert section.find("button").get_text(strip=True) == "Тіркелу"

    ru_page = builders.translate(event, Locale.objects.get(language_code="ru"), title="Семинар")
    register(ru_page, 3)
    register(ru_page, 4)
    assert "Свободно 0" not in registration_section(client, ru_page).get_text()
    full = registration_section(client, event)
    notice = full.find(class_="registration__places--full")
    assert "Орын толды" in notice.get_text()
    assert "күту тізіміне" in notice.get_text()
    assert full.find("button").get_text(strip=True) == "Күту тізіміне жазылу"
    russian = registration_section(client, ru_page).find(class_="registration__places--full")
    assert "Мест нет" in russian.get_text() and "лист ожидания" in russian.get_text()


def test_the_programme_comes_before_the_registration_form(client, event):
    html = client.get(event.url).content.decode()
    assert 0 < html.index('id="programme-heading"') < html.index('id="registration-heading"')


def test_form_errors_are_linked_to_their_fields(client, event):
    data = person(1, email="not an address", name="")
    del data["consent"]
    response = client.post(reverse("event_register", args=[event.pk]), data)
    assert response.status_code == 400
    page = soup(response)
    described = page.select("#registration [aria-describedby]")
    assert {element["name"] for element in described} == {"name", "email", "consent"}
    for element in described:
        assert element["aria-invalid"] == "true"
        for id_ in element["aria-describedby"].split():
            message = page.find(id=id_)
            assert message is not None, id_
            assert "form-field__error" in message["class"]
            assert message.get_text(strip=True)
    assert page.find(id="id_consent_error").get_text(strip=True) == "Келісіміңізсіз сізді тіркей алмаймыз."


@pytest.mark.parametrize(
    ("language", "expected"),
    [("kk", "12 қаңтар, сейсенбі"), ("ru", "12 января, вторник"), ("en", "12 January, Tuesday")],
)
def test_each_day_of_the_month_view_names_its_month(client, site_tree, language, expected):
    index = site_tree.events[language]
    make_event(index, "Семинар", almaty(2027, 1, 12, 10))
    response = client.get(index.url, {"month": "2027-01"})
    days = [" ".join(cell.get_text(" ", strip=True).split()) for cell in soup(response).select("td.month__day--busy")]
    assert any(day.startswith(expected) for day in days), days
