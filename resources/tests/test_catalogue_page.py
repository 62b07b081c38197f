"""The catalogue page as a teacher uses it: filters, counts, sorting, pages, shared links."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from cabinet_site.tests import builders
from resources.catalogue import PER_PAGE
from resources.models import Availability, CabinetDocument, ResourceDocumentLink, ResourcePage
from resources.tests.factories import make_catalogue, make_record


@pytest.fixture
def catalogue(home_page):
    catalogue = make_catalogue(home_page)
    make_record(
        catalogue,
        "Қазақ тілі. 5-сынып. Сабақ жоспарлары",
        type_slug="lesson-plan",
        subjects=["kazakh-language"],
        grade_min=5,
        grade_max=5,
        year=2021,
        availability=Availability.ON_SHELF,
        tags=["жас маман"],
    )
    make_record(
        catalogue,
        "Алгебра есептер жинағы",
        type_slug="methodological-guide",
        subjects=["algebra", "mathematics"],
        grade_min=7,
        grade_max=9,
        year=2015,
        languages=["ru"],
        availability=Availability.ON_LOAN,
    )
    make_record(
        catalogue,
        "Орысша-қазақша сөздік",
        type_slug="dictionary",
        subjects=["kazakh-language", "russian-language"],
        year=2008,
        languages=["kk", "ru"],
        availability=Availability.ON_SHELF,
    )
    make_record(catalogue, "Жарияланбаған жоба", type_slug="lesson-plan", subjects=["kazakh-language"], live=False)
    return catalogue


def titles(response):
    return re.findall(r'class="record-card__title"><a [^>]*>([^<]+)</a>', response.content.decode())


def count_of(response, name, value):
    match = re.search(
        rf'name="{name}" value="{re.escape(value)}"[^>]*>[^<]*<span class="facet__count">\((\d+)\)',
        response.content.decode(),
    )
    return int(match.group(1)) if match else None


@pytest.mark.django_db
def test_lists_live_records_only(client, catalogue):
    response = client.get(catalogue.url)
    assert response.status_code == 200
    assert sorted(titles(response)) == sorted(
        ["Қазақ тілі. 5-сынып. Сабақ жоспарлары", "Алгебра есептер жинағы", "Орысша-қазақша сөздік"]
    )


@pytest.mark.django_db
def test_filters_combine_and_across_facets_or_within_one(client, catalogue):
    either_type = client.get(catalogue.url, {"type": ["lesson-plan", "dictionary"]})
    assert len(titles(either_type)) == 2
    both = client.get(
        catalogue.url, {"type": ["lesson-plan", "dictionary"], "subject": "kazakh-language", "grade": "5"}
    )
    # The dictionary is for all grades, so it is meant for grade 5 too.
    assert sorted(titles(both)) == sorted(["Қазақ тілі. 5-сынып. Сабақ жоспарлары", "Орысша-қазақша сөздік"])
    narrowed = client.get(catalogue.url, {"type": "dictionary", "language": "ru"})
    assert titles(narrowed) == ["Орысша-қазақша сөздік"]


@pytest.mark.django_db
def test_counts_show_what_each_option_would_give(client, catalogue):
    response = client.get(catalogue.url, {"type": "lesson-plan"})
    # Within the selected facet, counts ignore the facet's own selection (OR within a facet).
    assert count_of(response, "type", "lesson-plan") == 1
    assert count_of(response, "type", "dictionary") == 1
    assert count_of(response, "type", "methodological-guide") == 1
    # Other facets count only records of the selected type.
    assert count_of(response, "subject", "kazakh-language") == 1
    assert count_of(response, "subject", "algebra") is None
    assert count_of(response, "on_shelf", "1") == 1


@pytest.mark.django_db
def test_year_range_file_and_shelf_switches(client, catalogue):
    assert sorted(titles(client.get(catalogue.url, {"year_from": "2010"}))) == sorted(
        ["Қазақ тілі. 5-сынып. Сабақ жоспарлары", "Алгебра есептер жинағы"]
    )
    assert titles(client.get(catalogue.url, {"year_from": "2010", "year_to": "2016"})) == ["Алгебра есептер жинағы"]
    on_shelf = client.get(catalogue.url, {"on_shelf": "1"})
    assert "Алгебра есептер жинағы" not in titles(on_shelf)
    assert titles(client.get(catalogue.url, {"has_file": "1"})) == []


@pytest.mark.django_db
def test_has_file_finds_records_with_an_attachment(client, catalogue):
    from django.core.files.base import ContentFile

    record = catalogue.get_children().live().last().specific
    document = CabinetDocument.objects.create(title="Жоспар", file=ContentFile(b"plain text", name="plan.txt"))
    record.document_links.add(ResourceDocumentLink(document=document))
    record.save_revision().publish()
    assert titles(client.get(catalogue.url, {"has_file": "1"})) == [record.title]


@pytest.mark.django_db
def test_sorting(client, catalogue):
    by_title = titles(client.get(catalogue.url, {"sort": "title"}))
    assert by_title == sorted(by_title)
    by_year = titles(client.get(catalogue.url, {"sort": "year"}))
    assert by_year == ["Қазақ тілі. 5-сынып. Сабақ жоспарлары", "Алгебра есептер жинағы", "Орысша-қазақша сөздік"]
    newest = titles(client.get(catalogue.url))
    assert newest[0] == "Орысша-қазақша сөздік"


def sort_chooser(response):
    """The sort chooser's options as (value sent, label), and the selected one's label."""
    select = re.search(r'<select id="catalogue-sort" name="sort">(.*?)</select>', response.content.decode(), re.S)
    options = re.findall(r'<option value="([^"]*)"( selected)?>([^<]+)</option>', select.group(1))
    return [(value, label) for value, _selected, label in options], [label for _v, s, label in options if s]


@pytest.mark.django_db
def test_search_words_and_relevance(client, catalogue):
    response = client.get(catalogue.url, {"q": "сөздік"})
    assert titles(response) == ["Орысша-қазақша сөздік"]
    assert sort_chooser(response)[1] == ["Сұрауға сәйкестігі"]


@pytest.fixture
def dictionaries(home_page):
    """Two records with the word «сөздік»: the older has it in its title, the newer only once in its
    description, so the search ranks the older first and "newest first" the newer."""
    catalogue = make_catalogue(home_page)
    make_record(catalogue, "Орысша-қазақша сөздік", type_slug="dictionary", description="Сөздік: 40 000 сөз.")
    make_record(catalogue, "Қазақ тілі пәнінен жинақ", description="Жаттығулар және шағын сөздік.")
    return catalogue


@pytest.mark.django_db
def test_words_typed_after_browsing_are_sorted_by_relevance(client, dictionaries):
    browsing = client.get(dictionaries.url)
    assert titles(browsing)[0] == "Қазақ тілі пәнінен жинақ"  # the newest first
    options, selected = sort_chooser(browsing)
    assert selected == ["Алдымен жаңалары"]
    sent = next(value for value, label in options if label == "Алдымен жаңалары")

    # The same form, now with words: what the chooser sent is "the default", relevance for words.
    searched = client.get(dictionaries.url, {"q": "сөздік", "sort": sent, "year_from": "", "year_to": ""})
    assert titles(searched) == ["Орысша-қазақша сөздік", "Қазақ тілі пәнінен жинақ"]
    options, selected = sort_chooser(searched)
    assert selected == ["Сұрауға сәйкестігі"]
    assert [label for _value, label in options][:2] == ["Сұрауға сәйкестігі", "Алдымен жаңалары"]

    # Newest first, chosen for the words, stays chosen.
    newest = next(value for value, label in options if label == "Алдымен жаңалары")
    chosen = client.get(dictionaries.url, {"q": "сөздік", "sort": newest})
    assert titles(chosen) == ["Қазақ тілі пәнінен жинақ", "Орысша-қазақша сөздік"]
    assert sort_chooser(chosen)[1] == ["Алдымен жаңалары"]


@pytest.mark.django_db
def test_an_inverted_year_range_is_read_the_other_way_round_and_said_so(client, catalogue):
    response = client.get(catalogue.url, {"year_from": "2016", "year_to": "2010"})
    assert titles(response) == ["Алгебра есептер жинағы"]
    html = response.content.decode()
    assert "Жылдар керісінше берілген: 2010–2016 жылдардағы жазбалар көрсетілді." in html
    assert 'name="year_from" min="1800" max="2100" inputmode="numeric" value="2010"' in html
    assert 'name="year_to" min="1800" max="2100" inputmode="numeric" value="2016"' in html
    # The years in order need no word.
    in_order = client.get(catalogue.url, {"year_from": "2010", "year_to": "2016"})
    assert titles(in_order) == ["Алгебра есептер жинағы"]
    assert "керісінше" not in in_order.content.decode()


@pytest.mark.django_db
def test_pagination_keeps_the_filters(client, home_page):
    catalogue = make_catalogue(home_page)
    for number in range(PER_PAGE + 3):
        make_record(catalogue, f"Сабақ жоспары {number:02d}", type_slug="lesson-plan")
    first = client.get(catalogue.url, {"type": "lesson-plan", "sort": "title"})
    assert len(titles(first)) == PER_PAGE
    html = first.content.decode()
    next_link = re.search(r'<a rel="next" href="([^"]+)"', html).group(1).replace("&amp;", "&")
    assert "type=lesson-plan" in next_link and "sort=title" in next_link and "page=2" in next_link
    second = client.get(catalogue.url + next_link)
    assert titles(second) == [f"Сабақ жоспары {n:02d}" for n in range(PER_PAGE, PER_PAGE + 3)]


@pytest.mark.django_db
@pytest.mark.parametrize(
    "query",
    [
        "page=abc",
        "page=-3",
        "page=99999999999999999999",
        "grade=99&grade=x",
        "year_from=abc&year_to=1e9",
        "type=&subject=%00",
        "q=%00&tag=a%00b&type=%01",
        "sort=drop+table",
        "language=zz",
        "tag=" + "x" * 500,
        "q=" + "ә" * 5000,
        "q=%22unbalanced&q=(a+OR",
        "unknown=1&has_file=yes",
    ],
)
def test_malformed_parameters_are_ignored(client, catalogue, query):
    response = client.get(f"{catalogue.url}?{query}")
    assert response.status_code == 200


@pytest.mark.django_db
def test_an_empty_result_suggests_which_filter_to_drop(client, catalogue):
    response = client.get(catalogue.url, {"type": "dictionary", "subject": "algebra"})
    html = response.content.decode()
    assert titles(response) == []
    suggestions = re.findall(r'<li><a href="(\?[^"]+)">', html)
    assert "?type=dictionary" in suggestions  # dropping the subject leaves the dictionary
    assert "?subject=algebra" in suggestions  # dropping the type leaves the algebra book


@pytest.mark.django_db
def test_the_url_holds_the_whole_state(client, catalogue):
    response = client.get(catalogue.url, {"subject": "kazakh-language", "sort": "title", "grade": "5"})
    html = response.content.decode()
    assert 'name="subject" value="kazakh-language" checked' in html
    assert 'name="grade" value="5" checked' in html
    assert 'value="title" selected' in html


@pytest.mark.django_db
def test_query_count_does_not_grow_with_records(count_queries, home_page):
    catalogue = make_catalogue(home_page)

    def queries():
        count, response = count_queries(catalogue.url, {"q": "құрал", "grade": "5", "language": "kk"})
        assert len(titles(response)) == min(PER_PAGE, ResourcePage.objects.live().count())
        return count

    for number in range(10):
        make_record(catalogue, f"Әдістемелік құрал {number}", subjects=["mathematics"], tags=[f"тег{number}"])
    queries()  # the first request fills the site caches and creates the site settings
    with_10 = queries()
    for number in range(10, 100):
        make_record(catalogue, f"Әдістемелік құрал {number}", subjects=["physics"], tags=[f"тег{number}"])
    assert queries() == with_10


@pytest.mark.django_db
def test_catalogue_shows_records_of_its_own_language(client, catalogue, locales):
    ru_catalogue = builders.translate(catalogue, locales["ru"], title="Каталог", slug="katalog")
    assert titles(client.get(ru_catalogue.url)) == []


@pytest.mark.django_db
def test_turning_filters_on_and_off_does_not_search_the_same_words_again(client, catalogue, page_cache_off):
    def full_text_searches(params):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(catalogue.url, params)
        assert response.status_code == 200
        return response, sum("wagtailsearch_indexentry" in query["sql"] for query in queries.captured_queries)

    _response, searches = full_text_searches({"q": "сөздік"})
    assert searches >= 1
    response, searches = full_text_searches({"q": "сөздік", "type": "dictionary", "sort": "title"})
    assert searches == 0
    assert titles(response) == ["Орысша-қазақша сөздік"]
    # A record published meanwhile is found at once: the kept hits belong to the site as it was.
    make_record(catalogue, "Қазақша-ағылшынша сөздік", type_slug="dictionary", year=2020)
    response, searches = full_text_searches({"q": "сөздік", "type": "dictionary"})
    assert searches >= 1
    assert sorted(titles(response)) == ["Орысша-қазақша сөздік", "Қазақша-ағылшынша сөздік"]
