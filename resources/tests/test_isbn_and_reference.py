import pytest
from django.core.exceptions import ValidationError

from resources.isbn import is_valid_isbn, validate_isbn
from resources.reference import gost_reference
from resources.tests.factories import make_catalogue, make_record


@pytest.mark.parametrize(
    "isbn",
    [
        "978-601-7151-13-3",
        "9786017151133",
        "0-306-40615-2",
        "030640615-2",
        "0-8044-2957-X",
        "080442957x",
        "978 0 306 40615 7",
    ],
)
def test_valid_isbns(isbn):
    assert is_valid_isbn(isbn)
    validate_isbn(isbn)


@pytest.mark.parametrize(
    "isbn", ["978-601-7151-13-4", "0-306-40615-3", "12345", "97860171511333", "abcdefghij", "979-0-306-40615-X"]
)
def test_invalid_isbns_are_refused_with_a_message(isbn):
    assert not is_valid_isbn(isbn)
    with pytest.raises(ValidationError) as error:
        validate_isbn(isbn)
    assert isbn in str(error.value)


@pytest.mark.django_db
def test_record_clean_refuses_a_bad_isbn_and_a_reversed_grade_range(home_page):
    record = make_record(make_catalogue(home_page), "Кітап")
    record.isbn = "978-601-7151-13-4"
    record.grade_min, record.grade_max = 9, 5
    with pytest.raises(ValidationError) as error:
        record.full_clean()
    assert {"isbn", "grade_max"} <= set(error.value.message_dict)


@pytest.mark.django_db
def test_gost_reference_line(home_page):
    catalogue = make_catalogue(home_page)
    one_author = make_record(
        catalogue,
        "Қазақ тілін оқыту әдістемесі",
        authors="Абаев А. Б.",
        publisher="Мектеп",
        year=2019,
        isbn="9786017151133",
    )
    assert gost_reference(one_author) == (
        "Абаев А. Б. Қазақ тілін оқыту әдістемесі / А. Б. Абаев. – Мектеп, 2019. – ISBN 9786017151133."
    )
    many = make_record(
        catalogue,
        "Педагогика",
        authors="Иванов И. И.; Петров П. П.; Сидоров С. С.; Ахметова Л. Ш.",
        languages=["ru"],
        publisher="Атамұра",
        year=2010,
    )
    assert gost_reference(many) == "Педагогика / И. И. Иванов [и др.]. – Атамұра, 2010."
    online = make_record(catalogue, "Ашық сабақ үлгілері", external_url="https://example.kz/lessons")
    assert gost_reference(online).endswith("– URL: https://example.kz/lessons.")
