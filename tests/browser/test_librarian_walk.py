"""A librarian's day in the Kazakh admin, in chromium: a catalogue record with a file, from adding it to
deleting it; an import with a mistake, then the corrected list; the export; the search-queries report.

Each step is looked at as a Kazakh reader sees it (no English, no Python values) and photographed
(test-artifacts/librarian-NN-*.png). The walk makes its own records, so it meets no other walk.
"""

import csv
import itertools
import re
from urllib.parse import urlencode

import pytest

from resources.importing import COLUMNS
from resources.tests.fixtures_files import make_pdf

from .staff import OWN_LANGUAGE_NAMES, look_at, sign_in_as

expect = pytest.importorskip("playwright.sync_api").expect

pytestmark = pytest.mark.browser

RECORD = "Оқу сауаттылығы: 4-сыныпқа арналған тапсырмалар жинағы"
FILE_TITLE = "Оқу сауаттылығы: 4-сынып тапсырмалары"
EDITED_DESCRIPTION = "Мәтінмен жұмыс істеуге арналған тапсырмалар, жауаптары мен бағалау критерийлері бар."
HEADER = "external_id;title;resource_type;subjects;grades;language;year;copies;locale"
GOOD_LINES = [
    "WALK-L-001;Математикалық сауаттылық: 6-сыныпқа арналған есептер;Бағалау материалдары;Математика;6;kk;2023;2;kk",
    "WALK-L-002;Бастауыш сыныптағы ойын әдістері;Әдістемелік құрал;Бастауыш сынып;1-4;kk;2018;1;kk",
]
BAD_LINE = GOOD_LINES[1].replace(";2018;", ";20x8;")
IMPORTED = ["Математикалық сауаттылық: 6-сыныпқа арналған есептер", "Бастауыш сыныптағы ойын әдістері"]
NOTHING_FOUND_QUERY = "голографиялық қыжыңғыл"
# The column names of the import's file are codes the librarian types into the list's first line.
IMPORT_CODES = (*COLUMNS, *OWN_LANGUAGE_NAMES)


# The walk's screenshots are numbered through all its tests, in their order in this file.
STEP_NUMBERS = itertools.count(1)


@pytest.fixture
def visitor(second_desktop):
    """A visitor's browser, not signed in, for the public pages."""
    return second_desktop


@pytest.fixture
def step(desktop, shoot):
    """step(name): look at the screen as a Kazakh reader, then photograph it as librarian-NN-name
    (`on` another page than the librarian's admin: the public site, say)."""

    def take(name, allow=(), on=None):
        look_at(on or desktop, name, allow)
        shoot(on or desktop, f"librarian-{next(STEP_NUMBERS):02d}-{name}")

    return take


def wait_for_page(page):
    page.wait_for_load_state("networkidle")


def success_message(page):
    return page.locator(".messages .success")


def open_more_actions(page):
    """The editor's footer menu, where Publish and Unpublish are."""
    page.get_by_role("button", name="Басқа әрекеттер").click()


def choose_in_modal(page, opener, link_name):
    opener.click()
    modal = page.locator(".modal.in")
    modal.get_by_role("link", name=link_name, exact=True).click()
    modal.wait_for(state="detached")


def tick(page, field, label):
    page.locator(f"label[for^=id_{field}_]").filter(has_text=re.compile(rf"^\s*{re.escape(label)}\s*$")).click()


def write_list(tmp_path, name, lines):
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *lines]) + "\n", encoding="utf-8")
    return path


def public_catalogue_titles(page, staff_site, words):
    page.goto(f"{staff_site.url}/kk/katalog/?{urlencode({'q': words})}")
    return page.locator(".record-card__title").all_inner_texts()


def open_catalogue_menu(page, item):
    page.get_by_role("button", name="Каталог").click()
    page.get_by_role("link", name=item).click()
    wait_for_page(page)


