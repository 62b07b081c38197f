"""The librarians' "Catalogue" menu in the admin: the records listing with its filters, and the vocabularies."""

import re

import pytest
from django.urls import reverse

from cabinet_site.tests import builders
from resources.models import Availability, ResourceType, Subject
from resources.tests.factories import make_record
from resources.viewsets import can_keep_catalogue

LISTING = "/admin/catalogue_records/"


@pytest.fixture
def records(site_tree):
    site_tree.record["kk"].delete()  # these tests count records: start from an empty catalogue
    catalogue = site_tree.resources["kk"]
    dictionary = make_record(
        catalogue,
        "Орысша-қазақша сөздік",
        type_slug="dictionary",
        subjects=["kazakh-language", "russian-language"],
        availability=Availability.ON_SHELF,
        copies=4,
    )
    make_record(
        catalogue,
        "Физика. 9-сынып. Сабақ жоспарлары",
        type_slug="lesson-plan",
        subjects=["physics"],
        availability=Availability.ON_LOAN,
    )
    make_record(catalogue, "Алгебра есептер жинағы", type_slug="methodological-guide", subjects=["algebra"])
    builders.translate(dictionary, site_tree.locales["ru"], title="Русско-казахский словарь", slug="slovar")
    return catalogue


def active_filters(html):
    """The values of the listing's active-filter pills, which the editor can clear."""
    return [
        value.strip() for value in re.findall(r'<li class="w-pill">.*?<b class="w-ml-1">([^<]+)</b>', html, re.DOTALL)
    ]


def listed_titles(response):
    return {
        title.strip() for title in re.findall(r'<span id="page_\d+_title">([^<]+)</span>', response.content.decode())
    }


@pytest.mark.django_db
def test_librarian_has_the_catalogue_menu_and_listing(client, staff, records):
    client.force_login(staff["librarian"])
    menu = client.get("/admin/").content.decode()
    assert "catalogue-records" in menu
    assert "resource-types" in menu
    response = client.get(LISTING)
    assert response.status_code == 200
    # The records of the admin's language (Kazakh), not their Russian and English copies.
    assert listed_titles(response) == {
        "Орысша-қазақша сөздік",
        "Физика. 9-сынып. Сабақ жоспарлары",
        "Алгебра есептер жинағы",
    }
    html = response.content.decode()
    assert re.search(r'<input type="radio" name="locale" value="kk"[^>]* checked>', html)
    assert active_filters(html) == []  # the default, not a filter to clear
    assert "Сөздік" in html or "Dictionary" in html  # the type column, in the admin's language


@pytest.mark.django_db
def test_librarian_filters_by_type_subject_availability_and_locale(client, staff, records):
    client.force_login(staff["librarian"])
    by_type = client.get(LISTING, {"resource_type": "dictionary", "locale": ""})
    assert listed_titles(by_type) == {"Орысша-қазақша сөздік", "Русско-казахский словарь"}
    by_two_types = client.get(LISTING, {"resource_type": ["dictionary", "lesson-plan"], "locale": "kk"})
    assert listed_titles(by_two_types) == {"Орысша-қазақша сөздік", "Физика. 9-сынып. Сабақ жоспарлары"}
    by_subject = client.get(LISTING, {"subject": "physics"})
    assert listed_titles(by_subject) == {"Физика. 9-сынып. Сабақ жоспарлары"}
    on_loan = client.get(LISTING, {"availability": "on_loan"})
    assert listed_titles(on_loan) == {"Физика. 9-сынып. Сабақ жоспарлары"}
    in_russian = client.get(LISTING, {"locale": "ru"})
    assert listed_titles(in_russian) == {"Русско-казахский словарь"}
    assert active_filters(in_russian.content.decode()) == ["Русский"]  # a filter the librarian can clear
    in_every_language = client.get(LISTING, {"locale": ""})  # the filter's "All"
    assert listed_titles(in_every_language) == {
        "Орысша-қазақша сөздік",
        "Физика. 9-сынып. Сабақ жоспарлары",
        "Алгебра есептер жинағы",
        "Русско-казахский словарь",
    }


@pytest.mark.django_db
def test_teacher_gets_neither_the_menu_nor_the_listing(client, staff, records):
    client.force_login(staff["teacher"])
    assert not can_keep_catalogue(staff["teacher"])
    menu = client.get("/admin/").content.decode()
    assert "catalogue-records" not in menu
    assert "resource-types" not in menu
    response = client.get(LISTING)
    assert response.status_code in (302, 403)
    assert not listed_titles(response)
    assert client.get(reverse(ResourceType.snippet_viewset.get_url_name("list"))).status_code in (302, 403)


@pytest.mark.django_db
def test_methodologist_does_not_keep_the_catalogue(client, staff, records):
    assert not can_keep_catalogue(staff["methodologist"])
    client.force_login(staff["methodologist"])
    assert client.get(LISTING).status_code in (302, 403)


@pytest.mark.django_db
def test_librarian_edits_the_vocabularies(client, staff, records):
    client.force_login(staff["librarian"])
    for model in (ResourceType, Subject):
        viewset = model.snippet_viewset
        listing = client.get(reverse(viewset.get_url_name("list")))
        assert listing.status_code == 200
        assert client.get(reverse(viewset.get_url_name("add"))).status_code == 200
    term = ResourceType.objects.get(slug="dictionary", locale__language_code="kk")
    response = client.post(
        reverse(ResourceType.snippet_viewset.get_url_name("edit"), args=[term.pk]),
        {"name": "Сөздіктер", "slug": "dictionary", "sort_order": term.sort_order},
    )
    assert response.status_code == 302
    term.refresh_from_db()
    assert term.name == "Сөздіктер"


@pytest.mark.django_db
def test_librarians_group_has_the_vocabulary_permissions(staff):
    codenames = set(staff["librarian"].groups.get().permissions.values_list("codename", flat=True))
    assert {
        f"{action}_{model}" for action in ("add", "change", "delete") for model in ("resourcetype", "subject")
    } <= codenames
