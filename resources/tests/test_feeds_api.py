"""New-acquisition feeds (RSS and Atom, per language) and the catalogue in Wagtail's API v2."""

import datetime
import xml.etree.ElementTree as ET

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from cabinet_site.tests import builders
from resources.models import Availability, CabinetDocument, ResourceDocumentLink, ResourcePage
from resources.tests.factories import make_record

ATOM = "{http://www.w3.org/2005/Atom}"
DAY = datetime.timedelta(days=1)


@pytest.fixture
def records(site_tree):
    """Three live records in kk, two of them translated into ru, and a draft that no list may show."""
    site_tree.record["kk"].delete()  # these tests count records: start from an empty catalogue
    catalogue = site_tree.resources["kk"]
    now = timezone.now()
    guide = make_record(
        catalogue,
        "Қалыптастырушы бағалау: әдістемелік нұсқаулық",
        type_slug="methodological-guide",
        subjects=["pedagogy"],
        description="Кері байланыс пен дескрипторлар туралы мұғалімге арналған құрал.",
        authors="Мұхаметжанова С. Қ.",
        publisher="Атамұра",
        year=2016,
        isbn="9786013280851",
        call_number="74.202.8 М 92",
        copies=5,
        availability=Availability.ON_SHELF,
        tags=["қалыптастырушы бағалау"],
        first_published_at=now - 3 * DAY,
    )
    dictionary = make_record(
        catalogue,
        "Орысша-қазақша сөздік",
        type_slug="dictionary",
        subjects=["kazakh-language", "russian-language"],
        languages=("ru", "kk"),
        description="Оқушыларға арналған қырық мың сөз.",
        first_published_at=now - 2 * DAY,
    )
    plan = make_record(
        catalogue,
        "Қазақ тілі. 5-сынып. Сабақ жоспарлары",
        type_slug="lesson-plan",
        subjects=["kazakh-language"],
        grade_min=5,
        grade_max=5,
        description="Жаңартылған бағдарлама бойынша қысқа мерзімді жоспарлар.",
        first_published_at=now - DAY,
    )
    make_record(catalogue, "Жарияланбаған жоба", type_slug="lesson-plan", live=False)

    document = CabinetDocument(title="Нұсқаулық", language="kk")
    document.file.save("nusqaulyq.pdf", ContentFile(b"%PDF-1.4 demo"), save=False)
    document.save()
    ResourceDocumentLink.objects.create(page=guide, document=document)

    ru = site_tree.locales["ru"]
    builders.translate(
        guide,
        ru,
        title="Формативное оценивание: методическое пособие",
        slug="formativnoe-otsenivanie",
        description="Пособие для учителя об обратной связи и дескрипторах.",
    )
    builders.translate(
        dictionary,
        ru,
        title="Русско-казахский словарь",
        slug="russko-kazakhskii-slovar",
        description="Сорок тысяч слов для учащихся.",
    )
    return {"guide": guide, "dictionary": dictionary, "plan": plan, "document": document}


def rss_items(response):
    assert response["Content-Type"].startswith("application/rss+xml")
    channel = ET.fromstring(response.content).find("channel")
    return channel, channel.findall("item")


# Feeds -------------------------------------------------------------------------------------------


@pytest.mark.django_db
def test_rss_feed_lists_the_newest_records_of_its_language(client, records):
    channel, items = rss_items(client.get("/kk/catalogue/feed/rss/"))
    assert channel.findtext("language") == "kk"
    assert channel.findtext("link") == "http://testserver/kk/katalog/"
    assert [item.findtext("title") for item in items] == [
        "Қазақ тілі. 5-сынып. Сабақ жоспарлары",
        "Орысша-қазақша сөздік",
        "Қалыптастырушы бағалау: әдістемелік нұсқаулық",
    ]
    guide = items[2]
    assert guide.findtext("link").startswith("http://testserver/kk/katalog/")
    assert guide.findtext("description") == "Кері байланыс пен дескрипторлар туралы мұғалімге арналған құрал."
    assert guide.findtext("pubDate")
    assert [category.text for category in guide.findall("category")] == [
        "Әдістемелік құрал",
        "Педагогика және психология",
    ]


@pytest.mark.django_db
def test_russian_feed_has_the_russian_records_with_russian_categories(client, records):
    channel, items = rss_items(client.get("/ru/catalogue/feed/rss/"))
    assert channel.findtext("language") == "ru"
    assert [item.findtext("title") for item in items] == [
        "Русско-казахский словарь",
        "Формативное оценивание: методическое пособие",
    ]
    assert all(item.findtext("link").startswith("http://testserver/ru/") for item in items)
    assert [category.text for category in items[0].findall("category")] == [
        "Словарь",
        "Казахский язык",
        "Русский язык",
    ]
    assert items[1].findtext("description") == "Пособие для учителя об обратной связи и дескрипторах."


@pytest.mark.django_db
def test_atom_feed(client, records):
    response = client.get("/kk/catalogue/feed/atom/")
    assert response["Content-Type"].startswith("application/atom+xml")
    feed = ET.fromstring(response.content)
    entries = feed.findall(f"{ATOM}entry")
    assert len(entries) == 3
    first = entries[0]
    assert first.findtext(f"{ATOM}title") == "Қазақ тілі. 5-сынып. Сабақ жоспарлары"
    assert first.find(f"{ATOM}link").get("href").startswith("http://testserver/kk/katalog/")
    assert first.findtext(f"{ATOM}published")
    assert [category.get("term") for category in first.findall(f"{ATOM}category")] == ["Сабақ жоспары", "Қазақ тілі"]


