"""Publishing a cancelled or moved event tells the editor how many registrants are written to."""

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation
from wagtail.test.utils.form_data import nested_form_data, streamfield
from wagtail.users.models import UserProfile

from cabinet_site.tests import builders
from events.tests.test_change_notices import at, event, registrants  # noqa: F401 (fixtures)

pytestmark = pytest.mark.django_db


def edit_form(client, page):
    """The editor's form as the browser would send it, unchanged."""
    html = BeautifulSoup(client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).content, "html.parser")
    form = html.select_one("form#page-edit-form")
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "select":
            data[name] = [option.get("value", option.text) for option in field.select("option[selected]")]
        elif field.name == "textarea":
            data[name] = field.text
        elif field.get("type") in ("checkbox", "radio"):
            if field.has_attr("checked"):
                data.setdefault(name, []).append(field.get("value", "on"))
        elif field.get("type") not in ("submit", "button", "file"):
            data[name] = field.get("value", "")
    return data


def publish(client, page, **changes):
    # Stream fields are drawn by the admin's JavaScript; the event has none of their content.
    streams = nested_form_data({name: streamfield([]) for name in ("body", "programme", "report")})
    data = edit_form(client, page) | streams | changes | {"action-publish": "action-publish"}
    return client.post(reverse("wagtailadmin_pages:edit", args=[page.pk]), data, follow=True)


def shown_messages(response):
    return [str(message) for message in response.context["messages"]]


@pytest.fixture
def editor(client, site_tree):
    user = builders.make_staff_user("editor", superuser=True)
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="kk")
    client.force_login(user)
    return client


def test_publishing_a_cancellation_says_how_many_people_hear_of_it(editor, event, registrants):  # noqa: F811
    response = publish(editor, event, status="cancelled")
    assert response.status_code == 200
    assert "Өзгеріс туралы хат тіркелген 3 адамға жіберіледі." in shown_messages(response)


def test_publishing_without_a_change_of_date_or_state_says_nothing_of_letters(editor, event, registrants):  # noqa: F811
    response = publish(editor, event, venue="№57 мектеп, акт залы")
    assert response.status_code == 200
    assert not [text for text in shown_messages(response) if "хат" in text]


@pytest.mark.parametrize(
    "count, russian",
    [
        (1, "Письмо об изменении будет отправлено 1 зарегистрированному участнику."),
        (3, "Письмо об изменении будет отправлено 3 зарегистрированным участникам."),
        (21, "Письмо об изменении будет отправлено 21 зарегистрированному участнику."),
    ],
)
def test_the_russian_message_agrees_with_its_number(count, russian):
    from django.utils.translation import ngettext

    with translation.override("ru"):
        text = ngettext(
            "A letter about the change will be sent to %(count)s registrant.",
            "A letter about the change will be sent to %(count)s registrants.",
            count,
        ) % {"count": count}
    assert text == russian
