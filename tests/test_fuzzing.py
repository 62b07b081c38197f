"""Generated input at every public address: never a server error, and a refused form changes nothing.

Hypothesis sends generated query strings, path segments, headers and form posts to every public
URL pattern: pages of each type, the catalogue's filters, the site search and its suggestions,
the calendars, the feeds, the API, registration and the question form. Run on SQLite and on
PostgreSQL (DATABASE_URL=postgres://...), which refuses some text SQLite takes (NUL bytes).
"""

import datetime
from urllib.parse import quote

import pytest
from django.core.cache import cache
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corners.models import Question
from corners.questions import QuestionForm
from corners.tests.factories import make_corner
from events import registration as registration_service
from events.models import Registration
from events.registration import RegistrationForm
from events.tests.factories import make_event, make_news
from tests.strategies import NASTY

pytestmark = pytest.mark.django_db

EXAMPLES = settings(
    max_examples=25, deadline=None, database=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)

TEXT = st.one_of(NASTY, st.text(max_size=30), st.integers(min_value=-(2**70), max_value=2**70).map(str))
# The parameters the site's views read, and some they do not.
PARAMETER_NAMES = st.sampled_from(
    [
        *("q", "type", "subject", "grade", "language", "year", "year_from", "year_to", "has_file", "on_shelf"),
        *("tag", "sort", "page", "p", "kind", "level", "month", "view", "mode", "format", "locale", "next"),
        *("search", "fields", "limit", "offset", "order", "child_of", "descendant_of", "id", "html_path"),
    ]
) | st.text(min_size=1, max_size=8)
QUERY_STRINGS = st.lists(st.tuples(PARAMETER_NAMES, TEXT), max_size=6)
SEGMENTS = st.one_of(NASTY, st.text(min_size=1, max_size=30), st.integers(min_value=0, max_value=2**70).map(str))


def as_wsgi(text):
    """A header value as a WSGI server hands it over: the bytes that arrived, read as Latin-1."""
    return text.encode("utf-8").decode("latin-1")


HEADERS = st.fixed_dictionaries(
    {},
    optional={
        "HTTP_ACCEPT_LANGUAGE": TEXT | st.sampled_from(["kk", "ru-RU,ru;q=0.9", "en;q=0.1, *", "zz-ZZ"]),
        "HTTP_COOKIE": st.builds("{}={}".format, st.sampled_from(["low_vision", "sessionid", "csrftoken"]), TEXT),
        "HTTP_IF_NONE_MATCH": TEXT | st.just('"abc", W/"def"'),
        "HTTP_IF_MODIFIED_SINCE": TEXT | st.just("Mon, 23 Nov 2026 10:00:00 GMT"),
        "HTTP_USER_AGENT": TEXT,
        "HTTP_REFERER": TEXT,
        "HTTP_X_FORWARDED_FOR": TEXT | st.ip_addresses().map(str),
        "HTTP_RANGE": TEXT | st.just("bytes=0-10"),
        "HTTP_ACCEPT": TEXT | st.just("application/json"),
    },
)
HEADERS = HEADERS.map(lambda headers: {name: as_wsgi(value) for name, value in headers.items()})
ADDRESSES = st.ip_addresses(v=4).map(str)


@pytest.fixture
def public(site_tree):
    """Every public page type and feed of the test site, with a live open event, news item and corner."""
    start = (timezone.now() + datetime.timedelta(days=10)).replace(second=0, microsecond=0)
    event = make_event(site_tree.events["kk"], "Ашық сабақ", start, registration_enabled=True, capacity=50)
    news = make_news(site_tree.news["kk"], "Семинар өтті", datetime.date(2026, 11, 1))
    corner = make_corner(site_tree.corners["kk"], takes_questions=True)
    record = site_tree.record["kk"]
    urls = [
        *(site_tree.home[code].url for code in ("kk", "ru", "en")),
        site_tree.resources["kk"].url,
        site_tree.resources["ru"].url,
        record.url,
        site_tree.events["kk"].url,
        event.url,
        site_tree.news["kk"].url,
        news.url,
        site_tree.corners["kk"].url,
        corner.url,
        site_tree.about["en"].url,
        reverse("search"),
        reverse("search_suggest"),
        reverse("catalogue_feed_rss"),
        reverse("catalogue_feed_atom"),
        reverse("news_feed_rss"),
        reverse("news_feed_atom"),
        reverse("events_calendar"),
        reverse("event_ics", args=[event.pk]),
        "/api/v2/pages/",
        f"/api/v2/pages/{record.pk}/",
        "/low-vision/",
        "/",
    ]
    return {"urls": urls, "event": event, "corner": corner}


