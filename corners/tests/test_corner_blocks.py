"""What a visitor sees on a corner: saved catalogue filters, hand-picked records, upcoming events."""

import html
import re

import pytest

from events.tests.factories import almaty, make_event
from resources.tests.factories import make_record

from .factories import filter_block, make_corner, published_days_ago

pytestmark = pytest.mark.django_db

CARD_TITLE = r'class="record-card__title"><a [^>]*>([^<]+)</a>'


def titles(response):
    return re.findall(CARD_TITLE, response.content.decode())


def section(response, css_class):
    """The HTML of the first <section> with `css_class`."""
    content = response.content.decode()
    start = content.index(f'class="{css_class}')
    return content[start : content.index("</section>", start)]


def catalogue_link(response):
    match = re.search(r'class="corner-filter__more"><a href="([^"]+)"', response.content.decode())
    return html.unescape(match.group(1))


YOUNG_LESSON_PLANS = {"resource_type": "lesson-plan", "grade_from": "5", "grade_to": "9", "tag": "жас маман"}


@pytest.fixture
def records(site_tree):
    """Kazakh records around the filter "lesson plans, grades 5–9, tagged young specialist"."""
    catalogue = site_tree.resources["kk"]
    plan = {"type_slug": "lesson-plan", "tags": ["жас маман"]}
    made = {
        "older": make_record(catalogue, "Қазақ тілі 5-сынып", grade_min=5, grade_max=5, **plan),
        "newer": make_record(catalogue, "Математика 7-сынып", grade_min=7, grade_max=7, **plan),
        "all_grades": make_record(catalogue, "Кез келген сыныпқа жоспар", **plan),
        "draft": make_record(catalogue, "Жарияланбаған жоспар", grade_min=6, grade_max=6, live=False, **plan),
        "grade_10": make_record(catalogue, "Физика 10-сынып", grade_min=10, grade_max=10, **plan),
        "untagged": make_record(catalogue, "Тегсіз жоспар", type_slug="lesson-plan", grade_min=6, grade_max=6),
        "guide": make_record(catalogue, "Әдістемелік құрал", grade_min=6, grade_max=6, tags=["жас маман"]),
    }
    published_days_ago(made["older"], 30)
    published_days_ago(made["all_grades"], 20)
    published_days_ago(made["newer"], 10)
    return made


def test_filter_shows_the_live_matching_records_newest_first(client, site_tree, records):
    corner = make_corner(site_tree.corners["kk"], body=[filter_block(**YOUNG_LESSON_PLANS)])
    response = client.get(corner.url)
    assert response.status_code == 200
    assert titles(response) == ["Математика 7-сынып", "Кез келген сыныпқа жоспар", "Қазақ тілі 5-сынып"]
    assert "Сабақ жоспарлары" in section(response, "corner-records corner-filter")


def test_filter_link_reproduces_the_same_result_in_the_catalogue(client, site_tree, records):
    corner = make_corner(site_tree.corners["kk"], body=[filter_block(**YOUNG_LESSON_PLANS)])
    shown = titles(client.get(corner.url))
    link = catalogue_link(client.get(corner.url))
    assert link.startswith(site_tree.resources["kk"].url + "?")
    in_catalogue = client.get(link)
    assert in_catalogue.status_code == 200
    assert titles(in_catalogue) == shown


def test_a_filter_with_words_is_not_counted_as_a_teachers_search(client, site_tree, records, page_cache_off):
    from search.models import SearchQuery

    corner = make_corner(site_tree.corners["kk"], body=[filter_block(words="жоспар", resource_type="lesson-plan")])
    response = client.get(corner.url)
    assert "Кез келген сыныпқа жоспар" in titles(response)
    client.get(records["older"].url)  # the record's page checks which corners' filters find it
    assert not SearchQuery.objects.exists()  # what teachers looked for, not what the corners show
    client.get(catalogue_link(response))  # the teacher follows the link: that search is theirs
    assert SearchQuery.objects.get(query="жоспар").count == 1


def test_filter_shows_at_most_its_limit_and_says_how_many_there_are(client, site_tree, records):
    corner = make_corner(site_tree.corners["kk"], body=[filter_block(limit=1, **YOUNG_LESSON_PLANS)])
    response = client.get(corner.url)
    assert titles(response) == ["Математика 7-сынып"]
    assert len(titles(client.get(catalogue_link(response)))) == 3


