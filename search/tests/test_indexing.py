import pytest

from resources.models import ResourcePage
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
