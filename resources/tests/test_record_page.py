"""A catalogue record's page and card as a teacher reads them: the file first, then the details."""

import pytest

from cabinet_site.tests import builders
from cabinet_site.tests.html import soup
from resources.tests.factories import attach_file, make_catalogue, make_record


@pytest.fixture
def catalogue(home_page):
    return make_catalogue(home_page)


@pytest.mark.django_db
def test_the_download_button_comes_before_the_fields(client, catalogue):
    record = make_record(
        catalogue,
        "Қалыптастырушы бағалау",
        subjects=["pedagogy"],
        authors="Абаев А. Б.; Серікова Г. Т.",
        publisher="Мектеп",
        year=2016,
        isbn="9786013280851",
        call_number="74.202.8 М 92",
        description="Сабақ барысында оқушының ілгерілеуін бақылау тәсілдері.",
    )
    attach_file(record, "Толық мәтіні")
    page = soup(client.get(record.url))
    order = [
        element.name if element.name == "h1" else " ".join(element["class"])
        for element in page.select("article h1, article .download-list a.button, article .record__fields")
    ]
    assert order == ["h1", "button", "record__fields"]
    assert page.select_one(".download-list a.button").get_text(" ", strip=True).startswith("Жүктеп алу TXT")


@pytest.mark.django_db
def test_a_file_titled_as_the_record_in_any_language_is_not_titled_again(client, catalogue, locales):
    record = make_record(catalogue, "Қалыптастырушы бағалау")
    attach_file(record, "Қалыптастырушы бағалау")
    attach_file(record, "Жұмыс парақтары")
    ru_catalogue = builders.translate(catalogue, locales["ru"], title="Каталог", slug="katalog")
    russian = builders.translate(record, locales["ru"], title="Формативное оценивание", slug="formativnoe")
    assert russian.get_parent().pk == ru_catalogue.pk
    for page in (record, russian):
        shown = [title.get_text(strip=True) for title in soup(client.get(page.url)).select(".download-list__title")]
        assert shown == ["Жұмыс парақтары"], page.url


@pytest.mark.django_db
def test_a_record_without_files_has_no_side_column(client, catalogue):
    record = make_record(catalogue, "Сөздік", type_slug="dictionary", year=2008)
    page = soup(client.get(record.url))
    assert page.select(".record__aside") == []
    assert "record__layout--aside" not in page.select_one(".record__layout")["class"]


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("grades", "card_says", "field"),
    [
        ({}, "Барлық сыныптар", ("Сыныптар", "Барлық сыныптар")),
        ({"grade_min": 5, "grade_max": 5}, "Сынып: 5", ("Сынып", "5")),
        ({"grade_min": 5, "grade_max": 9}, "Сыныптар: 5–9", ("Сыныптар", "5–9")),
    ],
)
def test_grades_read_as_a_sentence_on_the_card_and_the_page(client, catalogue, grades, card_says, field):
    record = make_record(catalogue, "Жинақ", authors="Абаев А. Б.; Серікова Г. Т.", **grades)
    card = soup(client.get(catalogue.url)).select_one(".record-card__meta")
    facts = [fact.get_text(" ", strip=True) for fact in card.select(".record-card__fact")]
    assert facts[1:] == ["Абаев А. Б., Серікова Г. Т.", card_says]
    page = soup(client.get(record.url))
    fields = {row.dt.get_text(strip=True): row.dd.get_text(strip=True) for row in page.select(".record__fields > div")}
    assert fields[field[0]] == field[1]
