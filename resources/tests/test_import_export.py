"""Import and export of the catalogue: the command, the checks, the round trip and the admin views."""

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from django.core.management import CommandError, call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.models import Revision
from wagtail_localize.models import LocaleSynchronization

from cabinet_site.tests import builders
from resources import importing
from resources.importing import COLUMNS, CatalogueImport, ImportFileError, parse_grades, read_table
from resources.models import (
    Availability,
    CabinetDocument,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Subject,
)

DATA = Path(__file__).parent / "data"
FILES = DATA / "files"
HEADER = ";".join(COLUMNS)


@pytest.fixture(autouse=True)
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    settings.CATALOGUE_IMPORT_DIR = tmp_path / "imports"


@pytest.fixture
def catalogues(home_page, locales):
    """A Kazakh catalogue section, translated into ru and en (with their home pages), all published.

    The trees are not kept in sync here (the migration's LocaleSynchronization is removed), so
    each test sees only the records it imports; one test below turns synchronisation back on.
    """
    LocaleSynchronization.objects.all().delete()
    kk = home_page.add_child(instance=ResourceIndexPage(title="Каталог", slug="katalog"))
    kk.save_revision().publish()
    result = {"kk": kk}
    for code in ("ru", "en"):
        home_page.copy_for_translation(locales[code]).save_revision().publish()
        translated = kk.copy_for_translation(locales[code])
        translated.save_revision().publish()
        result[code] = ResourceIndexPage.objects.get(pk=translated.pk)
    return result


def run(*args, **options):
    """Run import_catalogue in English; returns its output."""
    out = io.StringIO()
    with translation.override("en"):
        call_command("import_catalogue", *[str(arg) for arg in args], stdout=out, **options)
    return out.getvalue()


def write_csv(path, rows, header=HEADER):
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def check(path, **options):
    with translation.override("en"):
        return CatalogueImport(read_table(path.read_bytes(), path.name), **options).check()


def record(external_id, locale="kk"):
    return ResourcePage.objects.get(external_id=external_id, locale__language_code=locale)


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk)).count()


# A valid list -----------------------------------------------------------------------------------------


def test_valid_csv_imports_every_record_with_all_fields(catalogues):
    output = run(DATA / "catalogue.csv", files_dir=FILES)

    assert "Created 5 records, updated 0, 0 unchanged." in output
    assert ResourcePage.objects.count() == 5
    assert all(page.live for page in ResourcePage.objects.all())
    assert set(ResourcePage.objects.child_of(catalogues["kk"]).values_list("title", flat=True)) == {
        "Қазақ тілі. 5-сынып. Сабақ жоспарлары",
        "Алгебра. Есептер жинағы",
        "Орысша-қазақша сөздік",
        "Мектепке дейінгі даярлық: ойындар жинағы",
    }

    plans = record("INV-001")
    assert plans.url.endswith("/qazaq-tili-5-synyp-sabaq-zhosparlary/")  # a Latin address from the Kazakh title
    assert plans.description.startswith("Бірінші тоқсанның сабақ жоспарлары.\nӘр сабаққа")
    assert plans.resource_type.slug == "lesson-plan"
    assert plans.resource_type.locale.language_code == "kk"
    assert [s.slug for s in plans.subjects.all()] == ["kazakh-language"]
    assert (plans.grade_min, plans.grade_max) == (5, 5)
    assert [lang.code for lang in plans.languages.all()] == ["kk"]
    assert plans.authors == "Ахметова Г. Б.; Серікова А."
    assert plans.publisher == "Атамұра"
    assert plans.year == 2021
    assert plans.isbn == "9786017000127"
    assert plans.call_number == "74.26 А 95"
    assert plans.copies == 3
    assert plans.availability == Availability.ON_SHELF
    assert sorted(tag.name for tag in plans.tags.all()) == ["жас маман", "қалыптастырушы бағалау"]
    assert [doc.title for doc in plans.documents()] == ["plan-5"]
    assert plans.get_parent().pk == catalogues["kk"].pk

    algebra = record("INV-002")
    assert algebra.resource_type.slug == "methodological-guide"
    assert {s.slug for s in algebra.subjects.all()} == {"algebra", "mathematics"}
    assert (algebra.grade_min, algebra.grade_max) == (7, 9)
    assert algebra.isbn == "509001292X"
    assert algebra.external_url == "https://example.kz/algebra"

    dictionary = record("INV-003")
    assert dictionary.resource_type.slug == "dictionary"  # given by its Russian name
    assert {s.slug for s in dictionary.subjects.all()} == {"kazakh-language", "russian-language"}
    assert (dictionary.grade_min, dictionary.grade_max) == (None, None)
    assert {lang.code for lang in dictionary.languages.all()} == {"kk", "ru"}
    assert dictionary.external_url == "https://www.sozdik.kz"
    assert dictionary.availability == ""
    # The same file on two records is stored once.
    assert [doc.title for doc in dictionary.documents()] == ["notes", "plan-5"]
    assert CabinetDocument.objects.count() == 2

    preschool = ResourcePage.objects.get(isbn="9786017023454")
    assert (preschool.grade_min, preschool.grade_max) == (0, 0)
    assert preschool.external_id == ""

    russian = record("INV-001", "ru")
    assert russian.get_parent().pk == catalogues["ru"].pk
    assert russian.resource_type.locale.language_code == "ru"
    # The Russian row with the Kazakh record's external_id becomes its translation.
    assert russian.translation_key == plans.translation_key
    assert russian.documents() == plans.documents()