def test_a_librarian_adds_edits_publishes_unpublishes_and_deletes_a_record_with_a_file(
    staff_site, desktop, visitor, step, tmp_path
):
    page = desktop
    pdf = tmp_path / "oqu-sauattylygy-4.pdf"
    pdf.write_bytes(make_pdf(["Oqu sauattylygy. 4-synyp: tapsyrmalar"]))

    sign_in_as(page, staff_site, "librarian")
    step("dashboard")

    # Add a record with a file, and publish it.
    open_catalogue_menu(page, "Жазбалар")
    step("records")
    page.get_by_role("link", name="Каталог жазбасы қосу").click()
    page.wait_for_url(re.compile(r"/pages/add/resources/resourcepage/\d+/$"))  # under the Kazakh catalogue
    catalogue_id = re.search(r"/(\d+)/$", page.url).group(1)
    wait_for_page(page)
    page.fill("#id_title", RECORD)
    page.fill("#id_description", "Мәтінмен жұмыс істеуге арналған тапсырмалар.")
    choose_in_modal(page, page.get_by_role("button", name="ресурс түрі таңдау"), "Бағалау материалдары")
    tick(page, "subjects", "Қазақ тілі")
    tick(page, "languages", "Қазақ тілі")
    page.select_option("#id_grade_min", "4")
    page.select_option("#id_grade_max", "4")
    page.locator("#id_document_links-ADD").click()
    page.locator("#inline_child_document_links-0 [data-chooser-action-choose]").first.click()
    chooser = page.locator(".modal.in")
    chooser.locator("#tab-label-upload").click()
    chooser.locator("#id_document-chooser-upload-title").fill(FILE_TITLE)
    chooser.locator("#id_document-chooser-upload-file").set_input_files(str(pdf))
    step("record-form")
    chooser.locator("form button[type=submit]").click()
    chooser.wait_for(state="detached")
    expect(page.locator("#inline_child_document_links-0")).to_contain_text(FILE_TITLE)
    open_more_actions(page)
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(re.compile(rf"/pages/{catalogue_id}/$"))
    wait_for_page(page)
    expect(success_message(page)).to_contain_text(RECORD)
    expect(success_message(page)).to_contain_text("жарияланды")
    step("record-published")

    # The public record page shows it, with its file.
    public_url = success_message(page).get_by_role("link", name="Сайтта қарау").get_attribute("href")
    visitor.goto(f"{staff_site.url}{public_url}")
    expect(visitor.locator("main h1")).to_have_text(RECORD)
    download_link = visitor.locator(".download-list a[download]")
    expect(download_link).to_have_count(1)
    expect(visitor.locator(".download-list")).to_contain_text(FILE_TITLE)
    expect(download_link).to_contain_text("PDF")
    step("public-record", OWN_LANGUAGE_NAMES, on=visitor)
    with visitor.expect_download() as download_info:
        download_link.click()
    assert download_info.value.path().read_bytes().startswith(b"%PDF")

    # Edit it: the public page shows the change.
    page.get_by_role("link", name=RECORD).click()
    wait_for_page(page)
    page.fill("#id_description", EDITED_DESCRIPTION)
    page.fill("#id_copies", "3")
    page.select_option("#id_availability", label="Сөреде")
    step("record-edit")
    open_more_actions(page)
    page.locator("button[name=action-publish]").click()
    page.wait_for_url(re.compile(rf"/pages/{catalogue_id}/$"))
    wait_for_page(page)
    expect(success_message(page)).to_contain_text("жарияланды")
    step("record-edited")
    visitor.goto(f"{staff_site.url}{public_url}")
    expect(visitor.locator("main")).to_contain_text(EDITED_DESCRIPTION)
    expect(visitor.locator("main dl")).to_contain_text("Сөреде")
    step("public-record-edited", OWN_LANGUAGE_NAMES, on=visitor)

    # Unpublish it: the public page is gone.
    page.get_by_role("link", name=RECORD).click()
    wait_for_page(page)
    open_more_actions(page)
    page.get_by_role("link", name="Жариялаудан алу").click()
    wait_for_page(page)
    step("unpublish-confirm")
    page.get_by_role("button", name="Иә, жариялаудан алу").click()
    page.wait_for_url(re.compile(rf"/pages/{catalogue_id}/$"))
    wait_for_page(page)
    expect(success_message(page)).to_contain_text("жариялаудан алынды")
    step("record-unpublished")
    assert visitor.goto(f"{staff_site.url}{public_url}").status == 404

    # Delete it: it leaves the catalogue's listing.
    row = page.locator("tr", has_text=RECORD)
    row.get_by_role("button", name=re.compile("қосымша опциялар")).click()
    row.get_by_role("link", name="Жою").click()
    wait_for_page(page)
    step("delete-confirm")
    page.get_by_role("button", name="Иә, жою").click()
    page.wait_for_url(re.compile(rf"/pages/{catalogue_id}/$"))
    wait_for_page(page)
    expect(success_message(page)).to_contain_text("жойылды")
    expect(page.locator("tr", has_text=RECORD)).to_have_count(0)
    step("record-deleted")


