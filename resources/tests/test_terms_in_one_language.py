"""Subjects, types and kinds of event appear once, in one language, in the editor's forms, choosers and listings.

Each term exists in kk, ru and en: a form lists the terms of the page being edited, a listing or a
chooser opened without a page those of the admin's language; the locale filter shows the others.
"""

import re

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from wagtail.users.models import UserProfile

from cabinet_site.tests import builders
from events.models import EventKind
from resources.models import ResourceType, Subject
from resources.tests.factories import make_record, term


def checkbox_labels(html, field_name):
    """The labels of a form's checkboxes named `field_name`, as the editor reads them."""
    return [
        label.strip()
        for label in re.findall(
            rf'<input type="checkbox" name="{field_name}"[^>]*>\s*([^<]+)</label>', html, flags=re.DOTALL
        )
    ]


def shows(html, text):
    """Whether `text` is the whole text of an element (a title cell, a link)."""
    return re.search(rf">\s*{re.escape(text)}\s*<", html) is not None


def names(model, code):
    return list(model.objects.filter(locale__language_code=code).values_list("name", flat=True))


def edit_form(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    return response.content.decode()


@pytest.fixture(autouse=True)
def _admin_urls():
    reverse("wagtailadmin_home")  # loading the admin's URLs registers the viewsets (Model.snippet_viewset)


@pytest.fixture
def translated_record(site_tree):
    record = make_record(site_tree.resources["kk"], "Қазақ тілі жаттығулары", subjects=["kazakh-language"])
    builders.translate(record, site_tree.locales["ru"], title="Упражнения по казахскому языку", slug="uprazhneniya")
    return record


@pytest.mark.django_db
def test_the_record_form_lists_each_subject_once_in_the_language_of_the_record(client, superuser, translated_record):
    """(A translation's subjects follow the Kazakh record's: wagtail-localize's editor does not list them.)"""
    client.force_login(superuser)
    labels = checkbox_labels(edit_form(client, translated_record), "subjects")
    assert sorted(labels) == sorted(names(Subject, "kk"))
    assert "Қазақ тілі" in labels
    assert "Казахский язык" not in labels

    assert len(labels) == len(set(labels))


@pytest.mark.django_db
def test_a_new_event_lists_the_kazakh_subjects_and_opens_the_kazakh_kinds(client, superuser, site_tree):
    client.force_login(superuser)
    url = reverse("wagtailadmin_pages:add", args=["events", "eventpage", site_tree.events["kk"].pk])
    html = client.get(url).content.decode()
    assert sorted(checkbox_labels(html, "subjects")) == sorted(names(Subject, "kk"))
    kinds_url = reverse(EventKind.snippet_viewset.chooser_viewset.get_url_name("choose"))
    assert f"{kinds_url}?locale=kk" in html.replace("&amp;", "&")


@pytest.mark.django_db
def test_the_type_chooser_shows_one_language_and_its_filter_the_others(client, superuser, site_tree):
    client.force_login(superuser)
    choose = reverse(ResourceType.snippet_viewset.chooser_viewset.get_url_name("choose"))
    results = reverse(ResourceType.snippet_viewset.chooser_viewset.get_url_name("choose_results"))
    only_in = {
        code: set(names(ResourceType, code))
        - {name for other in ("kk", "ru", "en") if other != code for name in names(ResourceType, other)}
        for code in ("kk", "ru", "en")
    }

    def shown(url, params=None):
        response = client.get(url, params or {})
        html = response.json()["html"] if url == choose else response.content.decode()
        return {code for code, unique_names in only_in.items() if any(shows(html, name) for name in unique_names)}

    assert shown(choose) == {"kk"}  # the admin's language
    assert shown(choose, {"locale": "ru"}) == {"ru"}  # the page's, from a Russian page's form
    assert shown(results, {"locale": "en"}) == {"en"}
    assert len(shown(results, {"locale": ""})) > 1  # the filter's "All" (a page of ten terms of any language)


@pytest.mark.django_db
def test_the_vocabulary_listings_show_the_admin_language_first(client, staff, site_tree):
    client.force_login(staff["librarian"])
    for model, slug in ((ResourceType, "lesson-plan"), (Subject, "kazakh-language")):
        listing = reverse(model.snippet_viewset.get_url_name("list"))
        kazakh = term(model, slug, "kk")
        russian = term(model, slug, "ru")
        html = client.get(listing).content.decode()
        assert shows(html, kazakh.name)
        assert not shows(html, russian.name)
        html = client.get(listing, {"locale": "ru"}).content.decode()
        assert shows(html, russian.name)
        assert not shows(html, kazakh.name)
        html = client.get(listing, {"locale": ""}).content.decode()
        assert shows(html, russian.name) and shows(html, kazakh.name)


@pytest.mark.django_db
def test_the_kinds_of_event_listing_in_the_russian_admin_shows_the_russian_kinds(client, superuser, site_tree):
    profile = UserProfile.get_for_user(superuser)
    profile.preferred_language = "ru"
    profile.save()
    client.force_login(superuser)
    html = client.get(reverse(EventKind.snippet_viewset.get_url_name("list"))).content.decode()
    assert shows(html, "Круглый стол")
    assert not shows(html, "Дөңгелек үстел")


@pytest.mark.django_db
def test_the_choosers_language_filter_is_labelled_in_the_admins_language(client, superuser, site_tree):
    client.force_login(superuser)
    choose = reverse(ResourceType.snippet_viewset.chooser_viewset.get_url_name("choose"))
    modal = BeautifulSoup(client.get(choose).json()["html"], "html.parser")
    label = modal.find("label", attrs={"for": modal.find("select", attrs={"name": "locale"})["id"]})
    assert label.get_text(strip=True) == "Тіл"