def test_header_names_ignore_case_and_unknown_columns_are_a_warning(catalogues, tmp_path):
    path = write_csv(tmp_path / "list.csv", ["Кітап,lesson-plan,2020,x"], header="Title,Resource_Type,YEAR,Note")

    job = check(path)

    assert job.ok
    assert job.table.columns == ["title", "resource_type", "year"]
    assert any("Note" in str(warning) for warning in job.warnings)


def test_missing_title_column_is_an_error(catalogues, tmp_path):
    path = write_csv(tmp_path / "list.csv", ["lesson-plan;2020"], header="resource_type;year")

    with pytest.raises(CommandError, match="no “title” column"):
        run(path)


# Wrong rows -------------------------------------------------------------------------------------------


def test_one_bad_row_imports_nothing_and_names_the_line(catalogues):
    with pytest.raises(CommandError) as raised:
        run(DATA / "catalogue_bad_row.csv", files_dir=FILES)

    message = str(raised.value)
    assert "Nothing was imported: 1 line has problems." in message
    assert "Line 4, column “year” (“20x8”): The year must be a number from 1800 to 2100" in message
    assert ResourcePage.objects.count() == 0
    assert CabinetDocument.objects.count() == 0


def test_every_wrong_line_is_reported_with_column_value_and_reason(catalogues, tmp_path):
    rows = [
        "A1;Жақсы жол;;lesson-plan;;;;;;;;;;;;;kk",
        "A2;Жаман ISBN;;lesson-plan;;;;;;;978-601-7000-12-0;;;;;;",
        "A3;Сыныптар;;lesson-plan;;9-5;;;;;;;;;;;",
        "A4;Даналар;;lesson-plan;;;;;;;;;-1;;;;",
        "A5;Белгісіз түр;;робот;;;;;;;;;;;;;",
        "A1;Қайталанған;;lesson-plan;;;;;;;;;;;;;",
        "A7;;;lesson-plan;;;;;;;;;;;;;",
        "A8;Сілтеме;;lesson-plan;;;;;;;;;;;not a link;;",
        "A9;Файл;;lesson-plan;;;;;;;;;;;;жоқ.pdf;",
        "A10;Тіл;;lesson-plan;;;de;;;;;;;;;;",
        "A11;Пән;;lesson-plan;Алхимия;;;;;;;;;;;;",
        "A12;Тіл коды;;lesson-plan;;;;;;;;;;;;;xx",
        "A13;Сынып;;lesson-plan;;05.09.2024;;;;;;;;;;;",
    ]
    path = write_csv(tmp_path / "list.csv", rows)

    job = check(path, files_dir=FILES)

    found = {(problem.line, problem.column) for problem in job.errors}
    assert found == {
        (3, "isbn"),
        (4, "grades"),
        (5, "copies"),
        (6, "resource_type"),
        (7, "external_id"),
        (8, "title"),
        (9, "url"),
        (10, "file"),
        (11, "language"),
        (12, "subjects"),
        (13, "locale"),
        (14, "grades"),
    }
    by_line = {problem.line: problem for problem in job.errors}
    assert by_line[7].message == "Line 2 has the same external_id; each record needs its own."
    assert by_line[6].value == "робот"
    assert "looks like a date" in by_line[14].message
    with pytest.raises(ValueError):
        job.apply()
    assert ResourcePage.objects.count() == 0