@pytest.mark.django_db
def test_feed_reads_the_database_a_fixed_number_of_times(client, count_queries, records, site_tree):
    client.get("/kk/catalogue/feed/rss/")  # warm the site-root cache
    few, _response = count_queries("/kk/catalogue/feed/rss/")
    for number in range(5):
        make_record(site_tree.resources["kk"], f"Жаңа кітап {number}", subjects=["pedagogy", "algebra"])
    assert count_queries("/kk/catalogue/feed/rss/")[0] == few


# API ---------------------------------------------------------------------------------------------

API = "/api/v2/pages/"


def api_items(client, **params):
    response = client.get(API, {"type": "resources.ResourcePage", **params})
    assert response.status_code == 200, response.content
    return response.json()["items"]


@pytest.mark.django_db
def test_api_lists_records_with_their_catalogue_fields(client, records):
    items = api_items(client, locale="kk")
    assert len(items) == 3
    guide = next(item for item in items if item["title"].startswith("Қалыптастырушы"))
    assert guide["meta"]["locale"] == "kk"
    assert guide["resource_type"] == {"slug": "methodological-guide", "name": "Әдістемелік құрал"}
    assert guide["subjects"] == [{"slug": "pedagogy", "name": "Педагогика және психология"}]
    assert guide["languages"] == ["kk"]
    assert guide["isbn"] == "9786013280851"
    assert guide["call_number"] == "74.202.8 М 92"
    assert guide["copies"] == 5
    assert guide["availability"] == "on_shelf"
    assert guide["external_id"] == ""
    assert guide["tags"] == ["қалыптастырушы бағалау"]
    [document] = guide["documents"]
    assert document["title"] == "Нұсқаулық"
    assert document["url"].startswith("http://testserver/documents/")
    assert document["format"] == "PDF"
    assert document["size"] == len(b"%PDF-1.4 demo")
    plan = next(item for item in items if item["title"].startswith("Қазақ тілі"))
    assert (plan["grade_min"], plan["grade_max"]) == (5, 5)


@pytest.mark.django_db
def test_api_detail_has_the_catalogue_fields(client, records):
    response = client.get(f"{API}{records['dictionary'].pk}/")
    assert response.status_code == 200
    data = response.json()
    assert data["resource_type"]["slug"] == "dictionary"
    assert [subject["slug"] for subject in data["subjects"]] == ["kazakh-language", "russian-language"]
    assert sorted(data["languages"]) == ["kk", "ru"]


@pytest.mark.django_db
def test_api_search_finds_a_record_by_a_word_of_its_description(client, records):
    items = api_items(client, search="дескрипторлар", locale="kk")
    assert [item["title"] for item in items] == ["Қалыптастырушы бағалау: әдістемелік нұсқаулық"]
    assert not api_items(client, search="кездейсоқсөз")
    with_tag = api_items(client, search="дескрипторлар", tags="қалыптастырушы бағалау", locale="kk")
    assert [item["title"] for item in with_tag] == ["Қалыптастырушы бағалау: әдістемелік нұсқаулық"]


@pytest.mark.django_db
def test_api_search_matches_the_catalogue_page(client, records, site_tree):
    """The API and the catalogue page find the same records for the same words."""
    words = "сөздік"
    page = client.get(site_tree.resources["kk"].url, {"q": words}).content.decode()
    items = api_items(client, search=words, locale="kk")
    assert [item["title"] for item in items] == ["Орысша-қазақша сөздік"]
    assert "Орысша-қазақша сөздік" in page


@pytest.mark.django_db
def test_api_locale_filter_gives_the_records_of_that_language(client, records):
    items = api_items(client, locale="ru")
    assert {item["title"] for item in items} == {
        "Формативное оценивание: методическое пособие",
        "Русско-казахский словарь",
    }
    assert all(item["meta"]["locale"] == "ru" for item in items)
    dictionary = next(item for item in items if item["title"] == "Русско-казахский словарь")
    assert dictionary["resource_type"] == {"slug": "dictionary", "name": "Словарь"}
    found = api_items(client, locale="ru", search="дескрипторах")
    assert [item["title"] for item in found] == ["Формативное оценивание: методическое пособие"]


@pytest.mark.django_db
def test_api_leaves_out_drafts_and_other_pages_keep_wagtails_search(client, records):
    titles = {item["title"] for item in api_items(client)}
    assert "Жарияланбаған жоба" not in titles
    response = client.get(API, {"search": "Кабинет"})
    assert response.status_code == 200


@pytest.mark.django_db
@pytest.mark.parametrize(
    "params",
    [
        {"search": "сөздік\x00"},
        {"search": "\x00", "locale": "kk"},
        {"locale": "k\x00k"},
        {"search": "a", "locale": "\x00"},
        {"slug": "\x00", "tags": "a\x00"},
    ],
)
def test_api_refuses_control_characters_with_a_clear_400(client, records, params):
    response = client.get(API, {"type": "resources.ResourcePage", **params})
    assert response.status_code == 400
    assert "control characters" in response.json()["message"]


@pytest.mark.django_db
def test_api_listing_reads_the_database_a_fixed_number_of_times(client, count_queries, records, site_tree):
    api_items(client, locale="kk")
    few, _response = count_queries(API, {"type": "resources.ResourcePage", "locale": "kk"})
    for number in range(5):
        make_record(site_tree.resources["kk"], f"Тағы бір кітап {number}", subjects=["pedagogy"], tags=["жаңа"])
    more, response = count_queries(API, {"type": "resources.ResourcePage", "locale": "kk"})
    assert len(response.json()["items"]) == 8
    assert more == few


def test_resource_pages_declare_their_api_fields():
    names = [field.name for field in ResourcePage.api_fields]
    assert {"description", "resource_type", "subjects", "external_id", "documents", "tags"} <= set(names)
