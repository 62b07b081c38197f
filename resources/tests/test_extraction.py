"""Text inside attached files: extraction, storage on upload, search, and the matching passage."""

import io
import zipfile

import pytest
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.template import Context, Template
from django.urls import reverse
from wagtail.models import Collection

from resources import extraction, signals, tasks
from resources.extraction import extract_bytes, normalise_text
from resources.models import CabinetDocument, ResourceDocumentLink, ResourcePage, ResourceType, TextStatus
from resources.passages import matching_passage
from resources.tests import fixtures_files as files

KAZAKH_PARAGRAPH = "Мұғалімдерге арналған әдістемелік нұсқау: қалыптастырушы бағалау."
EXTRACTED, UNAVAILABLE = TextStatus.EXTRACTED, TextStatus.UNAVAILABLE


@pytest.fixture(autouse=True)
def media_root(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    return settings.MEDIA_ROOT


@pytest.fixture
def good_pdf():
    return files.make_pdf([f"{KAZAKH_PARAGRAPH}\nSecond line with zymurgy", "Екінші бет: дөңгелек үстел"])


def upload(name, content, capture, title=None, **fields):
    """A document saved as a librarian's upload would be, with the work queued on commit run."""
    with capture(execute=True) as callbacks:
        document = CabinetDocument.objects.create(title=title or name, file=ContentFile(content, name=name), **fields)
    document.refresh_from_db()
    return document, extractions(callbacks)


def extractions(callbacks):
    """The text extractions among the work queued for the commit (the page cache queues its own)."""
    return [callback for callback in callbacks if getattr(callback, "func", None) is signals.queue_extraction]


# Extraction from each format ------------------------------------------------------------------------


def test_pdf_text_layer_is_extracted_in_page_order(good_pdf):
    result = extract_bytes(good_pdf, "guide.pdf")
    assert result.status == EXTRACTED, result.reason
    assert result.text == f"{KAZAKH_PARAGRAPH}\nSecond line with zymurgy\nЕкінші бет: дөңгелек үстел"


def test_pdf_pages_past_the_cap_are_not_read(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_PDF_PAGES", 2)
    pdf = files.make_pdf(["Page one has plenty of words", "Page two has plenty of words", "Page three secret"])
    result = extract_bytes(pdf, "long.pdf")
    assert result.status == EXTRACTED
    assert "Page two" in result.text and "three" not in result.text
    assert "first 2 of 3 pages" in result.reason


def test_docx_paragraphs_runs_and_tabs():
    docx = files.make_docx([KAZAKH_PARAGRAPH, ["Екі ", "бөлік\tжәне   кеңістік"], "   ", "Соңғы абзац"])
    result = extract_bytes(docx, "plan.docx")
    assert result.status == EXTRACTED, result.reason
    assert result.text.split("\n") == [KAZAKH_PARAGRAPH, "Екі бөлік және кеңістік", "Соңғы абзац"]


def test_pptx_slides_follow_the_presentation_order_not_the_file_names():
    pptx = files.make_pptx([["Slide file one", "its body"], ["Slide file two"], ["Slide file three"]], order=[3, 1, 2])
    result = extract_bytes(pptx, "talk.pptx")
    assert result.status == EXTRACTED, result.reason
    assert result.text.split("\n") == ["Slide file three", "Slide file one", "its body", "Slide file two"]


def test_pptx_without_a_slide_list_is_read_by_slide_number():
    buffer = io.BytesIO()
    slides = {n: files._slide_xml([f"Slide {n}"]) for n in (10, 2, 1)}
    with zipfile.ZipFile(buffer, "w") as archive:
        for number, xml in slides.items():
            archive.writestr(f"ppt/slides/slide{number}.xml", xml)
    result = extract_bytes(buffer.getvalue(), "bare.pptx")
    assert result.text.split("\n") == ["Slide 1", "Slide 2", "Slide 10"]


def test_odt_headings_spans_spaces_breaks_and_no_comments():
    odt = files.make_odt(
        "<text:h>Тақырып</text:h>"
        '<text:p>Бір<text:s text:c="3"/>екі<text:tab/>үш <text:span>аралас</text:span>'
        "<text:line-break/>жаңа жол<office:annotation><text:p>пікір</text:p></office:annotation></text:p>"
        "<text:list><text:list-item><text:p>Тізім <text:a>сілтеме</text:a></text:p></text:list-item></text:list>"
    )
    result = extract_bytes(odt, "notes.odt")
    assert result.status == EXTRACTED, result.reason
    assert result.text.split("\n") == ["Тақырып", "Бір екі үш аралас", "жаңа жол", "Тізім сілтеме"]


def test_odp_slides_in_order():
    odp = files.make_odp([["Бірінші слайд", "мәтін"], ["Екінші слайд"]])
    result = extract_bytes(odp, "slides.odp")
    assert result.status == EXTRACTED, result.reason
    assert result.text.split("\n") == ["Бірінші слайд", "мәтін", "Екінші слайд"]


def test_the_format_is_read_from_the_content_not_the_name():
    assert extract_bytes(files.make_docx(["Wrongly named"]), "plan.pdf").text == "Wrongly named"


# Files whose text is not available -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "make", "reason"),
    [
        ("locked.pdf", lambda: files.encrypt_pdf(files.make_pdf([KAZAKH_PARAGRAPH])), "password"),
        ("broken.pdf", lambda: files.make_pdf([KAZAKH_PARAGRAPH])[:400], "broken"),
        ("scan.pdf", lambda: files.make_pdf([None, None, None], image_pages={0, 1, 2}), "no text layer"),
        ("broken.docx", lambda: files.make_docx([KAZAKH_PARAGRAPH])[:300], "format"),
        ("bomb.docx", lambda: files.make_docx_bomb(60 * 1024 * 1024), "zip bomb"),
        (
            "lying.docx",
            lambda: files.understate_sizes(files.make_docx_bomb(30 * 1024 * 1024), "word/document.xml", 1000),
            "broken",
        ),
        ("entities.docx", files.make_xml_entity_docx, "not valid XML"),
        ("notes.txt", lambda: "Мұғалімдерге".encode(), "format"),
        ("empty.pdf", lambda: b"", "empty"),
        ("old.doc", lambda: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600, "format"),
    ],
)
def test_unreadable_files_give_text_not_available(name, make, reason, caplog):
    result = extract_bytes(make(), name)
    assert result.status == UNAVAILABLE
    assert result.text == ""
    assert reason in result.reason
    assert result.reason in caplog.text  # the reason is logged


def test_a_pdf_with_only_an_owner_password_is_read():
    pdf = files.encrypt_pdf(files.make_pdf([KAZAKH_PARAGRAPH]), user_password="")
    result = extract_bytes(pdf, "restricted.pdf")
    assert result.status == EXTRACTED
    assert result.text == KAZAKH_PARAGRAPH


def test_a_pdf_with_text_on_one_page_of_a_scanned_book_has_no_text_layer():
    pdf = files.make_pdf(["Title 1"] + [None] * 9, image_pages=set(range(1, 10)))
    assert extract_bytes(pdf, "scanned-book.pdf").status == UNAVAILABLE


def test_an_archive_with_too_many_parts_is_refused_before_reading(monkeypatch):
    monkeypatch.setattr(extraction, "MAX_ZIP_ENTRIES", 3)
    result = extract_bytes(files.make_pptx([["a"], ["b"], ["c"]]), "many.pptx")
    assert result.status == UNAVAILABLE and "parts" in result.reason


def test_files_over_the_size_cap_are_not_read(monkeypatch, good_pdf):
    monkeypatch.setattr(extraction, "MAX_FILE_BYTES", len(good_pdf) - 1)
    result = extract_bytes(good_pdf, "big.pdf")
    assert result.status == UNAVAILABLE and "larger than" in result.reason


def test_the_text_is_capped_at_a_word_boundary():
    paragraph = "сөз " * 1000
    result = extract_bytes(files.make_docx([paragraph] * 80), "huge.docx")  # 320,000 characters
    assert result.status == EXTRACTED
    assert len(result.text) <= extraction.MAX_TEXT_CHARS == 200_000
    assert len(result.text) > 199_000
    assert result.text.endswith("сөз")
    assert "cut to 200000 characters" in result.reason


def test_normalised_text_has_no_control_characters_or_blank_lines():
    assert normalise_text("a\x00b\u00adc\r\n\r\n  d \t e\u200b \n\n") == "a bc\nd e"
    assert normalise_text("и\u0306") == "й"  # NFC


# Stored on upload -----------------------------------------------------------------------------------


@pytest.mark.django_db
def test_text_is_extracted_and_stored_when_a_document_is_uploaded(good_pdf, django_capture_on_commit_callbacks):
    document, callbacks = upload("guide.pdf", good_pdf, django_capture_on_commit_callbacks)
    assert len(callbacks) == 1
    assert document.text_status == EXTRACTED
    assert document.extracted_text.startswith(KAZAKH_PARAGRAPH)


@pytest.mark.django_db
def test_the_document_is_pending_until_the_transaction_commits(good_pdf, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = CabinetDocument.objects.create(title="Guide", file=ContentFile(good_pdf, name="guide.pdf"))
    document.refresh_from_db()
    assert document.text_status == TextStatus.PENDING and document.extracted_text == ""
    assert len(extractions(callbacks)) == 1
    extractions(callbacks)[0]()
    document.refresh_from_db()
    assert document.text_status == EXTRACTED


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "make"),
    [
        ("locked.pdf", lambda: files.encrypt_pdf(files.make_pdf([KAZAKH_PARAGRAPH]))),
        ("broken.pdf", lambda: files.make_pdf([KAZAKH_PARAGRAPH])[:400]),
        ("scan.pdf", lambda: files.make_pdf([None], image_pages={0})),
        ("bomb.docx", lambda: files.make_docx_bomb(60 * 1024 * 1024)),
    ],
)
def test_a_bad_file_is_saved_with_text_not_available(name, make, django_capture_on_commit_callbacks):
    document, _callbacks = upload(name, make(), django_capture_on_commit_callbacks)
    assert CabinetDocument.objects.filter(pk=document.pk).exists()
    assert document.text_status == UNAVAILABLE
    assert document.extracted_text == ""
    assert document.file.size > 0


