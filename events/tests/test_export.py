"""The registrations export a methodologist opens in Excel: labels in their language, Almaty times."""

import csv
import datetime
import io

import openpyxl
import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from events.models import Registration, RegistrationStatus
from events.tests.factories import almaty, make_event

pytestmark = pytest.mark.django_db
LISTING = "wagtailsnippets_events_registration:list"


@pytest.fixture
def registrations(site_tree):
    event = make_event(site_tree.events["kk"], "Тәжірибе алмасу семинары", almaty(2027, 1, 12, 10))
    rows = [
        ("Әлия Сапарова", "=cmd|' /C calc'!A0", RegistrationStatus.CONFIRMED, True),
        ("Иван Петров", "№12 гимназия", RegistrationStatus.WAITLISTED, False),
    ]
    for name, school, status, attended in rows:
        registration = Registration.objects.create(
            event=event,
            event_key=event.translation_key,
            name=name,
            school=school,
            email=f"{name.split()[0].lower()}@example.kz",
            status=status,
            attended=attended,
            consent_at=almaty(2027, 1, 5, 9),
        )
    # 23:30 in UTC on 4 January is 5 January in Almaty (UTC+5 since March 2024).
    Registration.objects.filter(name="Әлия Сапарова").update(
        created_at=datetime.datetime(2027, 1, 4, 23, 30, tzinfo=datetime.UTC)
    )
    return registration


def soup_of(html):
    return BeautifulSoup(html, "html.parser")


def download(client, user, file_format, language="kk"):
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language=language)
    client.force_login(user)
    response = client.get(reverse(LISTING), {"export": file_format})
    assert response.status_code == 200
    return response


def csv_rows(response):
    content = b"".join(response.streaming_content)
    assert content.startswith("\ufeff".encode())  # the BOM that tells Excel it is UTF-8
    return list(csv.reader(io.StringIO(content.decode("utf-8-sig")), delimiter=";"))


def test_the_csv_opens_in_excel_with_kazakh_labels_and_almaty_times(client, staff, registrations):
    response = download(client, staff["methodologist"], "csv")
    assert response["Content-Disposition"] == 'attachment; filename="registrations.csv"'
    header, *rows = csv_rows(response)
    assert header == [
        "Іс-шара",
        "Аты-жөні",
        header[2],
        header[3],
        header[4],
        header[5],
        header[6],
        header[7],
        "Қатысты",
        "Тіркелген уақыты (Алматы уақытымен)",
    ]
    by_name = {row[1]: row for row in rows}
    aliya, ivan = by_name["Әлия Сапарова"], by_name["Иван Петров"]
    assert aliya[0] == "Тәжірибе алмасу семинары"
    assert aliya[2] == "'=cmd|' /C calc'!A0"  # never run as a formula
    assert (aliya[7], aliya[8], aliya[9]) == ("Расталды", "иә", "05.01.2027 04:30")
    assert (ivan[7], ivan[8]) == ("Күту тізімінде", "жоқ")
    assert not any(value in ("confirmed", "waitlisted", "True", "False") for row in rows for value in row)


def test_a_russian_editor_gets_russian_labels_in_the_xlsx(client, staff, registrations):
    response = download(client, staff["methodologist"], "xlsx", language="ru")
    assert response["Content-Disposition"].endswith('filename="registrations.xlsx"')
    sheet = openpyxl.load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    header, *rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert header[0] == "Мероприятие"
    assert header[-1] == "Время записи (по времени Алматы)"
    aliya = next(row for row in rows if row[1] == "Әлия Сапарова")
    assert (aliya[7], aliya[8]) == ("Подтверждена", "да")
    assert aliya[9] == datetime.datetime(2027, 1, 5, 4, 30)


def test_the_listing_says_yes_and_no_in_the_editors_language(client, staff, registrations):
    client.force_login(staff["methodologist"])
    html = client.get(reverse(LISTING)).content.decode()
    assert "Әлия Сапарова" in html and "Иван Петров" in html
    cells = [" ".join(td.get_text().split()) for td in soup_of(html).select("tbody td")]
    assert "иә" in cells and "жоқ" in cells
    assert not {"True", "False"} & set(cells)
