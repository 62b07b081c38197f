"""The demo catalogue: realistic records in kk, translated into ru and en through wagtail-localize, with files.

The demo command commits as it goes (wagtail-localize publishes a translation when its transaction
commits), so this test runs on a transactional database, and restores the migrations' data after.
"""

import io
import zipfile

import pytest
from django.core.management import call_command
from pypdf import PdfReader
from wagtail.models import Locale, Page

from cabinet_site.demo.catalogue import RECORDS, isbn13
from resources.isbn import is_valid_isbn
from resources.models import CabinetDocument, ResourceIndexPage, ResourcePage

KAZAKH_LETTERS = set("әғқңөұүһі")

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def counts():
    return {
        "pages": Page.objects.count(),
        "records": {
            code: ResourcePage.objects.filter(locale__language_code=code).count() for code in ("kk", "ru", "en")
        },
        "documents": CabinetDocument.objects.count(),
        "files": ResourcePage.document_links.rel.related_model.objects.count(),
        "tags": ResourcePage.tags.through.objects.count(),
    }


@pytest.fixture
def demo(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    call_command("load_demo_content", stdout=io.StringIO())
    return ResourceIndexPage.objects.get(slug="katalog", locale__language_code="kk")


def test_isbn_check_digits():
    assert isbn13("978030640615") == "9780306406157"  # the textbook example
    assert all(is_valid_isbn(spec.fields["isbn"]) for spec in RECORDS if spec.fields["isbn"])


def test_demo_catalogue_is_realistic_translated_and_idempotent(demo):
    records = ResourcePage.objects.child_of(demo).live()
    assert records.count() >= 60
    assert records.values("resource_type__slug").distinct().count() >= 5
    assert records.values("subjects__slug").distinct().count() >= 8
    assert {"kk", "ru", "en"} <= set(records.values_list("languages__code", flat=True))
    assert records.filter(isbn__gt="").count() >= 30
    assert all(is_valid_isbn(isbn) for isbn in records.exclude(isbn="").values_list("isbn", flat=True))
    assert records.exclude(call_number="").exclude(availability="").count() >= 30

    # Every record is translated (not merely aliased) into ru and en, and published there.
    for record in records:
        translations = {page.locale.language_code: page for page in record.get_translations().specific()}
        assert set(translations) == {"ru", "en"}, record.title
        for page in translations.values():
            assert page.live and page.alias_of_id is None
            assert page.title != record.title
            assert page.description and page.description != record.description
            assert page.first_published_at == record.first_published_at
    guide = records.get(external_id="MK-0012")
    english = guide.get_translation(Locale.objects.get(language_code="en"))
    assert english.title.startswith("Formative Assessment in the Classroom")
    assert_files_hold_real_text()

    before = counts()
    assert before["files"] >= 15

    # An editor's changes to a demo record, and an editor's own record, survive a second run.
    record = records.get(external_id="MK-0001")
    record.title = "Қазақ тілі. 5-сынып. Түзетілген атауы"
    record.save_revision().publish()
    call_command("load_demo_content", stdout=io.StringIO())
    assert counts() == before
    record.refresh_from_db()
    assert record.title == "Қазақ тілі. 5-сынып. Түзетілген атауы"


def assert_files_hold_real_text():
    pdfs = CabinetDocument.objects.filter(file__endswith=".pdf")
    docxs = CabinetDocument.objects.filter(file__endswith=".docx")
    assert pdfs.count() >= 5 and docxs.count() >= 5
    kazakh_pdf = pdfs.filter(language="kk").first()
    with kazakh_pdf.file.open("rb") as handle:
        text = "".join(page.extract_text() for page in PdfReader(handle).pages)
    assert kazakh_pdf.title.split(":")[0] in text.replace("\n", " ")
    assert KAZAKH_LETTERS & set(text)
    docx = docxs.filter(language="kk").first()
    with docx.file.open("rb") as handle, zipfile.ZipFile(handle) as archive:
        assert {"[Content_Types].xml", "_rels/.rels", "word/document.xml"} <= set(archive.namelist())
        body = archive.read("word/document.xml").decode()
    assert docx.title in body
    assert KAZAKH_LETTERS & set(body)
