"""iCalendar feeds and files, the news RSS/Atom feeds and the structured data search engines read."""

import datetime
import json
import re
import xml.etree.ElementTree as ET
import zoneinfo
from urllib.parse import parse_qs, urlparse

import icalendar
import pytest
from django.utils import timezone

from events.models import EventStatus
from events.tests.factories import almaty, make_event, make_news
from resources.models import Subject

pytestmark = pytest.mark.django_db
ALMATY = zoneinfo.ZoneInfo("Asia/Almaty")


def soon(days, hour=10):
    day = timezone.localtime(timezone.now(), ALMATY).date() + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=ALMATY)


def parse(response):
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def vevents(cal):
    return {str(event["summary"]): event for event in cal.walk("VEVENT")}


@pytest.fixture
def index(site_tree):
    return site_tree.events["kk"]


def test_the_feed_carries_almaty_times_with_their_timezone_uids_and_statuses(client, index):
    start = soon(5)
    make_event(index, "Семинар", start, start + datetime.timedelta(hours=3))
    make_event(index, "Дөңгелек үстел", soon(6, 15), status=EventStatus.CANCELLED)
    make_event(index, "Көрме", soon(7, 0), soon(8, 0), all_day=True, kind_slug="exhibition")

    cal = parse(client.get("/kk/events/calendar.ics"))
    assert str(cal["version"]) == "2.0"
    assert [str(tz["tzid"]) for tz in cal.walk("VTIMEZONE")] == ["Asia/Almaty"]
    events = vevents(cal)
    seminar = events["Семинар"]
    assert seminar["dtstart"].params["TZID"] == "Asia/Almaty"
    assert seminar.decoded("dtstart") == start
    assert seminar.decoded("dtstart").hour == 10
    assert seminar.decoded("dtend") == start + datetime.timedelta(hours=3)
    assert str(seminar["status"]) == "CONFIRMED"
    assert str(events["Дөңгелек үстел"]["status"]) == "CANCELLED"
    assert re.fullmatch(r"event-[0-9a-f-]{36}-kk@cabinet", str(seminar["uid"]))
    assert int(seminar["sequence"]) == 0
    # A whole-day, two-day event: dates, the end exclusive.
    exhibition = events["Көрме"]
    assert exhibition.decoded("dtstart") == soon(7).date()
    assert exhibition.decoded("dtend") == soon(9).date()
    # The raw text says it too, as calendars read it.
    assert f"DTSTART;TZID=Asia/Almaty:{start:%Y%m%dT100000}" in response_text(client)


def response_text(client):
    return client.get("/kk/events/calendar.ics").content.decode().replace("\r\n ", "")


def test_sequence_grows_when_the_event_changes_and_the_uid_stays(client, index):
    event = make_event(index, "Семинар", soon(5))
    uid = str(vevents(parse(client.get(event.ics_url)))["Семинар"]["uid"])

    event.introduction = "A new description does not change the time or place."
    event.save_revision().publish()
    assert int(vevents(parse(client.get(event.ics_url)))["Семинар"]["sequence"]) == 0

    event.start = soon(6)
    event.save_revision().publish()
    event.status = EventStatus.CANCELLED
    event.save_revision().publish()
    item = vevents(parse(client.get(event.ics_url)))["Семинар"]
    assert int(item["sequence"]) == 2
    assert str(item["uid"]) == uid
    assert str(item["status"]) == "CANCELLED"


def test_feeds_filter_by_kind_subject_and_level(client, index):
    seminar = make_event(index, "Семинар", soon(3), kind_slug="seminar", level="city")
    seminar.subjects.add(Subject.objects.get(slug="kazakh-language", locale__language_code="kk"))
    seminar.save()
    make_event(index, "Ашық сабақ", soon(4), kind_slug="open-lesson", level="school")

    def summaries(query):
        return sorted(vevents(parse(client.get("/kk/events/calendar.ics?" + query))))

    assert summaries("") == ["Ашық сабақ", "Семинар"]
    assert summaries("kind=open-lesson") == ["Ашық сабақ"]
    assert summaries("subject=kazakh-language") == ["Семинар"]
    assert summaries("level=city") == ["Семинар"]


def test_titles_are_in_the_feeds_language(client, site_tree):
    ru_index = site_tree.events["ru"]
    make_event(site_tree.events["kk"], "Семинар қазақша", soon(3), slug="kk-only")
    make_event(ru_index, "Семинар по-русски", soon(3), slug="ru-only")
    assert list(vevents(parse(client.get("/ru/events/calendar.ics")))) == ["Семинар по-русски"]
    assert "Семинар по-русски" not in vevents(parse(client.get("/kk/events/calendar.ics")))


def test_the_event_page_offers_its_ics_and_a_google_calendar_link(client, index):
    start = soon(5)
    event = make_event(index, "Семинар", start, start + datetime.timedelta(hours=2), venue="№57 мектеп")
    html = client.get(event.url).content.decode()
    assert event.ics_url in html
    response = client.get(event.ics_url)
    assert "attachment" in response["Content-Disposition"]
    assert list(vevents(parse(response))) == ["Семинар"]
    google = urlparse(event.google_calendar_url())
    params = parse_qs(google.query)
    assert google.netloc == "calendar.google.com"
    assert params["text"] == ["Семинар"]
    assert params["ctz"] == ["Asia/Almaty"]
    assert params["dates"] == [f"{start:%Y%m%d}T100000/{start:%Y%m%d}T120000"]
    assert params["location"] == ["№57 мектеп"]


