"""Words as a Kazakh or Russian teacher reads them: people's names, grades, numbers (docs/glossary-kk.md)."""

import datetime
import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import timezone

from cabinet_site.tests import builders
from cabinet_site.tests.html import soup
from corners.models import Question
from corners.tests.factories import make_corner
from events.tests.factories import make_event
from resources.models import ResourcePage
from resources.tests.factories import make_record

pytestmark = pytest.mark.django_db

KAZAKH_CATALOGUES = [
    Path(settings.BASE_DIR) / "locale" / "kk" / "LC_MESSAGES" / "django.po",
    Path(settings.BASE_DIR) / "locale" / "admin" / "kk" / "LC_MESSAGES" / "django.po",
    Path(settings.BASE_DIR) / "locale" / "admin" / "kk" / "LC_MESSAGES" / "djangojs.po",
]
# A number placeholder and the word after it: "%(count)s жол", "%(counter)d бет", "{count} сурет".
NUMBER_AND_WORD = re.compile(r"(%\(\w+\)[sd]|\{\w+\})\s+([^\s.,;:!?)»<]+)")


def label_of(response, field_id):
    return soup(response).find("label", attrs={"for": field_id}).get_text(" ", strip=True).rstrip(" *")


def audience(response):
    """The event page's «Кімге арналған» line."""
    term = soup(response).find("dt", string=re.compile("Кімге арналған|Для кого"))
    return term.find_next_sibling("dd").get_text(" ", strip=True)


def open_event(index, title, slug, **fields):
    start = (timezone.now() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)
    event = make_event(index, title, start, slug=slug, registration_enabled=True, venue="№57 мектеп", **fields)
    event.save_revision().publish()
    return event


def test_the_registration_form_asks_for_the_full_name_as_each_language_names_it(client, site_tree):
    event = open_event(site_tree.events["kk"], "Тәжірибе алмасу семинары", "tazhiribe", grade_min=1, grade_max=11)
    russian = builders.translate(event, site_tree.locales["ru"], title="Семинар по обмену опытом", slug="seminar")

    kazakh_page = client.get(event.url)
    russian_page = client.get(russian.url)

    assert label_of(kazakh_page, "id_name") == "Аты-жөні"
    assert label_of(russian_page, "id_name") == "ФИО"
    # The deadline needs no case ending after the date, and the month is in lower case, as in a date.
    deadline = soup(kazakh_page).select_one("#registration p").get_text(" ", strip=True)
    assert re.match(
        r"Тіркелу ашық, соңғы мерзімі — \d{1,2} [а-яәғқңөұүһі]+ \d{4} ж\., \d\d:\d\d \(Алматы уақытымен\)", deadline
    )
    assert "(по времени Алматы)" in soup(russian_page).select_one("#registration p").get_text(" ", strip=True)
    # A range of grades is written with the hyphen of an ordinal and the plural: «1–11-сыныптар».
    assert audience(kazakh_page) == "1–11-сыныптар"
    assert audience(russian_page) == "1–11 классы"


@pytest.mark.parametrize(
    ("grades", "kazakh", "russian"),
    [((5, 5), "5-сынып", "5 класс"), ((0, 0), "Мектепалды даярлық (0-сынып)", "Предшкольная подготовка")],
)
def test_one_grade_is_named_in_the_singular(client, site_tree, grades, kazakh, russian):
    event = open_event(site_tree.events["kk"], "Ашық сабақ", "ashyq-sabaq", grade_min=grades[0], grade_max=grades[1])
    russian_event = builders.translate(event, site_tree.locales["ru"], title="Открытый урок", slug="urok")
    assert audience(client.get(event.url)) == kazakh
    assert audience(client.get(russian_event.url)) == russian


def test_the_pre_school_class_is_named_as_schools_name_it_in_the_catalogue(client, site_tree):
    catalogue = site_tree.resources["kk"]
    record = make_record(catalogue, "Мектепалды даярлық: ойын арқылы оқыту", grade_min=0, grade_max=0)
    make_record(catalogue, "Әліппе", grade_min=0, grade_max=1)

    page = soup(client.get(record.url))
    grades = page.find("dt", string=re.compile(r"^Сынып")).find_next_sibling("dd").get_text(strip=True)
    assert grades == "Мектепалды даярлық (0-сынып)"
    options = [label.get_text(" ", strip=True) for label in soup(client.get(catalogue.url)).select("label")]
    assert any(option.startswith("Мектепалды даярлық (0-сынып)") for option in options), options
    assert "0–1" in client.get(catalogue.url).content.decode()


def test_after_a_number_kazakh_keeps_the_noun_singular(client, site_tree):
    catalogue = site_tree.resources["kk"]
    for title in ("Әліппе", "Ана тілі", "Математика"):
        make_record(catalogue, title)
    count = ResourcePage.objects.child_of(catalogue).live().count()
    assert count > 1
    text = soup(client.get(catalogue.url)).get_text(" ", strip=True)
    assert f"{count} жазба табылды" in text
    assert "жазбалар табылды" not in text


@pytest.mark.parametrize("path", KAZAKH_CATALOGUES, ids=lambda path: path.parent.parent.parent.name + "/" + path.name)
def test_every_kazakh_plural_keeps_the_noun_after_the_number_singular(path):
    """Kazakh says «23 құжат», never «23 құжаттар»: the plural form names what it counts as the singular does."""
    differing = []
    for entry in polib.pofile(str(path)):
        if not entry.msgid_plural:
            continue
        forms = [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
        singular = dict(NUMBER_AND_WORD.findall(forms[0]))
        for number, word in NUMBER_AND_WORD.findall(forms[-1]):
            if number in singular and singular[number] != word:
                differing.append(f"{entry.msgid!r}: «{forms[0]}» / «{forms[-1]}»")
    assert not differing, "\n".join(differing)


def test_people_are_named_apart_from_the_names_of_terms(client, site_tree, superuser):
    corner = make_corner(site_tree.corners["kk"], takes_questions=True)
    Question.objects.create(corner=corner, language="kk", question="ҚМЖ қалай жазылады?", name="Айгүл")
    client.force_login(superuser)

    questions = soup(client.get(reverse("wagtailsnippets_corners_question:list")))
    types = soup(client.get(reverse("wagtailsnippets_resources_resourcetype:list")))

    assert "Аты-жөні" in [th.get_text(" ", strip=True) for th in questions.select("table thead th")]
    assert "Атауы" in [th.get_text(" ", strip=True) for th in types.select("table thead th")]
    assert "Әдістемелік құрал" in types.get_text(" ", strip=True)


def test_a_draft_is_a_nobai_in_the_editor_too(client, site_tree, superuser):
    """The site's "Draft" comes before Wagtail's in the catalogues: it must be the glossary's «нобай»."""
    client.force_login(superuser)
    draft = site_tree.event["kk"]
    draft.save_revision()
    assert not draft.live and draft.has_unpublished_changes
    text = soup(client.get(reverse("wagtailadmin_pages:edit", args=[draft.pk]))).get_text(" ", strip=True)
    assert "Нобай" in text
    assert "Жоба" not in text