def test_a_line_with_too_many_cells_is_reported(catalogues, tmp_path):
    path = write_csv(
        tmp_path / "list.csv", ["Кітап;lesson-plan;Ескерту; тырнақшасыз"], header="title;resource_type;description"
    )

    job = check(path)

    assert [(problem.line, problem.value) for problem in job.errors] == [(2, "тырнақшасыз")]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("", (None, None)),
        ("all", (None, None)),
        ("Барлығы", (None, None)),
        ("5", (5, 5)),
        ("5-9", (5, 9)),
        ("5 – 9", (5, 9)),
        ("0-11", (0, 11)),
        ("0", (0, 0)),
        ("pre-school", (0, 0)),
    ],
)
def test_grades(value, expected):
    assert parse_grades(value) == expected


@pytest.mark.parametrize("value", ["12", "9-5", "5-", "five", "1-2-3"])
def test_wrong_grades(value):
    with pytest.raises(ValueError):
        parse_grades(value)


def test_imported_records_are_found_by_the_catalogue_search(catalogues, client):
    run(DATA / "catalogue.csv", files_dir=FILES)
    catalogue = catalogues["kk"]

    def found(words):
        hits = ResourcePage.objects.live().child_of(catalogue).search(words, operator="and")
        return {page.title for page in hits}

    assert found("сөздік") == {"Орысша-қазақша сөздік"}
    assert "Алгебра. Есептер жинағы" in found("есептер")
    response = client.get(catalogue.url, {"q": "сөздік"})
    assert "Орысша-қазақша сөздік" in response.content.decode()


# Importing again -------------------------------------------------------------------------------------


def test_reimport_updates_the_same_records_without_duplicates(catalogues, tmp_path):
    run(DATA / "catalogue.csv", files_dir=FILES)
    plans = record("INV-001")
    dictionary = record("INV-003")
    plans_revisions, dictionary_revisions = revisions(plans), revisions(dictionary)

    assert "Created 0 records, updated 0, 5 unchanged." in run(DATA / "catalogue.csv", files_dir=FILES)
    assert revisions(plans) == plans_revisions

    changed = (DATA / "catalogue.csv").read_text(encoding="utf-8-sig").replace("74.26 А 95;3;", "74.26 А 95;7;", 1)
    path = tmp_path / "changed.csv"
    path.write_text(changed, encoding="utf-8-sig")
    output = run(path, files_dir=FILES)

    assert "Created 0 records, updated 1, 4 unchanged." in output
    assert ResourcePage.objects.count() == 5
    assert record("INV-001").copies == 7
    assert record("INV-001", "ru").copies == 3
    assert revisions(record("INV-001")) == plans_revisions + 1
    assert revisions(dictionary) == dictionary_revisions
    assert CabinetDocument.objects.count() == 2


def test_a_record_without_external_id_is_found_by_isbn(catalogues, tmp_path):
    run(DATA / "catalogue.csv", files_dir=FILES)
    preschool = ResourcePage.objects.get(isbn="9786017023454")
    path = write_csv(
        tmp_path / "list.csv",
        ["INV-004;Мектепке дейінгі даярлық: ойындар жинағы;;reference-book;;;;;;;978-601-70234-5-4;;;;;;"],
    )

    output = run(path)

    assert "Created 0 records, updated 1, 0 unchanged." in output
    preschool.refresh_from_db()
    assert preschool.external_id == "INV-004"
    assert ResourcePage.objects.count() == 5


def test_isbn_does_not_match_a_record_with_another_external_id(catalogues, tmp_path):
    run(DATA / "catalogue.csv", files_dir=FILES)
    path = write_csv(tmp_path / "list.csv", ["INV-999;Екінші дана;;lesson-plan;;;;;;;9786017000127;;;;;;"])

    job = check(path)

    assert [record.action for record in job.records] == ["create"]