def json_ld(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_the_event_page_has_schema_org_event_and_open_graph(client, index):
    event = make_event(
        index,
        "Семинар </script> тәжірибе",
        almaty(2030, 2, 1, 10),
        almaty(2030, 2, 1, 13),
        venue="№57 мектеп",
        address="Алматы",
        status=EventStatus.POSTPONED,
        postponed_from=almaty(2030, 1, 25, 10),
        organisers="Қалалық әдістемелік орталық",
    )
    html = client.get(event.url).content.decode()
    data = json_ld(html)
    assert data["@type"] == "Event"
    assert data["name"] == "Семинар </script> тәжірибе"
    assert data["startDate"] == "2030-02-01T10:00:00+05:00"
    assert data["endDate"] == "2030-02-01T13:00:00+05:00"
    assert data["eventStatus"] == "https://schema.org/EventPostponed"
    assert data["previousStartDate"] == "2030-01-25T10:00:00+05:00"
    assert data["location"]["name"] == "№57 мектеп"
    assert data["organizer"] == [{"@type": "Organization", "name": "Қалалық әдістемелік орталық"}]
    assert data["url"] == event.full_url
    assert f'<meta property="og:url" content="{event.full_url}">' in html
    assert "Postponed" in html or "Кейінге" in html or "keiinge" in html.lower()


def test_rss_and_atom_list_the_news_of_the_feeds_language(client, site_tree):
    news_kk = site_tree.news["kk"]
    event = make_event(site_tree.events["kk"], "Семинар", almaty(2019, 2, 1, 10))
    make_news(news_kk, "Тәжірибе алаңы", datetime.date(2019, 2, 1), introduction="Есеп.", event=event)
    make_news(news_kk, "Жаңа оқу жылы", datetime.date(2025, 9, 1))

    response = client.get("/kk/news/feed/rss/")
    assert response.status_code == 200
    channel = ET.fromstring(response.content).find("channel")
    items = channel.findall("item")
    assert [item.findtext("title") for item in items] == ["Жаңа оқу жылы", "Тәжірибе алаңы"]
    assert items[1].findtext("description") == "Есеп."
    assert items[1].findtext("link").startswith("http://testserver/kk/zhanalyktar/")
    # 1 February 2019 in Almaty, which kept UTC+6 until March 2024.
    assert items[1].findtext("pubDate").endswith("+0600")

    atom = ET.fromstring(client.get("/kk/news/feed/atom/").content)
    ns = {"a": "http://www.w3.org/2005/Atom"}
    assert [entry.findtext("a:title", namespaces=ns) for entry in atom.findall("a:entry", ns)] == [
        "Жаңа оқу жылы",
        "Тәжірибе алаңы",
    ]
    english = ET.fromstring(client.get("/en/news/feed/rss/").content)
    assert english.find("channel").findall("item") == []


def test_news_page_shows_its_event_and_the_event_its_news(client, site_tree):
    event = make_event(site_tree.events["kk"], "Тәжірибе алаңы семинары", almaty(2019, 2, 1, 10))
    news = make_news(site_tree.news["kk"], "Семинар есебі", datetime.date(2019, 2, 2), event=event)
    news_html = client.get(news.url).content.decode()
    assert event.url in news_html
    data = json_ld(news_html)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Семинар есебі"
    assert data["datePublished"].startswith("2019-02-02T")
    assert data["about"]["name"] == "Тәжірибе алаңы семинары"
    assert news.url in client.get(event.url).content.decode()


def test_news_index_by_year_with_pagination(client, site_tree):
    index = site_tree.news["kk"]
    for number in range(14):
        make_news(index, f"Жаңалық {number:02}", datetime.date(2025, 1, 1) + datetime.timedelta(days=number))
    make_news(index, "Ескі жаңалық", datetime.date(2019, 2, 1))
    first = client.get(index.url).content.decode()
    assert "Жаңалық 13" in first and "Жаңалық 02" in first and "Жаңалық 01" not in first
    assert "Жаңалық 01" in client.get(index.url, {"page": 2}).content.decode()
    by_year = client.get(index.url, {"year": 2019}).content.decode()
    assert "Ескі жаңалық" in by_year and "Жаңалық 13" not in by_year
    assert client.get(index.url, {"page": "abc", "year": "x"}).status_code == 200


def test_a_translated_event_lists_the_news_of_its_language(client, site_tree):
    ru = site_tree.locales["ru"]
    event = make_event(site_tree.events["kk"], "Семинар", almaty(2019, 2, 1, 10))
    news = make_news(site_tree.news["kk"], "Семинар есебі", datetime.date(2019, 2, 2), event=event)
    event_ru = event.copy_for_translation(ru).specific
    event_ru.title = "Семинар (рус.)"
    event_ru.save_revision().publish()
    news_ru = news.copy_for_translation(ru).specific
    news_ru.title = "Отчёт о семинаре"
    news_ru.save_revision().publish()
    news_ru.refresh_from_db()
    assert news_ru.event_id == event.pk  # a synchronised link still points at the source page
    html = client.get(event_ru.url).content.decode()
    assert "Отчёт о семинаре" in html and "Семинар есебі" not in html
    assert event_ru.url in client.get(news_ru.url).content.decode()


@pytest.mark.parametrize("page", ["news", "home"])
def test_news_listings_take_the_same_queries_however_many_items(client, count_queries, site_tree, page):
    from wagtail.images import get_image_model
    from wagtail.images.tests.utils import get_test_image_file

    Image = get_image_model()

    def add(count):
        for number in range(count):
            image = Image.objects.create(title=f"Photo {number}", file=get_test_image_file())
            make_news(site_tree.news["kk"], f"Жаңалық {number}", datetime.date(2025, 1, 1), lead_image=image)

    url = site_tree.news["kk"].url if page == "news" else site_tree.home["kk"].url
    add(1)
    client.get(url)  # renditions are made on the first view
    few, _response = count_queries(url)
    add(2)  # the home page shows three
    client.get(url)
    assert count_queries(url)[0] == few