def test_a_librarian_imports_a_list_with_a_mistake_then_the_corrected_list_and_exports_the_catalogue(
    staff_site, desktop, visitor, step, tmp_path
):
    page = desktop
    sign_in_as(page, staff_site, "librarian")

    # A list with a mistake: the mistake is explained in Kazakh and nothing is imported.
    open_catalogue_menu(page, "Каталогты импорттау")
    check = page.get_by_role("button", name="Тізімді тексеру")
    icon = check.locator("svg").bounding_box()
    assert icon["width"] <= 24 and icon["height"] <= 24, f"the button's icon is {icon['width']}×{icon['height']} px"
    step("import", IMPORT_CODES)
    page.set_input_files("#id_list_file", str(write_list(tmp_path, "tizim-qate.csv", [GOOD_LINES[0], BAD_LINE])))
    check.click()
    wait_for_page(page)
    errors = page.locator("[data-import-errors] tbody tr")
    expect(errors).to_have_count(1)
    cells = errors.first.locator("td")
    expect(cells.nth(0)).to_have_text("3")
    expect(cells.nth(1)).to_have_text("year")
    expect(cells.nth(3)).to_have_text(re.compile("Жыл 1800 мен 2100 аралығындағы сан болуы керек"))
    expect(page.locator("#main")).to_contain_text("Ештеңе импортталған жоқ")
    step("import-bad-row", IMPORT_CODES)
    assert IMPORTED[0] not in public_catalogue_titles(visitor, staff_site, "Математикалық сауаттылық")

    # The corrected list: the preview, then the import, then the new records in the catalogue.
    page.set_input_files("#id_list_file", str(write_list(tmp_path, "tizim.csv", GOOD_LINES)))
    page.get_by_role("button", name="Тізімді тексеру").click()
    wait_for_page(page)
    plan = page.locator("[data-import-plan] tbody tr")
    expect(plan).to_have_count(2)
    for line, title in zip(plan.all(), IMPORTED, strict=True):
        expect(line).to_contain_text(title)
        expect(line).to_contain_text("Қазақша")
        expect(line).to_contain_text("Жаңа жазба")
    step("import-preview", IMPORT_CODES)
    page.get_by_role("button", name="Импорттау", exact=True).click()
    wait_for_page(page)
    expect(success_message(page)).to_contain_text("Тізім импортталды: жаңа жазбалар — 2")
    step("import-done", IMPORT_CODES)
    assert IMPORTED[0] in public_catalogue_titles(visitor, staff_site, "Математикалық сауаттылық")
    assert IMPORTED[1] in public_catalogue_titles(visitor, staff_site, "ойын әдістері")

    # Export the Kazakh catalogue as CSV: the imported records are in it.
    page.select_option("#export-locale", "kk")
    page.select_option("#export-format", "csv")
    with page.expect_download() as download_info:
        page.get_by_role("button", name="Экспорттау").click()
    download = download_info.value
    assert re.fullmatch(r"catalogue-kk-\d{4}-\d{2}-\d{2}\.csv", download.suggested_filename)
    with download.path().open(encoding="utf-8-sig", newline="") as handle:
        rows = {row["external_id"]: row for row in csv.DictReader(handle, delimiter=";")}
    assert rows["WALK-L-001"]["title"] == IMPORTED[0]
    assert rows["WALK-L-001"]["resource_type"] == "Бағалау материалдары"
    assert rows["WALK-L-001"]["grades"] == "6"
    assert rows["WALK-L-002"]["grades"] == "1-4"


def test_a_librarian_reads_what_visitors_searched_for_and_did_not_find(staff_site, desktop, visitor, step):
    page = desktop
    assert public_catalogue_titles(visitor, staff_site, NOTHING_FOUND_QUERY) == []
    sign_in_as(page, staff_site, "librarian")
    page.get_by_role("button", name="Есептер").click()
    page.get_by_role("link", name="Іздеу сұраулары").click()
    wait_for_page(page)
    step("search-queries")
    page.get_by_role("button", name="Сүзгілерді көрсету").click()
    page.get_by_role("button", name="Ештеңе табылмады").click()
    page.select_option("select[name=nothing_found]", "true")
    page.wait_for_url(re.compile(r"nothing_found=true"))
    wait_for_page(page)
    found = page.locator("table.listing tbody tr", has_text=NOTHING_FOUND_QUERY)
    expect(found).to_have_count(1)
    expect(found.locator("td").nth(1)).to_have_text("Қазақша")
    expect(page.locator("table.listing tbody tr")).not_to_contain_text(["Математикалық сауаттылық"])
    step("search-queries-nothing-found")
