"""“Ask a methodologist”: a visitor asks on the young specialist's corner, a methodologist answers."""

import pytest
from django.core import mail
from django.urls import reverse

from cabinet_site.tests.html import soup
from corners.models import Question
from corners.questions import RATE_LIMIT

from .factories import make_corner

pytestmark = pytest.mark.django_db

QUESTION = "Қысқа мерзімді жоспарды қалай толтыру керек?"


@pytest.fixture
def corner(site_tree):
    return make_corner(site_tree.corners["kk"], takes_questions=True)


def ask(client, corner, **data):
    data.setdefault("question", QUESTION)
    with_address = {"REMOTE_ADDR": data.pop("address", "10.0.0.1")}
    return client.post(reverse("corner_ask", args=[corner.pk]), data, **with_address)


def test_the_corner_shows_the_form(client, corner):
    response = client.get(corner.url)
    assert 'id="ask"' in response.content.decode()
    assert f'action="{reverse("corner_ask", args=[corner.pk])}#ask"' in response.content.decode()


def test_an_anonymous_question_needs_no_consent(client, corner):
    response = ask(client, corner)
    assert response.status_code == 200
    question = Question.objects.get()
    assert (question.question, question.corner, question.language) == (QUESTION, corner, "kk")
    assert question.is_anonymous and question.consent_at is None


def test_a_name_or_e_mail_needs_consent(client, corner):
    response = ask(client, corner, name="Айгүл", email="aigul@example.kz")
    assert response.status_code == 400
    assert 'id="id_consent_error"' in response.content.decode()
    assert not Question.objects.exists()

    response = ask(client, corner, name="Айгүл", email="Aigul@Example.kz", consent="on")
    assert response.status_code == 200
    question = Question.objects.get()
    assert question.email == "aigul@example.kz"
    assert question.consent_at is not None
    assert "aigul@example.kz" in response.content.decode()


@pytest.mark.parametrize(
    "data",
    [{"question": ""}, {"question": "Неге?"}, {"email": "not-an-address", "consent": "on"}],
)
def test_invalid_questions_are_refused_with_the_form_shown_again(client, corner, data):
    response = ask(client, corner, **data)
    assert response.status_code == 400
    assert 'class="form-field__error"' in response.content.decode()
    assert not Question.objects.exists()


def test_a_robot_filling_the_hidden_field_is_thanked_and_ignored(client, corner):
    response = ask(client, corner, website="http://spam.example")
    assert response.status_code == 200
    assert not Question.objects.exists()


def test_too_many_questions_from_one_address_are_refused(client, corner):
    for _ in range(RATE_LIMIT):
        assert ask(client, corner).status_code == 200
    assert ask(client, corner).status_code == 429
    assert Question.objects.count() == RATE_LIMIT
    assert ask(client, corner, address="10.0.0.2").status_code == 200


def test_a_corner_without_the_form_takes_no_questions(client, site_tree):
    corner = make_corner(site_tree.corners["kk"], "Бұл сізге қажет", "bul-sizge")
    assert 'id="ask"' not in client.get(corner.url).content.decode()
    assert ask(client, corner).status_code == 404


def edit_url(question):
    return reverse("wagtailsnippets_corners_question:edit", args=[question.pk])


def test_methodologist_answers_and_publishes_the_pair_on_the_corner(client, corner, staff):
    ask(client, corner, name="Айгүл", email="aigul@example.kz", consent="on")
    question = Question.objects.get()
    assert "corner-answers" not in client.get(corner.url).content.decode()

    client.force_login(staff["methodologist"])
    listing = client.get(reverse("wagtailsnippets_corners_question:list"))
    assert QUESTION in listing.content.decode()
    # Publishing without an answer is refused.
    response = client.post(edit_url(question), {"question": QUESTION, "answer": "", "is_published": "on"})
    assert response.status_code == 200
    assert not Question.objects.get().is_published
    answer = "Мақсаттан бастаңыз: оқушы сабақ соңында не істей алады?"
    response = client.post(edit_url(question), {"question": QUESTION, "answer": answer, "is_published": "on"})
    assert response.status_code == 302
    client.logout()
    # The asker gets the answer by e-mail, once, in the language they asked in.
    [letter] = mail.outbox
    assert letter.to == ["aigul@example.kz"]
    assert QUESTION in letter.body and answer in letter.body and "Айгүл" in letter.body
    client.force_login(staff["methodologist"])
    client.post(edit_url(question), {"question": QUESTION, "answer": answer + " Сәттілік!", "is_published": "on"})
    client.logout()
    assert len(mail.outbox) == 1

    page = client.get(corner.url).content.decode()
    assert QUESTION in page and answer in page
    assert "Айгүл" not in page and "aigul@example.kz" not in page


def test_only_methodologists_see_the_questions(client, corner, staff):
    ask(client, corner)
    url = reverse("wagtailsnippets_corners_question:list")
    for role in ("teacher", "librarian"):
        client.force_login(staff[role])
        assert client.get(url).status_code in (302, 403)


def test_the_questions_listing_says_in_words_whether_each_is_published(client, corner, staff):
    ask(client, corner)
    ask(client, corner, question="Жас маманға қандай тәлімгер бекітіледі?")
    Question.objects.filter(question=QUESTION).update(answer="Жауап", is_published=True)
    client.force_login(staff["methodologist"])
    listing = soup(client.get(reverse("wagtailsnippets_corners_question:list"), {"ordering": "is_published"}))
    headings = [cell.get_text(" ", strip=True) for cell in listing.select("thead th")]
    column = next(index for index, heading in enumerate(headings) if heading.startswith("Бұрышта жариялау"))
    values = [row.select("td")[column].get_text(" ", strip=True) for row in listing.select("tbody tr")]
    assert values == ["жоқ", "иә"]
    assert not {"True", "False"} & set(listing.get_text(" ").split())