@pytest.mark.django_db
def test_replacing_the_file_extracts_again_and_other_saves_do_not(good_pdf, django_capture_on_commit_callbacks):
    document, _callbacks = upload("guide.pdf", good_pdf, django_capture_on_commit_callbacks)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.title = "Renamed"
        document.save()
    assert extractions(callbacks) == []
    document.refresh_from_db()
    assert document.text_status == EXTRACTED and document.extracted_text.startswith(KAZAKH_PARAGRAPH)

    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        document.file = ContentFile(files.make_docx(["Жаңа файлдың мәтіні"]), name="plan.docx")
        document.save()
    assert len(extractions(callbacks)) == 1
    document.refresh_from_db()
    assert document.extracted_text == "Жаңа файлдың мәтіні"


@pytest.mark.django_db
def test_a_stale_full_save_does_not_wipe_the_extracted_text(good_pdf, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = CabinetDocument.objects.create(title="Guide", file=ContentFile(good_pdf, name="guide.pdf"))
    stale = CabinetDocument.objects.get(pk=document.pk)  # an editor's copy, loaded while pending
    extractions(callbacks)[0]()  # the worker stores the text
    stale.title = "Edited meanwhile"
    stale.save()
    document.refresh_from_db()
    assert document.title == "Edited meanwhile"
    assert document.text_status == EXTRACTED and document.extracted_text.startswith(KAZAKH_PARAGRAPH)


@pytest.mark.django_db
def test_the_upload_survives_a_failing_queue_and_a_failing_extractor(
    good_pdf, monkeypatch, django_capture_on_commit_callbacks
):
    def explode(*args, **kwargs):
        raise RuntimeError("boom")

    class Unqueueable:
        enqueue = staticmethod(explode)

    monkeypatch.setattr(tasks, "extract_document_text", Unqueueable)
    document, _callbacks = upload("queued.pdf", good_pdf, django_capture_on_commit_callbacks)
    assert document.pk and document.text_status == TextStatus.PENDING

    monkeypatch.undo()
    monkeypatch.setattr(tasks, "extract_document", explode)
    document, _callbacks = upload("extracted.pdf", good_pdf, django_capture_on_commit_callbacks)
    assert document.pk and document.text_status == UNAVAILABLE


@pytest.mark.django_db
def test_the_task_result_reports_what_happened(good_pdf, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        document = CabinetDocument.objects.create(title="Guide", file=ContentFile(good_pdf, name="guide.pdf"))
    result = tasks.extract_document_text.enqueue(document.pk)
    assert result.return_value["status"] == "extracted"
    assert result.return_value["characters"] > 50
    assert tasks.extract_document_text.enqueue(10**9).return_value is None  # a deleted document


def test_signal_handlers_are_connected():
    from django.db.models.signals import post_save, pre_save

    assert signals.document_pre_save in [r[1]() for r in pre_save.receivers if r[1]() is not None]
    assert signals.document_post_save in [r[1]() for r in post_save.receivers if r[1]() is not None]


# Search and the passage -----------------------------------------------------------------------------


def add_record(parent, title, slug, *documents):
    """A published record attaching `documents`, made as the admin makes one: created, then published."""
    guide, _created = ResourceType.objects.get_or_create(
        slug="guide", locale=parent.locale, defaults={"name": "Әдістемелік нұсқау"}
    )
    record = ResourcePage(
        title=title,
        slug=slug,
        resource_type=guide,
        document_links=[ResourceDocumentLink(document=document) for document in documents],
    )
    parent.add_child(instance=record)
    record.save_revision().publish()
    return record


@pytest.mark.django_db
def test_a_record_is_found_by_a_word_only_inside_its_file(site_tree, good_pdf, django_capture_on_commit_callbacks):
    # The record is published before the text is extracted: the task re-indexes it.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = CabinetDocument.objects.create(title="Нұсқау", file=ContentFile(good_pdf, name="guide.pdf"))
    record = add_record(site_tree.resources["kk"], "Әдістемелік нұсқау", "nusqau", document)
    assert "zymurgy" not in record.title
    assert list(ResourcePage.objects.live().search("zymurgy")) == []

    for callback in callbacks:
        callback()
    assert [page.pk for page in ResourcePage.objects.live().search("zymurgy")] == [record.pk]
    assert [page.pk for page in ResourcePage.objects.live().search("дөңгелек")] == [record.pk]


@pytest.mark.django_db
def test_every_record_attaching_the_file_is_reindexed(site_tree, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        document = CabinetDocument.objects.create(
            title="Slides", file=ContentFile(files.make_pptx([["Quixotic formative feedback"]]), name="talk.pptx")
        )
    first = add_record(site_tree.resources["kk"], "Бірінші жазба", "first", document)
    second = add_record(site_tree.resources["kk"], "Екінші жазба", "second", document)
    other = add_record(site_tree.resources["kk"], "Басқа жазба", "other")
    for callback in callbacks:
        callback()
    found = {page.pk for page in ResourcePage.objects.live().search("quixotic")}
    assert found == {first.pk, second.pk}
    assert other.pk not in found


@pytest.mark.django_db
def test_a_record_with_a_file_at_the_text_cap_is_indexed(site_tree, django_capture_on_commit_callbacks):
    letters = "абвгдежзиклмнопрстуфхцчшщыэюя"
    words = [
        "сөз" + "".join(letters[(n // len(letters) ** k) % len(letters)] for k in range(4)) for n in range(40_000)
    ]
    text = " ".join(words)  # ~300,000 characters of distinct words
    docx = files.make_docx([text[i : i + 5000] for i in range(0, len(text), 5000)])
    document, _callbacks = upload("big.docx", docx, django_capture_on_commit_callbacks)
    assert document.text_status == EXTRACTED and len(document.extracted_text) <= 200_000
    record = add_record(site_tree.resources["kk"], "Үлкен файл", "big", document)
    kept = document.extracted_text.split()
    for word in (kept[7], kept[-1]):
        assert [page.pk for page in ResourcePage.objects.live().search(word)] == [record.pk]
    assert list(ResourcePage.objects.live().search(words[-1])) == []  # past the cap


@pytest.mark.django_db
def test_a_file_attached_to_a_published_record_is_searchable_once_republished(
    site_tree, django_capture_on_commit_callbacks
):
    first, _callbacks = upload("a.docx", files.make_docx(["Zymurgy handbook"]), django_capture_on_commit_callbacks)
    second, _callbacks = upload("b.docx", files.make_docx(["Quixotic workbook"]), django_capture_on_commit_callbacks)
    record = add_record(site_tree.resources["kk"], "Жазба", "zhazba", first)
    assert [page.pk for page in ResourcePage.objects.live().search("zymurgy")] == [record.pk]

    record = ResourcePage.objects.get(pk=record.pk)
    record.document_links.add(ResourceDocumentLink(document=second))
    record.save_revision().publish()
    assert [page.pk for page in ResourcePage.objects.live().search("quixotic")] == [record.pk]


def test_matching_passage_marks_the_word_by_its_prefix_and_escapes_the_rest():
    text = "Кіріспе <b>мәтін</b> & тағы. " * 10 + "Бұл нұсқау мұғалімдерге арналған. " + "Қорытынды сөз. " * 20
    passage = matching_passage(text, "мұғалім")
    assert passage.words == ["мұғалімдерге"]
    html = str(passage)
    assert "<mark>мұғалімдерге</mark>" in html
    assert "&lt;b&gt;мәтін&lt;/b&gt; &amp;" in html
    assert "<b>" not in html
    assert html.startswith("…") and html.endswith("…")
    assert len(passage.text) <= 200


def test_matching_passage_forgives_case_and_the_russian_keyboard():
    text = "Оқушыларға ҚАЛЫПТАСТЫРУШЫ бағалау жүргізу"
    passage = matching_passage(text, "калыптастырушы багалау")
    assert passage.words == ["ҚАЛЫПТАСТЫРУШЫ", "бағалау"]
    assert str(passage) == "Оқушыларға <mark>ҚАЛЫПТАСТЫРУШЫ</mark> <mark>бағалау</mark> жүргізу"


def test_matching_passage_is_none_when_the_words_are_absent():
    assert matching_passage("Мұғалімдерге арналған", "оқушы") is None
    assert matching_passage("", "оқушы") is None
    assert matching_passage("Мұғалімдерге арналған", "  ") is None
    # A word inside another word is not a match: only word starts count.
    assert matching_passage("Мұғалімдерге арналған", "алім") is None


def test_matching_passage_finds_a_light_stem():
    assert matching_passage("Учитель года", "учителя").words == ["Учитель"]


@pytest.mark.django_db
def test_document_passage_tag(site_tree, good_pdf, django_capture_on_commit_callbacks):
    document, _callbacks = upload("guide.pdf", good_pdf, django_capture_on_commit_callbacks)
    record = add_record(site_tree.resources["kk"], "Нұсқау", "nusqau-tag", document)
    template = Template(
        "{% load passage_tags %}{% document_passage record query as passage %}"
        "{% if passage %}<p>{{ passage }}</p>{% else %}none{% endif %}"
    )
    html = template.render(Context({"record": record, "query": "мұғалім"}))
    assert html.startswith("<p>") and "<mark>Мұғалімдерге</mark>" in html
    assert template.render(Context({"record": record, "query": "жоқсөз"})) == "none"
    assert template.render(Context({"record": record, "query": ""})) == "none"


@pytest.mark.django_db
def test_the_catalogue_finds_a_record_by_a_word_in_its_file_and_shows_the_passage(
    site_tree, good_pdf, django_capture_on_commit_callbacks
):
    from django.http import QueryDict

    from resources.catalogue import CatalogueQuery
    from resources.templatetags.passage_tags import document_passage

    document, _callbacks = upload("guide.pdf", good_pdf, django_capture_on_commit_callbacks)
    record = add_record(site_tree.resources["kk"], "Нұсқау", "nusqau-catalogue", document)
    add_record(site_tree.resources["kk"], "Басқа жазба", "baska")
    catalogue = CatalogueQuery(QueryDict("q=мұғалімдерге"), index_page=site_tree.resources["kk"])
    results = list(catalogue.results())
    assert [page.pk for page in results] == [record.pk]
    assert "<mark>Мұғалімдерге</mark>" in str(document_passage(results[0], catalogue.query))


# The admin upload -----------------------------------------------------------------------------------


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "make", "status"),
    [
        ("broken.pdf", lambda: files.make_pdf([KAZAKH_PARAGRAPH])[:400], UNAVAILABLE),
        ("locked.pdf", lambda: files.encrypt_pdf(files.make_pdf([KAZAKH_PARAGRAPH])), UNAVAILABLE),
        ("plan.docx", lambda: files.make_docx([KAZAKH_PARAGRAPH]), EXTRACTED),
    ],
)
def test_admin_upload_as_superuser(client, superuser, name, make, status, django_capture_on_commit_callbacks):
    client.force_login(superuser)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtaildocs:add"),
            {
                "title": f"Uploaded {name}",
                "file": SimpleUploadedFile(name, make()),
                "collection": Collection.get_first_root_node().pk,
                "language": "kk",
            },
        )
    assert response.status_code == 302, response.content[:2000]
    document = CabinetDocument.objects.get(title=f"Uploaded {name}")
    assert document.text_status == status
    assert document.file_size > 0
    assert client.get(reverse("wagtaildocs:edit", args=[document.pk])).status_code == 200