def assert_no_server_error(response, request):
    assert response.status_code < 500, request


@EXAMPLES
@given(data=st.data(), query=QUERY_STRINGS)
def test_any_query_string_at_any_public_address(client, public, data, query):
    url = data.draw(st.sampled_from(public["urls"]))
    response = client.get(url, query)
    assert_no_server_error(response, (url, query))


@EXAMPLES
@given(data=st.data(), segments=st.lists(SEGMENTS, min_size=1, max_size=3))
def test_any_path_below_the_public_patterns(client, public, data, segments):
    quoted = [quote(segment, safe="") for segment in segments]
    prefix = data.draw(
        st.sampled_from(
            [
                "/kk/",
                "/ru/",
                "/en/",
                "/",
                public["urls"][3],  # the catalogue
                public["urls"][6],  # the events
                "/kk/events/",
                "/kk/events/registration/",
                "/kk/corners/",
                "/api/v2/pages/",
                "/api/v2/images/",
                "/api/v2/documents/",
                "/documents/",
            ]
        )
    )
    tail = data.draw(st.sampled_from(["", "/", "/event.ics", "/register/", "/ask/"]))
    path = prefix + "/".join(quoted) + tail
    response = client.get(path)
    assert_no_server_error(response, path)


@EXAMPLES
@given(data=st.data(), headers=HEADERS)
def test_any_headers_at_any_public_address(client, public, data, headers):
    url = data.draw(st.sampled_from(public["urls"]))
    response = client.get(url, **headers)
    assert_no_server_error(response, (url, headers))


REGISTRATION_FIELDS = st.sampled_from([*RegistrationForm.base_fields, "consent", "website", "csrfmiddlewaretoken"])
QUESTION_FIELDS = st.sampled_from([*QuestionForm.base_fields, "website"])
VALID_REGISTRATION = {
    "name": "Әйгерім Сәрсенова",
    "school": "№57 мектеп",
    "subject": "Қазақ тілі",
    "position": "мұғалім",
    "email": "aigerim@example.kz",
    "phone": "+7 701 000 00 00",
    "consent": "on",
}


def form_data(fields, base):
    """Generated posts: a valid form with some fields replaced or added, or generated fields only."""
    changes = st.dictionaries(fields | st.text(max_size=8), TEXT, max_size=5)
    return st.one_of(changes.map(lambda extra: {**base, **extra}), changes)


def post_and_check(client, url, post, address, model, form_class):
    """Post generated data: no server error, and a new row only when the form takes the data."""
    cache.clear()  # rate limits are per address and per hour; each example is a new visitor
    before = list(model.objects.order_by("pk").values())
    response = client.post(url, post, REMOTE_ADDR=address)
    assert_no_server_error(response, post)
    after = list(model.objects.order_by("pk").values())
    if after != before:
        form = form_class(post)
        assert form.is_valid() and not form.is_spam(), (post, response.status_code)
        assert after[: len(before)] == before and len(after) == len(before) + 1
        assert response.status_code == 200


@EXAMPLES
@given(data=st.data(), address=ADDRESSES)
def test_a_refused_registration_changes_nothing(client, public, data, address):
    post = data.draw(form_data(REGISTRATION_FIELDS, VALID_REGISTRATION))
    url = reverse("event_register", args=[public["event"].pk])
    post_and_check(client, url, post, address, Registration, RegistrationForm)
    # The same e-mail twice is refused, so the next example may well be turned away: start again.
    Registration.objects.all().delete()


@EXAMPLES
@given(data=st.data(), address=ADDRESSES)
def test_a_refused_question_changes_nothing(client, public, data, address):
    post = data.draw(form_data(QUESTION_FIELDS, {"question": "Жоспарды қалай толтырамын?"}))
    post_and_check(client, reverse("corner_ask", args=[public["corner"].pk]), post, address, Question, QuestionForm)


@EXAMPLES
@given(token=st.uuids() | SEGMENTS, post=st.dictionaries(st.text(max_size=8), TEXT, max_size=3))
def test_cancelling_with_any_token_changes_nothing_it_should_not(client, public, token, post):
    event = public["event"]
    registration = registration_service.register(event, VALID_REGISTRATION)
    path = f"/kk/events/registration/{quote(str(token), safe='')}/"
    for response in (client.get(path), client.post(path, post)):
        assert_no_server_error(response, (path, post))
    registration.refresh_from_db()
    assert registration.cancelled_at is None
    registration.delete()