def test_dry_run_writes_nothing(catalogues):
    output = run(DATA / "catalogue.csv", files_dir=FILES, dry_run=True)

    assert "Would create 5 records, update 0 and leave 0 unchanged." in output
    assert "line 2: create «Қазақ тілі. 5-сынып. Сабақ жоспарлары» (kk)" in output
    assert "Nothing was written" in output
    assert ResourcePage.objects.count() == 0
    assert CabinetDocument.objects.count() == 0


def test_dry_run_lists_updates_and_columns_left_out_are_kept(catalogues, tmp_path):
    run(DATA / "catalogue.csv", files_dir=FILES)
    path = write_csv(tmp_path / "list.csv", ["INV-002;Алгебра. Есептер жинағы;2016"], header="external_id;title;year")

    output = run(path, dry_run=True)

    assert "line 2: update «Алгебра. Есептер жинағы» (kk): year" in output
    assert record("INV-002").year == 2015
    run(path)
    algebra = record("INV-002")
    assert algebra.year == 2016
    assert algebra.copies == 12
    assert {s.slug for s in algebra.subjects.all()} == {"algebra", "mathematics"}


# Vocabularies ----------------------------------------------------------------------------------------


def test_unknown_terms_are_errors_unless_create_missing(catalogues, tmp_path):
    path = write_csv(tmp_path / "list.csv", ['R1;Роботтар;;Жинақ;"Робототехника; Алгебра";;;;;;;;;;;;kk'])

    with pytest.raises(CommandError, match="Unknown type"):
        run(path)
    assert not ResourceType.objects.filter(name="Жинақ").exists()

    output = run(path, create_missing=True)

    assert "Added to the vocabularies: Жинақ (zhinaq), Робототехника (robototekhnika)" in output
    robots = record("R1")
    assert robots.resource_type.slug == "zhinaq"
    assert {s.slug for s in robots.subjects.all()} == {"robototekhnika", "algebra"}
    for model, slug, name in ((ResourceType, "zhinaq", "Жинақ"), (Subject, "robototekhnika", "Робототехника")):
        terms = model.objects.filter(slug=slug)
        assert {term.locale.language_code for term in terms} == {"kk", "ru", "en"}
        assert {term.name for term in terms} == {name}
        assert len({term.translation_key for term in terms}) == 1
    # Importing again finds the new terms by name: nothing changes.
    assert "Created 0 records, updated 0, 1 unchanged." in run(path)


# Other formats ---------------------------------------------------------------------------------------


def test_xlsx_import(catalogues):
    output = run(DATA / "catalogue.xlsx")

    assert "Created 2 records" in output
    assert "“note” is not a catalogue column" in output
    geometry = record("X-1")
    assert geometry.year == 2022
    assert geometry.isbn == "6017098764"
    assert geometry.resource_type.slug == "assessment"
    assert (geometry.grade_min, geometry.grade_max) == (8, 8)
    english = record("X-2")
    assert (english.grade_min, english.grade_max) == (None, None)
    assert english.copies == 1
    assert english.resource_type.slug == "literature"
    assert [lang.code for lang in english.languages.all()] == ["en"]


def test_xlsx_lines_are_the_sheet_rows(catalogues, tmp_path):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(["title", "resource_type", "year"])
    sheet.append(["Бірінші", "lesson-plan", 2020])
    sheet.append([])
    sheet.append(["Үшінші", "lesson-plan", 3000])
    workbook.save(tmp_path / "list.xlsx")

    job = check(tmp_path / "list.xlsx")

    assert [(problem.line, problem.column) for problem in job.errors] == [(4, "year")]


def test_windows_1251_csv_with_commas(catalogues):
    output = run(DATA / "catalogue_cp1251.csv")

    assert "not in UTF-8" in output
    assert "Created 2 records" in output
    dictations = record("RU-1", "ru")
    assert dictations.title == "Русский язык. Диктанты для 5–9 классов"
    assert dictations.publisher == "Алматыкітап"
    assert dictations.resource_type.slug == "methodological-guide"
    assert sorted(tag.name for tag in dictations.tags.all()) == ["диктанты", "орфография"]
    assert record("RU-2").authors == "Сидоров П.; Ким Л."  # no locale: Kazakh catalogue


