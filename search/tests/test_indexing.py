import pytest

from resources.models import ResourcePage, Subject
from resources.tests.factories import make_catalogue, make_record
from search.indexing import deferred_search_index

pytestmark = pytest.mark.django_db


def found(words):
    return {page.title for page in ResourcePage.objects.search(words)}


def test_saves_inside_the_block_are_indexed_once_at_its_end(home_page):
    catalogue = make_catalogue(home_page)
    with deferred_search_index():
        make_record(catalogue, "Ертегілер жинағы")
        assert found("ертегілер") == set()
    assert found("ертегілер") == {"Ертегілер жинағы"}


def test_saves_after_the_block_are_indexed_at_once_again(home_page):
    catalogue = make_catalogue(home_page)
    with deferred_search_index():
        pass
    make_record(catalogue, "Мақал-мәтелдер")
    assert found("мәтелдер") == {"Мақал-мәтелдер"}


def test_nothing_is_indexed_when_the_block_fails(home_page):
    catalogue = make_catalogue(home_page)
    with pytest.raises(RuntimeError), deferred_search_index():
        make_record(catalogue, "Жұмбақтар")
        raise RuntimeError
    assert found("жұмбақтар") == set()


def test_a_record_is_found_by_its_subjects_and_types_names_in_every_language(home_page):
    catalogue = make_catalogue(home_page)
    make_record(catalogue, "Диктанттар жинағы", type_slug="dictionary", subjects=["kazakh-language"], tags=["емле"])
    for words in ("Казахский язык", "Kazakh language", "Словарь", "емле"):
        assert found(words) == {"Диктанттар жинағы"}, words


def test_a_renamed_subject_finds_its_records_once_they_are_indexed_again(home_page):
    catalogue = make_catalogue(home_page)
    record = make_record(catalogue, "Шешендік өнер", subjects=["kazakh-literature"])
    subject = Subject.objects.get(slug="kazakh-literature", locale__language_code="en")
    subject.name = "Oratory"
    subject.save()
    record.save()
    assert found("oratory") == {"Шешендік өнер"}
