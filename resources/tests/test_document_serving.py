"""How documents reach visitors: only through /documents/<id>/<name>, as attachments that the
browser may not sniff, and never from a private collection to someone outside it."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction

from cabinet_site.tests import builders
from resources.models import CabinetDocument, ResourceDocumentLink, ResourcePage, ResourceType
from resources.tests.fixtures_files import make_docx, make_pdf

PDF = make_pdf(["Мұғалімдер кеңесінің хаттамасы"])
DOCX = make_docx(["Жеке деректер"])


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


def collection(name, restriction_type=None, groups=()):
    child = Collection.get_first_root_node().add_child(name=name)
    if restriction_type:
        restriction = CollectionViewRestriction.objects.create(collection=child, restriction_type=restriction_type)
        restriction.groups.set(groups)
    return child


def stored_document(name, content, in_collection=None):
    document = CabinetDocument(title=name, collection=in_collection or Collection.get_first_root_node())
    document.file.save(name, ContentFile(content), save=False)
    document.save()
    return document


def body(response):
    return b"".join(response.streaming_content) if response.streaming else response.content


def assert_served_as_attachment(response, content, filename):
    assert response.status_code == 200
    assert body(response) == content
    assert response["Content-Disposition"].startswith("attachment;")
    assert filename in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Security-Policy"] == "default-src 'none'"


@pytest.mark.parametrize(("name", "content"), [("protocol.pdf", PDF), ("data.docx", DOCX)])
def test_a_public_document_is_downloaded_as_an_attachment_never_shown_inline(client, db, name, content):
    document = stored_document(name, content)

    response = client.get(document.url)

    assert document.url == f"/documents/{document.pk}/{name}"
    assert_served_as_attachment(response, content, name)


def test_an_anonymous_visitor_is_sent_to_log_in_for_a_private_document(client, db):
    document = stored_document("protocol.pdf", PDF, collection("Staff only", CollectionViewRestriction.LOGIN))

    response = client.get(document.url)

    assert response.status_code == 302
    assert f"next=/documents/{document.pk}/protocol.pdf" in response["Location"].replace("%2F", "/")
    assert PDF not in response.content


def test_a_logged_in_user_gets_a_document_of_a_login_only_collection(client, db):
    document = stored_document("protocol.pdf", PDF, collection("Staff only", CollectionViewRestriction.LOGIN))
    client.force_login(builders.make_staff_user("teacher", "Teachers"))

    assert_served_as_attachment(client.get(document.url), PDF, "protocol.pdf")


def test_a_group_collection_serves_its_members_only(client, db):
    methodologists = Group.objects.get(name="Methodologists")
    private = collection("Methodologists' council", CollectionViewRestriction.GROUPS, groups=[methodologists])
    document = stored_document("data.docx", DOCX, private)

    client.force_login(builders.make_staff_user("teacher", "Teachers"))
    outsider = client.get(document.url)
    client.force_login(builders.make_staff_user("methodologist", "Methodologists"))
    member = client.get(document.url)

    assert outsider.status_code == 302
    assert DOCX not in outsider.content
    assert_served_as_attachment(member, DOCX, "data.docx")


# The media folder, as the development server serves it ------------------------------------------


def stored_image(name):
    buffer = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 30, 30)).save(buffer, "PNG")
    image = get_image_model()(title=name, collection=Collection.get_first_root_node())
    image.file = ImageFile(buffer, name=name)
    image.save()
    return image


@pytest.mark.urls("cabinet_site.tests.urls_with_media")
def test_documents_and_original_images_are_not_served_from_the_media_folder(client, db, media):
    private = stored_document("protocol.pdf", PDF, collection("Staff only", CollectionViewRestriction.LOGIN))
    public = stored_document("data.docx", DOCX)
    image = stored_image("class.png")
    rendition = image.get_rendition("width-40")

    assert (media / private.file.name).is_file() and (media / image.file.name).is_file()
    # The rendition a page shows is served: the folder is reachable, the refusals below are not a missing route.
    assert client.get(rendition.url).status_code == 200
    for url in (
        f"/media/{private.file.name}",
        f"/media/{public.file.name}",
        f"/media/{image.file.name}",
        f"/media/images/../{private.file.name}",
        "/media/Documents/protocol.pdf",
        "/media/documents/",
        "/media/",
    ):
        # (a folder's address ends up on the language-prefixed 404 page, LocaleMiddleware's doing)
        assert client.get(url, follow=True).status_code == 404, url
    client.force_login(builders.make_staff_user("teacher", "Teachers"))
    assert client.get(f"/media/{private.file.name}").status_code == 404
    assert_served_as_attachment(client.get(private.url), PDF, "protocol.pdf")


# The text of a private file ----------------------------------------------------------------------


def search_catalogue(site_tree, words):
    from django.http import QueryDict

    from resources.catalogue import CatalogueQuery
    from resources.templatetags.passage_tags import document_passage

    catalogue = CatalogueQuery(QueryDict(f"q={words}"), index_page=site_tree.resources["kk"])
    return [(page.pk, document_passage(page, catalogue.query)) for page in catalogue.results()]


def test_the_text_of_a_private_file_is_neither_searchable_nor_quoted(site_tree, django_capture_on_commit_callbacks):
    pdf = make_pdf(["Мұғалімдер кеңесінің хаттамасы", "Жалақы туралы құпия шешім"])
    with django_capture_on_commit_callbacks(execute=True):
        staff_only = collection("Staff only")
        document = stored_document("protocol.pdf", pdf, staff_only)
    guide = ResourceType.objects.get_or_create(slug="guide", locale=site_tree.resources["kk"].locale)[0]
    record = ResourcePage(
        title="Кеңес материалдары",
        slug="kenes",
        resource_type=guide,
        document_links=[ResourceDocumentLink(document=document)],
    )
    site_tree.resources["kk"].add_child(instance=record)
    record.save_revision().publish()
    found = search_catalogue(site_tree, "жалақы")
    assert [pk for pk, _passage in found] == [record.pk]
    assert "<mark>Жалақы</mark>" in str(found[0][1])

    with django_capture_on_commit_callbacks(execute=True):
        restriction = CollectionViewRestriction.objects.create(
            collection=staff_only, restriction_type=CollectionViewRestriction.LOGIN
        )
    assert search_catalogue(site_tree, "жалақы") == []
    assert search_catalogue(site_tree, "кеңес") == [(record.pk, None)]  # found by its title, nothing quoted

    with django_capture_on_commit_callbacks(execute=True):
        restriction.delete()
        document.collection = Collection.get_first_root_node()
        document.save()
    assert [pk for pk, _passage in search_catalogue(site_tree, "жалақы")] == [record.pk]


def test_moving_a_file_into_a_private_collection_takes_its_text_out_of_search(
    site_tree, django_capture_on_commit_callbacks
):
    pdf = make_pdf(["Жалақы туралы құпия шешім"])
    private = collection("Staff only", CollectionViewRestriction.LOGIN)
    with django_capture_on_commit_callbacks(execute=True):
        document = stored_document("protocol.pdf", pdf)
    guide = ResourceType.objects.get_or_create(slug="guide", locale=site_tree.resources["kk"].locale)[0]
    record = ResourcePage(
        title="Кеңес", slug="kenes-2", resource_type=guide, document_links=[ResourceDocumentLink(document=document)]
    )
    site_tree.resources["kk"].add_child(instance=record)
    record.save_revision().publish()
    assert [pk for pk, _passage in search_catalogue(site_tree, "жалақы")] == [record.pk]

    with django_capture_on_commit_callbacks(execute=True):
        document.collection = private
        document.save()

    assert search_catalogue(site_tree, "жалақы") == []