def test_kazakh_windows_encoding(catalogues, tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("title;resource_type\nҚазақ әдебиеті: оқу құралы;lesson-plan\n".encode("kz1048"))

    job = check(path)

    assert job.ok
    assert job.records[0].state["title"] == "Қазақ әдебиеті: оқу құралы"


def test_unreadable_files_have_a_clear_message(catalogues, tmp_path):
    with translation.override("en"):
        with pytest.raises(ImportFileError, match="old Excel file"):
            read_table(b"\xd0\xcf\x11\xe0" + b"\x00" * 100, "list.xls")
        with pytest.raises(ImportFileError, match="could not be opened"):
            read_table(b"PK\x03\x04 broken", "list.xlsx")
        with pytest.raises(ImportFileError, match="could not be read"):
            read_table(b"title\n\x98\x98\x98\n", "list.csv")


# Export ----------------------------------------------------------------------------------------------


def test_export_then_import_changes_nothing(catalogues, tmp_path):
    run(DATA / "catalogue.csv", files_dir=FILES)
    run(DATA / "catalogue.xlsx")
    for code in ("kk", "ru"):
        for suffix in ("csv", "xlsx"):
            out = tmp_path / f"export-{code}.{suffix}"
            call_command("export_catalogue", str(out), locale=code, stdout=io.StringIO())
            # With the files or without them: the attached files are recognised by name.
            assert "Created 0 records, updated 0," in run(out)
            assert "Created 0 records, updated 0," in run(out, files_dir=FILES)
    assert ResourcePage.objects.count() == 7


def test_export_writes_the_import_columns(catalogues, tmp_path):
    run(DATA / "catalogue.csv", files_dir=FILES)
    out = tmp_path / "export.csv"

    call_command("export_catalogue", str(out), stdout=io.StringIO())

    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = {row["external_id"]: row for row in csv.DictReader(io.StringIO(data.decode("utf-8-sig")), delimiter=";")}
    assert list(next(iter(rows.values()))) == list(COLUMNS)
    assert rows["INV-001"]["resource_type"] == "Сабақ жоспары"
    assert rows["INV-001"]["grades"] == "5"
    assert rows["INV-001"]["tags"] == "жас маман; қалыптастырушы бағалау"
    assert rows["INV-001"]["file"] == "plan-5.pdf"
    assert rows["INV-002"]["grades"] == "7-9"
    assert rows["INV-003"]["grades"] == ""
    assert rows["INV-003"]["language"] == "kk; ru"
    assert rows["INV-003"]["file"] == "notes.txt; plan-5.pdf"
    assert rows["INV-003"]["locale"] == "kk"


def test_export_follows_the_catalogue_filter(catalogues, tmp_path):
    run(DATA / "catalogue.csv", files_dir=FILES)
    out = tmp_path / "export.csv"

    call_command("export_catalogue", str(out), filter="type=lesson-plan&grade=5", stdout=io.StringIO())

    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig")), delimiter=";"))
    assert [row["external_id"] for row in rows] == ["INV-001"]


def test_export_escapes_formulas_and_import_restores_them(catalogues, tmp_path):
    path = write_csv(tmp_path / "list.csv", ['F1;=1+2 тақырып;"- бірінші тармақ";lesson-plan;;;;;;;;;;;;;'])
    run(path)
    out = tmp_path / "export.csv"
    call_command("export_catalogue", str(out), stdout=io.StringIO())

    assert ";'=1+2 тақырып;'- бірінші тармақ;" in out.read_text(encoding="utf-8-sig")
    assert "updated 0, 1 unchanged" in run(out)
    assert record("F1").title == "=1+2 тақырып"


# Trees kept in sync ---------------------------------------------------------------------------------


def test_new_records_appear_in_synchronised_languages_and_rows_in_them_become_translations(catalogues, tmp_path):
    for code in ("ru", "en"):
        LocaleSynchronization.objects.create(locale=catalogues[code].locale, sync_from=catalogues["kk"].locale)
    rows = [
        "S1;Қазақ тілі оқулығы;;lesson-plan;;;;;;;;;;;;;kk",
        "S1;Учебник казахского языка;;lesson-plan;;;;;;;;;;;;;ru",
    ]
    path = write_csv(tmp_path / "list.csv", rows)

    assert "Created 2 records" in run(path)

    kk, ru, en = record("S1"), record("S1", "ru"), record("S1", "en")
    assert en.alias_of_id == kk.pk
    assert ru.alias_of_id is None and ru.title == "Учебник казахского языка"
    assert kk.translation_key == ru.translation_key == en.translation_key
    out = tmp_path / "export-en.csv"
    call_command("export_catalogue", str(out), locale="en", stdout=io.StringIO())
    assert "updated 0, 1 unchanged" in run(out)


# The admin -------------------------------------------------------------------------------------------


@pytest.fixture
def librarian(catalogues):
    return builders.make_staff_user("librarian", "Librarians")


def upload(client, path, files=(), **data):
    attachments = [io.BytesIO(f.read_bytes()) for f in files]
    for handle, file in zip(attachments, files, strict=True):
        handle.name = file.name
    with path.open("rb") as handle:
        return client.post(reverse("resources_catalogue_import"), {"list_file": handle, "files": attachments, **data})


def test_librarian_uploads_previews_and_confirms(client, librarian):
    client.force_login(librarian)
    assert client.get(reverse("resources_catalogue_import")).status_code == 200

    preview = upload(client, DATA / "catalogue.csv", files=[FILES / "plan-5.pdf", FILES / "notes.txt"])

    assert preview.status_code == 200
    assert preview.context["errors"] == []
    assert preview.context["counts"] == {"created": 5, "updated": 0, "unchanged": 0}
    assert "data-import-plan" in preview.content.decode()
    assert ResourcePage.objects.count() == 0

    done = client.post(reverse("resources_catalogue_import_confirm"), {"token": preview.context["token"]})

    assert done.status_code == 302
    assert ResourcePage.objects.count() == 5
    assert [doc.title for doc in record("INV-003").documents()] == ["notes", "plan-5"]
    record_ids = [str(pk) for pk in ResourcePage.objects.values_list("pk", flat=True)]
    assert {revision.user_id for revision in Revision.page_revisions.filter(object_id__in=record_ids)} == {
        librarian.pk
    }
    # The token is spent: the upload is gone.
    again = client.post(reverse("resources_catalogue_import_confirm"), {"token": preview.context["token"]})
    assert again.status_code == 302
    assert ResourcePage.objects.count() == 5


def test_attachments_can_come_in_a_zip(client, librarian, tmp_path):
    archive = tmp_path / "files.zip"
    with zipfile.ZipFile(archive, "w") as bundle:
        bundle.write(FILES / "plan-5.pdf", "plan-5.pdf")
        bundle.write(FILES / "notes.txt", "notes.txt")
    client.force_login(librarian)

    preview = upload(client, DATA / "catalogue.csv", files=[archive])

    assert preview.context["errors"] == []
    client.post(reverse("resources_catalogue_import_confirm"), {"token": preview.context["token"]})
    assert ResourcePage.objects.count() == 5


def test_preview_shows_the_wrong_lines_and_no_confirm_button(client, librarian):
    client.force_login(librarian)

    preview = upload(client, DATA / "catalogue_bad_row.csv", files=[FILES / "plan-5.pdf", FILES / "notes.txt"])

    assert preview.status_code == 200
    assert [(problem.line, problem.column) for problem in preview.context["errors"]] == [(4, "year")]
    assert preview.context["token"] == ""
    assert reverse("resources_catalogue_import_confirm") not in preview.content.decode()


def test_a_forged_token_imports_nothing(client, librarian):
    client.force_login(librarian)

    response = client.post(reverse("resources_catalogue_import_confirm"), {"token": "forged"})

    assert response.status_code == 302
    assert ResourcePage.objects.count() == 0


def test_another_users_token_is_refused(client, librarian, superuser):
    client.force_login(librarian)
    preview = upload(client, DATA / "catalogue.csv", files=[FILES / "plan-5.pdf", FILES / "notes.txt"])
    client.force_login(superuser)

    client.post(reverse("resources_catalogue_import_confirm"), {"token": preview.context["token"]})

    assert ResourcePage.objects.count() == 0


def test_librarian_exports_the_filtered_catalogue(client, librarian):
    run(DATA / "catalogue.csv", files_dir=FILES)
    client.force_login(librarian)

    response = client.get(reverse("resources_catalogue_export"), {"locale": "kk", "subject": "kazakh-language"})

    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    text = b"".join(response.streaming_content).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text), delimiter=";"))
    assert {row["external_id"] for row in rows} == {"INV-001", "INV-003"}

    response = client.get(reverse("resources_catalogue_export"), {"locale": "ru", "format": "xlsx"})
    sheet = openpyxl.load_workbook(io.BytesIO(response.content)).active
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    assert sheet.max_row == 2


