"""Translators (librarians and methodologists) translate what they edit, through wagtail-localize's
own screens, as an editor does: the "Translate" action, the translation editor, publishing."""

import uuid

import pytest
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail_localize.models import StringSegment, Translation

from events.models import EventKind

pytestmark = pytest.mark.django_db


def signed_in(client, user):
    client.force_login(user)
    client.cookies["django_language"] = "kk"
    return client


def translate_into(client, url, locale):
    """Open a "Translate" action and submit it for one language; the answer after redirects."""
    form = client.get(url)
    assert form.status_code == 200
    return client.post(url, {"locales": [locale.pk]}, follow=True)


def type_translation(client, translated, source_text, text):
    """What the translation editor sends when the editor types `text` for the source's `source_text`."""
    translation = Translation.objects.get(
        source__object_id=translated.translation_key, target_locale=translated.locale
    )
    segment = StringSegment.objects.get(source=translation.source, string__data=source_text)
    url = reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk])
    response = client.put(url, encode_multipart(BOUNDARY, {"value": text}), content_type=MULTIPART_CONTENT)
    assert response.status_code == 201


def messages_of(response):
    return [str(message) for message in response.context["messages"]]


def assert_translation_editor(response):
    assert response.status_code == 200
    assert "wagtail_localize/admin/edit_translation.html" in [t.name for t in response.templates]


def test_a_methodologist_translates_a_corner_and_publishes_it(
    client, site_tree, staff, django_capture_on_commit_callbacks
):
    corner = site_tree.corner["kk"]
    ru = site_tree.locales["ru"]
    client = signed_in(client, staff["methodologist"])
    # The page's "more" menu in the explorer offers the action.
    explorer = client.get(reverse("wagtailadmin_explore", args=[site_tree.corners["kk"].pk]))
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[corner.pk])
    assert submit_url in explorer.content.decode()

    editor = translate_into(client, submit_url, ru)
    assert_translation_editor(editor)
    translated = corner.get_translation(ru)
    assert editor.redirect_chain[-1][0] == reverse("wagtailadmin_pages:edit", args=[translated.pk])

    type_translation(client, translated, corner.title, "Это вам пригодится...")
    # wagtail-localize publishes when the request's transaction commits.
    with django_capture_on_commit_callbacks(execute=True):
        published = client.post(
            reverse("wagtailadmin_pages:edit", args=[translated.pk]), {"action": "publish"}, follow=True
        )
    [message] = messages_of(published)
    assert "Это вам пригодится..." in message and "Русский тілінде" in message and "жарияланды" in message
    translated.refresh_from_db()
    assert translated.live
    assert client.get(translated.url).status_code == 200


def test_a_methodologist_translates_an_aliased_section_from_its_page(client, site_tree, staff):
    """The English events section is an alias of the Kazakh one: its editor offers "Translate this page"."""
    alias = site_tree.events["en"]
    client = signed_in(client, staff["methodologist"])
    page = client.get(reverse("wagtailadmin_pages:edit", args=[alias.pk]))
    submit_url = reverse("wagtail_localize:submit_page_translation", args=[site_tree.events["kk"].pk])
    assert submit_url in page.content.decode()
    assert_translation_editor(translate_into(client, submit_url, site_tree.locales["en"]))


def test_a_methodologist_translates_a_kind_of_event(client, site_tree, staff):
    kk, ru = site_tree.locales["kk"], site_tree.locales["ru"]
    kind = EventKind.objects.create(name="Вебинар", slug="webinar", locale=kk, translation_key=uuid.uuid4())
    client = signed_in(client, staff["methodologist"])
    listing = client.get(reverse("wagtailsnippets_events_eventkind:list") + "?locale=kk")
    submit_url = reverse("wagtail_localize:submit_snippet_translation", args=["events", "eventkind", kind.pk])
    assert submit_url in listing.content.decode()

    editor = translate_into(client, submit_url, ru)
    assert_translation_editor(editor)
    translated = kind.get_translation(ru)
    edit_url = reverse("wagtailsnippets_events_eventkind:edit", args=[translated.pk])
    assert editor.redirect_chain[-1][0] == edit_url
    type_translation(client, translated, "Вебинар", "Онлайн-семинар")
    published = client.post(edit_url, {"action": "publish"}, follow=True)
    [message] = messages_of(published)
    assert "Онлайн-семинар" in message and "Русский тілінде" in message and "жарияланды" in message
    translated.refresh_from_db()
    assert translated.name == "Онлайн-семинар"


def test_a_librarian_translates_a_catalogue_record(client, site_tree, staff):
    record = site_tree.record["kk"]
    client = signed_in(client, staff["librarian"])
    url = reverse("wagtail_localize:submit_page_translation", args=[record.pk])
    assert_translation_editor(translate_into(client, url, site_tree.locales["ru"]))


def test_a_teacher_cannot_translate(client, site_tree, staff):
    record = site_tree.record["kk"]
    client = signed_in(client, staff["teacher"])
    url = reverse("wagtail_localize:submit_page_translation", args=[record.pk])
    explorer = client.get(reverse("wagtailadmin_explore", args=[site_tree.resources["kk"].pk]))
    assert url not in explorer.content.decode()
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"locales": [site_tree.locales["ru"].pk]})
    assert not record.get_translations().filter(locale__language_code="ru").exists()