def test_filter_on_a_russian_corner_shows_only_russian_records(client, site_tree, records):
    catalogue_ru = site_tree.resources["ru"]
    make_record(
        catalogue_ru, "Математика 6 класс", type_slug="lesson-plan", grade_min=6, grade_max=6, tags=["жас маман"]
    )
    corner_kk = make_corner(site_tree.corners["kk"], body=[filter_block(**YOUNG_LESSON_PLANS)])
    corner_ru = make_corner(
        site_tree.corners["ru"], "В помощь молодому специалисту", "molodomu", body=[filter_block(**YOUNG_LESSON_PLANS)]
    )
    ru_response = client.get(corner_ru.url)
    assert corner_ru.url.startswith("/ru/")
    assert titles(ru_response) == ["Математика 6 класс"]
    assert catalogue_link(ru_response).startswith(catalogue_ru.url)
    assert "Математика 6 класс" not in titles(client.get(corner_kk.url))


def test_a_record_published_later_appears_in_the_corner(client, site_tree, records):
    corner = make_corner(site_tree.corners["kk"], body=[filter_block(**YOUNG_LESSON_PLANS)])
    assert "Жарияланбаған жоспар" not in titles(client.get(corner.url))
    records["draft"].save_revision().publish()
    assert titles(client.get(corner.url))[0] == "Жарияланбаған жоспар"


def test_an_empty_filter_says_so_and_still_links_to_the_catalogue(client, site_tree):
    corner = make_corner(site_tree.corners["kk"], body=[filter_block(resource_type="dictionary", tag="жоқ тег")])
    response = client.get(corner.url)
    assert titles(response) == []
    assert "corner-filter__empty" in response.content.decode()
    assert titles(client.get(catalogue_link(response))) == []


def test_hand_picked_records_in_order_and_unpublished_ones_disappear(client, site_tree, records):
    chosen = [records["guide"], records["grade_10"], records["older"]]
    corner = make_corner(
        site_tree.corners["kk"],
        body=[("records", {"heading": "Міндетті түрде оқыңыз", "records": chosen})],
    )
    assert titles(client.get(corner.url)) == ["Әдістемелік құрал", "Физика 10-сынып", "Қазақ тілі 5-сынып"]
    records["grade_10"].unpublish()
    assert titles(client.get(corner.url)) == ["Әдістемелік құрал", "Қазақ тілі 5-сынып"]
    records["guide"].delete()
    assert titles(client.get(corner.url)) == ["Қазақ тілі 5-сынып"]


def test_upcoming_events_block_shows_only_future_matching_events(client, site_tree):
    events = site_tree.events["kk"]
    make_event(events, "Жас мамандар мектебі", almaty(2099, 3, 1, 10), for_young_specialists=True)
    make_event(events, "Өткен семинар", almaty(2020, 3, 1, 10), for_young_specialists=True)
    make_event(events, "Жалпы педкеңес", almaty(2099, 2, 1, 10))
    value = {"heading": "Жақын іс-шаралар", "kind": "", "subject": "", "for_young_specialists": True, "limit": 3}
    corner = make_corner(site_tree.corners["kk"], body=[("events", value)])
    content = section(client.get(corner.url), "corner-events")
    assert "Жас мамандар мектебі" in content
    assert "Өткен семинар" not in content
    assert "Жалпы педкеңес" not in content


def test_home_page_lists_the_live_corners_of_its_language(client, site_tree):
    make_corner(site_tree.corners["kk"], "Кітап сөресі", "kitap-soresi", accent="blue", icon="books")
    draft = make_corner(site_tree.corners["kk"], "Дайындалып жатқан бұрыш", "dayyn")
    draft.unpublish()
    make_corner(site_tree.corners["ru"], "Это вам нужно", "eto-vam")
    kk = section(client.get(site_tree.home["kk"].url), "home-corners")
    assert "Кітап сөресі" in kk and "corner--blue" in kk
    assert "Дайындалып жатқан бұрыш" not in kk and "Это вам нужно" not in kk
    assert "Это вам нужно" in section(client.get(site_tree.home["ru"].url), "home-corners")


def test_people_cards_give_working_contact_links(client, site_tree):
    person = {
        "name": "Әйгерім Сейітова",
        "role": "Әдіскер",
        "photo": None,
        "about": "",
        "email": "adisker@example.kz",
        "phone": "+7 727 300 00 04",
        "hours": "Дүйсенбі, 14:00",
    }
    corner = make_corner(site_tree.corners["kk"], body=[("people", {"heading": "Тәлімгерлер", "people": [person]})])
    people = section(client.get(corner.url), "people")
    assert "Әйгерім Сейітова" in people and "Дүйсенбі, 14:00" in people
    assert 'href="mailto:adisker@example.kz"' in people
    assert 'href="tel:+77273000004"' in people