def refused(response):
    """Wagtail's answer to a PermissionDenied in the admin: back to the dashboard with a message."""
    return response.status_code == 302 and response.url == reverse("wagtailadmin_home")


@pytest.mark.parametrize("name", ["resources_catalogue_import", "resources_catalogue_export"])
def test_teachers_and_methodologists_may_not_import_or_export(client, catalogues, name):
    for username, group in (("teacher", "Teachers"), ("methodologist", "Methodologists")):
        client.force_login(builders.make_staff_user(username, group))
        assert refused(client.get(reverse(name)))
    client.logout()
    response = client.get(reverse(name))
    assert response.status_code == 302 and response.url.startswith(reverse("wagtailadmin_login"))


def test_teacher_may_not_confirm_an_import(client, catalogues, librarian):
    client.force_login(librarian)
    preview = upload(client, DATA / "catalogue.csv", files=[FILES / "plan-5.pdf", FILES / "notes.txt"])
    client.force_login(builders.make_staff_user("teacher", "Teachers"))

    response = client.post(reverse("resources_catalogue_import_confirm"), {"token": preview.context["token"]})

    assert refused(response)
    assert ResourcePage.objects.count() == 0


def test_menu_item_is_shown_to_librarians_only(client, librarian):
    client.force_login(librarian)
    assert reverse("resources_catalogue_import") in client.get(reverse("wagtailadmin_home")).content.decode()
    client.force_login(builders.make_staff_user("teacher", "Teachers"))
    assert reverse("resources_catalogue_import") not in client.get(reverse("wagtailadmin_home")).content.decode()


def test_superuser_may_import(client, superuser, catalogues):
    client.force_login(superuser)
    preview = upload(client, DATA / "catalogue.xlsx")
    client.post(reverse("resources_catalogue_import_confirm"), {"token": preview.context["token"]})
    assert ResourcePage.objects.count() == 2


def test_a_file_given_with_the_list_is_refused_when_its_content_is_not_what_its_name_says(catalogues, tmp_path):
    files = tmp_path / "files"
    files.mkdir()
    (files / "plan.pdf").write_bytes(b"<!DOCTYPE html><html><script>alert(1)</script></html>")
    (files / "real.pdf").write_bytes((FILES / "plan-5.pdf").read_bytes())
    rows = ["A1;Сабақ жоспары;;lesson-plan;;;;;;;;;;;;plan.pdf;", "A2;Нағыз PDF;;lesson-plan;;;;;;;;;;;;real.pdf;"]
    path = write_csv(tmp_path / "list.csv", rows)

    job = check(path, files_dir=files)

    assert [(problem.line, problem.column, problem.value) for problem in job.errors] == [(2, "file", "plan.pdf")]
    assert "This file is a web page (HTML)." in job.errors[0].message
    with pytest.raises(CommandError, match="This file is a web page"):
        run(path, files_dir=files)
    assert CabinetDocument.objects.count() == 0


def test_a_large_import_leaves_fresh_planner_statistics(catalogues, monkeypatch):
    """On PostgreSQL the tables an import wrote are analysed at once, not a minute later by autovacuum."""
    monkeypatch.setattr(importing, "BULK_ROWS", 5)
    with CaptureQueriesContext(connection) as queries:
        run(DATA / "catalogue.csv", files_dir=FILES)
    analysed = [query["sql"] for query in queries.captured_queries if query["sql"].startswith("ANALYZE")]
    if connection.vendor == "postgresql":
        assert len(analysed) == 1
        for table in ("wagtailcore_page", "resources_resourcepage", "resources_resourcepagetag"):
            assert f'"{table}"' in analysed[0]
    else:
        assert analysed == []
