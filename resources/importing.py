"""Import of a catalogue list (CSV or XLSX), shared by `manage.py import_catalogue` and the admin.

Three steps, so that nothing is written unless the whole list is right:

1. `read_table()` turns the file's bytes into a header and rows, whatever the format (CSV or
   XLSX), the encoding (UTF-8 with or without BOM, Windows Cyrillic) and the delimiter (";" or ",").
2. `CatalogueImport.check()` checks every row, finds the record each row updates (by
   `external_id` within the row's locale, else by ISBN) and works out what would change.
   It writes nothing, so it is also the dry run and the admin's preview.
3. `CatalogueImport.apply()` writes every row in one transaction and publishes the records;
   it refuses to run when any row is wrong.

docs/catalogue-import.md describes the columns for librarians.
"""

import contextlib
import csv
import io
import re
import uuid
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import ngettext, override
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.coreutils import string_to_ascii
from wagtail.log_actions import log
from wagtail.models import Locale
from wagtail.utils.file import hash_filelike

from cabinet_site.slugs import latin_slug
from cabinet_site.statistics import refresh_statistics
from cabinet_site.uploads import check_document
from search.indexing import deferred_search_index

from .grades import MAX_GRADE, PRESCHOOL
from .isbn import is_valid_isbn, normalise_isbn
from .models import (
    Availability,
    CabinetDocument,
    Language,
    MaterialLanguage,
    ResourceDocumentLink,
    ResourceIndexPage,
    ResourcePage,
    ResourceType,
    Subject,
)
from .models.pages import TAGS_AND_FILES

COLUMNS = (
    "external_id",
    "title",
    "description",
    "resource_type",
    "subjects",
    "grades",
    "language",
    "authors",
    "publisher",
    "year",
    "isbn",
    "call_number",
    "copies",
    "tags",
    "url",
    "file",
    "locale",
)
LIST_COLUMNS = ("subjects", "language", "authors", "tags", "file")
LIST_SEPARATOR = ";"
# Other spellings of the column names that librarians are likely to type.
COLUMN_ALIASES = {
    "id": "external_id",
    "type": "resource_type",
    "subject": "subjects",
    "grade": "grades",
    "languages": "language",
    "author": "authors",
    "tag": "tags",
    "files": "file",
    "external_url": "url",
    "link": "url",
}
YEAR_RANGE = (1800, 2100)
MAX_COPIES = 32767
MAX_TAG_LENGTH = 100
# Characters that make a spreadsheet read a cell as a formula; exported CSV cells starting with
# one of them get a leading apostrophe, which the import takes off again.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

ALL_GRADES_WORDS = {"", "all", "all grades", "барлығы", "барлық", "барлық сыныптар", "все", "всё", "все классы"}
PRESCHOOL_WORDS = {
    "pre-school",
    "preschool",
    "pre-school preparation",
    "мектепке дейінгі",
    "мектепалды",
    "мектепалды даярлық",
    "мектепалды даярлық (0-сынып)",
    "предшкольная",
    "предшкольная подготовка",
    "дошкольная",
}
LANGUAGE_SYNONYMS = {
    "kz": "kk",
    "каз": "kk",
    "қаз": "kk",
    "қазақ": "kk",
    "қазақша": "kk",
    "казахский": "kk",
    "рус": "ru",
    "орыс": "ru",
    "орысша": "ru",
    "русский": "ru",
    "eng": "en",
    "англ": "en",
    "ағылшын": "en",
    "ағылшынша": "en",
    "английский": "en",
    "басқа": "other",
    "другой": "other",
}
# Letters that Windows Cyrillic (cp1251) has where the Kazakh code page (KZ-1048) has Kazakh letters.
KZ1048_SIGNS = set("ЌЋќћЎўЈҐЄЇґєјЅѕї")


# An import of this many rows or more refreshes the planner statistics of what it wrote.
BULK_ROWS = 200


def written_models():
    """What an import writes rows of (besides revisions and logs, which no page reads)."""
    from wagtail.search.models import IndexEntry

    return [
        ResourcePage,
        ResourcePage.subjects.through,
        ResourcePage.languages.through,
        ResourcePage.tags.through,
        ResourcePage.document_links.rel.related_model,
        IndexEntry,
    ]


def fold(value):
    """A value as it is compared with names: spaces collapsed, case ignored."""
    return " ".join(str(value).split()).casefold()


def split_list(value, separator=LIST_SEPARATOR):
    """The items of a list cell, stripped, without empty items and repeats (case ignored)."""
    items, seen = [], set()
    for item in value.split(separator):
        item = " ".join(item.split())
        if item and fold(item) not in seen:
            seen.add(fold(item))
            items.append(item)
    return items


def normalise_text(value):
    return (value or "").replace("\r\n", "\n").replace("\r", "\n").strip()


def format_grades(grade_min, grade_max):
    if grade_min is None:
        return ""
    if grade_max is None or grade_min == grade_max:
        return str(grade_min)
    return f"{grade_min}-{grade_max}"


class ImportFileError(Exception):
    """The file as a whole cannot be read (not a spreadsheet, unknown encoding...)."""


@dataclass
class Problem:
    """One thing wrong in the list: where it is, what was there and what to do about it."""

    line: int | None
    column: str
    value: str
    message: str

    def __str__(self):
        value = self.value if len(self.value) <= 80 else self.value[:77] + "…"
        if self.line and self.column:
            return _("Line %(line)s, column “%(column)s” (“%(value)s”): %(message)s") % {
                "line": self.line,
                "column": self.column,
                "value": value,
                "message": self.message,
            }
        if self.line:
            return _("Line %(line)s: %(message)s") % {"line": self.line, "message": self.message}
        return str(self.message)


@dataclass
class Row:
    line: int
    cells: dict


@dataclass
class Table:
    """The list as read from the file: the catalogue columns it has and its non-empty rows."""

    columns: list
    rows: list
    header_line: int = 1
    problems: list = field(default_factory=list)
    warnings: list = field(default_factory=list)
    description: str = ""

    def has(self, column):
        return column in self.columns


# Reading the file ----------------------------------------------------------------------------------


def read_table(data, filename=""):
    """Read a CSV or XLSX list from its bytes. Raises ImportFileError if the file cannot be read."""
    if not data or not data.strip():
        raise ImportFileError(_("The file is empty."))
    name = filename.lower()
    if data.startswith(b"\xd0\xcf\x11\xe0") or name.endswith(".xls"):
        raise ImportFileError(
            _("This is an old Excel file (.xls). Open it in Excel and save it as .xlsx or as “CSV UTF-8”.")
        )
    if data.startswith(b"PK\x03\x04") or name.endswith((".xlsx", ".xlsm")):
        return build_table(xlsx_rows(data), warnings=[], description=_("Excel workbook, first sheet"))
    text, encoding, warnings = decode_text(data)
    delimiter = detect_delimiter(text)
    shown = {"\t": _("tab")}.get(delimiter, f"“{delimiter}”")
    description = _("CSV, %(encoding)s, columns separated by %(delimiter)s") % {
        "encoding": encoding,
        "delimiter": shown,
    }
    return build_table(csv_rows(text, delimiter), warnings=warnings, description=description)


def decode_text(data):
    """The text of a CSV file: UTF-8 (with or without BOM), UTF-16, else Windows Cyrillic."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "UTF-16", []
    try:
        return data.decode("utf-8-sig"), "UTF-8", []
    except UnicodeDecodeError:
        pass
    text = encoding = None
    with contextlib.suppress(UnicodeDecodeError):
        text, encoding = data.decode("cp1251"), "Windows-1251"
    if text is None or KZ1048_SIGNS & set(text):
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("kz1048"), "KZ-1048"
    if text is None or "\x00" in text:
        raise ImportFileError(
            _(
                "The file could not be read: it is neither UTF-8 nor Windows Cyrillic text. "
                "In Excel choose “Save as” and the type “CSV UTF-8 (comma delimited)”, or save it as .xlsx."
            )
        )
    warnings = [
        _("The file is not in UTF-8; it was read in the old Windows encoding %(encoding)s.") % {"encoding": encoding}
    ]
    if encoding == "Windows-1251" and "?" in text:
        warnings.append(
            _(
                "Windows-1251 has no Kazakh letters (ә, ғ, қ, ң, ө, ұ, ү, һ): if they appear as “?”, "
                "save the file in Excel as “CSV UTF-8” and import it again."
            )
        )
    return text, encoding, warnings


def detect_delimiter(text):
    """The delimiter: ";" (Excel in Kazakhstan and Russia), "," or a tab: whichever the header line has most of."""
    first_line = next((line for line in text.splitlines() if line.strip()), "")
    outside_quotes = re.sub(r'"[^"]*"', "", first_line)
    counts = {delimiter: outside_quotes.count(delimiter) for delimiter in (";", ",", "\t")}
    best = max(counts, key=lambda d: (counts[d], d == ";"))
    return best if counts[best] else ","


def unescape_formula(value):
    if value[:1] == "'" and value[1:2] and value[1] in FORMULA_STARTS:
        return value[1:]
    return value


def csv_rows(text, delimiter):
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # A spreadsheet shows one record per row, even when a cell holds several lines of text,
        # so lines are counted in records, as the librarian sees them in Excel.
        for line, row in enumerate(reader, start=1):
            yield line, [unescape_formula(normalise_text(cell)) for cell in row]
    except csv.Error as error:
        raise ImportFileError(_("The CSV file could not be read: %(error)s") % {"error": error}) from error


def cell_text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time(0) else value.isoformat(sep=" ")
    if isinstance(value, date | time):
        return value.isoformat()
    return normalise_text(str(value))


def xlsx_rows(data):
    import openpyxl

    try:
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds of errors for a broken file
        raise ImportFileError(
            _("The Excel file could not be opened. Check that it opens in Excel, or save it as “CSV UTF-8”.")
        ) from error
    try:
        if not workbook.worksheets:
            raise ImportFileError(_("The Excel file has no sheets."))
        sheet = workbook.worksheets[0]
        sheet.reset_dimensions()  # some programs write a wrong size; read what is there
        return [
            (line, [cell_text(value) for value in row])
            for line, row in enumerate(sheet.iter_rows(values_only=True), start=1)
        ]
    finally:
        workbook.close()


def column_name(header):
    name = re.sub(r"[\s\-]+", "_", header.strip().lstrip("\ufeff").lower())
    return COLUMN_ALIASES.get(name, name)


def build_table(raw_rows, *, warnings, description=""):
    header_line, header_width, positions, problems = None, 0, {}, []
    rows = []
    for line, cells in raw_rows:
        if not any(cells):
            continue
        if header_line is None:
            header_line = line
            header_width = max(position for position, header in enumerate(cells) if header) + 1
            for position, header in enumerate(cells):
                if not header:
                    continue
                name = column_name(header)
                if name not in COLUMNS:
                    warnings.append(
                        _("Column “%(column)s” is not a catalogue column and was left out.") % {"column": header}
                    )
                elif name in positions.values():
                    problems.append(
                        Problem(line, header, header, _("This column appears twice; keep only one of them."))
                    )
                else:
                    positions[position] = name
            if "title" not in positions.values():
                problems.append(
                    Problem(
                        line,
                        "title",
                        "",
                        _(
                            "There is no “title” column. The first line must name the columns, "
                            "for example: external_id; title; resource_type; subjects; grades."
                        ),
                    )
                )
            continue
        extra = [cell for cell in cells[header_width:] if cell]
        if extra:
            problems.append(
                Problem(
                    line,
                    "",
                    extra[0],
                    _(
                        "This line has more cells than the first line has column names. A value probably "
                        "contains the separator (; or ,) without quotes around it."
                    ),
                )
            )
        rows.append(
            Row(line, {name: cells[position] if position < len(cells) else "" for position, name in positions.items()})
        )
    if header_line is None:
        raise ImportFileError(_("The file is empty."))
    return Table(
        columns=[name for name in COLUMNS if name in positions.values()],
        rows=rows,
        header_line=header_line,
        problems=problems,
        warnings=warnings,
        description=description,
    )


# Vocabularies ----------------------------------------------------------------------------------------


class TermIndex:
    """A vocabulary (types or subjects) looked up by slug or by name in any language, case ignored."""

    def __init__(self, model):
        self.model = model
        self.slugs_by_key = defaultdict(set)
        self.terms = {}
        self.default_locale_id = Locale.get_default().pk
        for term in model.objects.all():
            self.add(term)

    def add(self, term):
        self.slugs_by_key[fold(term.slug)].add(term.slug)
        self.slugs_by_key[fold(term.name)].add(term.slug)
        self.terms[(term.slug, term.locale_id)] = term

    def resolve(self, value):
        return self.slugs_by_key.get(fold(value), set())

    def has_slug(self, slug):
        return fold(slug) in self.slugs_by_key

    def term(self, slug, locale):
        """The term in the record's own locale, else in the default locale, else in any."""
        found = self.terms.get((slug, locale.pk)) or self.terms.get((slug, self.default_locale_id))
        if found is None:
            found = next(term for (term_slug, _locale), term in self.terms.items() if term_slug == slug)
        return found

    def label(self, slug, locale):
        """The name to write in an export: the name in `locale` if it leads back to this term, else the slug."""
        term = self.terms.get((slug, locale.pk))
        if term is not None and self.resolve(term.name) == {slug}:
            return term.name
        return slug


def language_words():
    """Codes and names (in kk, ru and en) of the languages a material can be in → code."""
    words = {}
    for code, label in MaterialLanguage.choices:
        words[code] = code
        for language_code in {"en", *(code for code, _name in settings.LANGUAGES)}:
            with override(language_code):
                words[fold(str(label))] = code
    words.update({fold(word): code for word, code in LANGUAGE_SYNONYMS.items()})
    return words


def locale_words():
    """Codes and names of the site's languages → language code."""
    words = {fold(code): code for code, _name in settings.LANGUAGES}
    words.update({fold(name): code for code, name in settings.LANGUAGES})
    for word, code in language_words().items():
        if code in words.values():
            words.setdefault(word, code)
    return words


def catalogue_for(locale):
    """The catalogue section (ResourceIndexPage) of a locale: there is one under each language's home."""
    return ResourceIndexPage.objects.filter(locale=locale).order_by("path").first()


# Checking ------------------------------------------------------------------------------------------


@dataclass
class FileRef:
    """A file named in the `file` column: a file given with the list, or one already attached."""

    name: str
    path: Path | None = None
    sha1: str = ""
    document: CabinetDocument | None = None

    @property
    def key(self):
        return ("doc", self.document.pk) if self.document is not None else ("new", self.sha1)


@dataclass
class PlannedRecord:
    """What one row will do: create a record, update one, or leave it as it is."""

    line: int
    locale: Locale | None = None
    catalogue: ResourceIndexPage | None = None
    state: dict = field(default_factory=dict)
    files: list = field(default_factory=list)
    page: ResourcePage | None = None
    action: str = ""
    changes: list = field(default_factory=list)
    valid: bool = True

    CREATE = "create"
    UPDATE = "update"
    UNCHANGED = "unchanged"

    @property
    def title(self):
        return self.state.get("title") or (self.page.title if self.page else "")


def page_state(page):
    """A record's values in the form the import compares them (the export writes the same values)."""
    return {
        "external_id": page.external_id,
        "title": page.title,
        "description": normalise_text(page.description),
        "resource_type": page.resource_type.slug if page.resource_type_id else "",
        "subjects": tuple(subject.slug for subject in page.subjects.all()),
        "grades": (page.grade_min, page.grade_max),
        "language": tuple(language.code for language in page.languages.all()),
        "authors": "; ".join(page.author_list()),
        "publisher": page.publisher,
        "year": page.year,
        "isbn": normalise_isbn(page.isbn),
        "call_number": page.call_number,
        "copies": page.copies,
        "tags": tuple(sorted(item.tag.name for item in page.tagged_items.all())),
        "url": page.external_url,
        "file": tuple(("doc", link.document_id) for link in page.document_links.all()),
    }


UNORDERED = {"subjects", "language", "tags"}


def same_value(column, old, new):
    if column in UNORDERED:
        return set(old) == set(new)
    return old == new


def prefetched_pages(**filters):
    return (
        ResourcePage.objects.filter(**filters)
        .select_related("resource_type")
        .prefetch_related("subjects", "languages", *TAGS_AND_FILES)
        .order_by("pk")
    )


def chunks(values, size=1000):
    values = list(values)
    for start in range(0, len(values), size):
        yield values[start : start + size]


class CatalogueImport:
    """Checks a list and, when every row is right, imports it in one transaction.

    files_dir: where the files named in the `file` column are (the command's --files-dir, or
    the folder the admin saved the uploaded files in). create_missing: unknown types and
    subjects are created instead of being errors. user: the author of the revisions; with
    check_permissions the user must be allowed to add and publish records in each catalogue.
    """

    def __init__(self, table, *, files_dir=None, create_missing=False, user=None, check_permissions=False):
        self.table = table
        self.files_dir = Path(files_dir).resolve() if files_dir else None
        self.create_missing = create_missing
        self.user = user
        self.check_permissions = check_permissions
        self.errors = list(table.problems)
        self.warnings = list(table.warnings)
        self.records = []
        self.new_terms = {ResourceType: {}, Subject: {}}
        self.checked = False
        self.applied = False

    # The steps ------------------------------------------------------------------------------

    def check(self):
        """Check every row and work out what each would do; writes nothing."""
        if self.checked:
            return self
        self.checked = True
        if self.errors and not self.table.has("title"):
            return self
        self.types = TermIndex(ResourceType)
        self.subjects = TermIndex(Subject)
        self.language_objects = {language.code: language for language in Language.objects.all()}
        self.language_words = language_words()
        self.locale_words = locale_words()
        self.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        self.catalogues = {}
        self.file_hashes = {}

        self.records = [self.read_row(row) for row in self.table.rows]
        if not self.records and not self.errors:
            self.errors.append(Problem(None, "", "", _("The list has column names but no records.")))
        self.check_repeats()
        self.check_catalogue_permissions()
        self.match_records()
        self.resolve_files()
        self.check_required_for_new()
        if self.errors:
            order = {column: position for position, column in enumerate(COLUMNS)}
            self.errors.sort(key=lambda problem: (problem.line or 0, order.get(problem.column, -1)))
        else:
            self.plan()
        return self

    @property
    def ok(self):
        return self.checked and not self.errors

    def counts(self):
        counts = Counter(record.action for record in self.records)
        return {
            "created": counts[PlannedRecord.CREATE],
            "updated": counts[PlannedRecord.UPDATE],
            "unchanged": counts[PlannedRecord.UNCHANGED],
        }

    def apply(self):
        """Write every record in one transaction and publish it. Returns the counts."""
        self.check()
        if self.errors:
            raise ValueError("The list has errors; nothing can be imported.")
        if self.applied:
            raise ValueError("This list has been imported already.")
        with transaction.atomic(), deferred_search_index():
            self.create_terms()
            self.store_files()
            self.slugs = {}
            self.sync_targets = None
            self.shared_ids = self.find_shared_ids()
            for record in self.records:
                if record.action == PlannedRecord.CREATE:
                    self.create_record(record)
                elif record.action == PlannedRecord.UPDATE:
                    self.update_record(record)
            if len(self.records) >= BULK_ROWS:
                refresh_statistics(*written_models())
        self.applied = True
        return self.counts()

    # Reading one row ------------------------------------------------------------------------

    def error(self, record, column, value, message):
        record.valid = False
        self.errors.append(Problem(record.line, column, value, message))

    def read_row(self, row):
        record = PlannedRecord(line=row.line)
        cells = row.cells
        self.read_locale(record, cells.get("locale", ""))
        for column in self.table.columns:
            if column == "locale":
                continue
            value = cells.get(column, "")
            reader = getattr(self, f"read_{column}")
            reader(record, value)
        return record

    def read_locale(self, record, value):
        code = self.locale_words.get(fold(value)) if value else settings.LANGUAGE_CODE
        locale = self.locales.get(code) if code else None
        if locale is None:
            choices = ", ".join(code for code, _name in settings.LANGUAGES)
            self.error(
                record,
                "locale",
                value,
                _("Unknown site language. Use one of: %(choices)s (empty means kk).") % {"choices": choices},
            )
            return
        if locale.pk not in self.catalogues:
            self.catalogues[locale.pk] = catalogue_for(locale)
        if self.catalogues[locale.pk] is None:
            self.error(
                record,
                "locale",
                value,
                _("The site has no catalogue section in this language yet; create it in the admin first."),
            )
            return
        record.locale = locale
        record.catalogue = self.catalogues[locale.pk]

    def read_text(self, record, column, value, max_length):
        if len(value) > max_length:
            self.error(
                record,
                column,
                value,
                _("This is too long: at most %(max)s characters (it has %(length)s).")
                % {"max": max_length, "length": len(value)},
            )
        record.state[column] = value

    def read_external_id(self, record, value):
        self.read_text(record, "external_id", value, ResourcePage._meta.get_field("external_id").max_length)

    def read_title(self, record, value):
        if not value:
            self.error(record, "title", value, _("The title is empty; every record needs a title."))
        self.read_text(record, "title", value, ResourcePage._meta.get_field("title").max_length)

    def read_description(self, record, value):
        record.state["description"] = value

    def read_publisher(self, record, value):
        self.read_text(record, "publisher", value, ResourcePage._meta.get_field("publisher").max_length)

    def read_call_number(self, record, value):
        self.read_text(record, "call_number", value, ResourcePage._meta.get_field("call_number").max_length)

    def read_authors(self, record, value):
        self.read_text(
            record, "authors", "; ".join(split_list(value)), ResourcePage._meta.get_field("authors").max_length
        )

    def read_term(self, record, column, index, value):
        """The slug of a type or subject given by slug or name; unknown ones are new terms or errors."""
        slugs = index.resolve(value)
        if len(slugs) == 1:
            return next(iter(slugs))
        if len(slugs) > 1:
            self.error(
                record,
                column,
                value,
                _("This name fits several entries (%(slugs)s); write the slug of the one you mean.")
                % {"slugs": ", ".join(sorted(slugs))},
            )
            return None
        if self.create_missing:
            return self.new_term(index, value)
        if index.model is ResourceType:
            message = _(
                "Unknown type. Use a type that exists in the admin (Catalogue → Resource types), by name or "
                "slug, or import with “create missing” to add it."
            )
        else:
            message = _(
                "Unknown subject. Use a subject that exists in the admin (Catalogue → Subjects), by name or "
                "slug, or import with “create missing” to add it."
            )
        self.error(record, column, value, message)
        return None

    def new_term(self, index, value):
        new_terms = self.new_terms[index.model]
        for slug, name in new_terms.items():
            if fold(name) == fold(value):
                return slug
        max_length = index.model._meta.get_field("slug").max_length
        base = slugify(string_to_ascii(value))[: max_length - 4].strip("-") or "term"
        slug, number = base, 1
        while index.has_slug(slug) or slug in new_terms:
            number += 1
            slug = f"{base}-{number}"
        new_terms[slug] = " ".join(value.split())[: index.model._meta.get_field("name").max_length]
        return slug

    def read_resource_type(self, record, value):
        if not value:
            self.error(record, "resource_type", value, _("The type is empty; every record needs a type."))
            record.state["resource_type"] = ""
            return
        record.state["resource_type"] = self.read_term(record, "resource_type", self.types, value) or ""

    def read_subjects(self, record, value):
        slugs = []
        for item in split_list(value):
            slug = self.read_term(record, "subjects", self.subjects, item)
            if slug and slug not in slugs:
                slugs.append(slug)
        record.state["subjects"] = tuple(slugs)

    def read_grades(self, record, value):
        try:
            record.state["grades"] = parse_grades(value)
        except ValueError as error:
            self.error(record, "grades", value, str(error))

    def read_language(self, record, value):
        codes = []
        for item in split_list(value.replace(",", LIST_SEPARATOR)):
            code = self.language_words.get(fold(item))
            if code is None:
                self.error(
                    record,
                    "language",
                    item,
                    _("Unknown language of the material. Use kk, ru, en or other (several separated by “;”)."),
                )
            elif code not in codes:
                codes.append(code)
        record.state["language"] = tuple(codes)

    def read_year(self, record, value):
        if not value:
            record.state["year"] = None
            return
        match = re.fullmatch(r"(\d{4})\s*(ж\.?|жыл|г\.?|год)?", value.lower())
        year = int(match.group(1)) if match else None
        if year is None or not YEAR_RANGE[0] <= year <= YEAR_RANGE[1]:
            self.error(
                record,
                "year",
                value,
                _("The year must be a number from %(low)s to %(high)s, like 2019.")
                % {"low": YEAR_RANGE[0], "high": YEAR_RANGE[1]},
            )
            return
        record.state["year"] = year

    def read_isbn(self, record, value):
        isbn = normalise_isbn(re.sub(r"^isbn[\s:]*", "", value, flags=re.IGNORECASE))
        if isbn and not is_valid_isbn(isbn):
            self.error(
                record,
                "isbn",
                value,
                _(
                    "This is not a valid ISBN: check the digits (an ISBN has 10 or 13 digits, "
                    "and the last one is a check digit)."
                ),
            )
            return
        record.state["isbn"] = isbn

    def read_copies(self, record, value):
        if not value:
            record.state["copies"] = 0
            return
        if not re.fullmatch(r"\d+", value) or int(value) > MAX_COPIES:
            self.error(record, "copies", value, _("The number of copies must be a whole number: 0, 1, 2 and so on."))
            return
        record.state["copies"] = int(value)

    def read_tags(self, record, value):
        tags = split_list(value)
        for tag in tags:
            if len(tag) > MAX_TAG_LENGTH:
                self.error(
                    record, "tags", tag, _("A tag can have at most %(max)s characters.") % {"max": MAX_TAG_LENGTH}
                )
        record.state["tags"] = tuple(sorted(tags))

    def read_url(self, record, value):
        url = value
        if url and "://" not in url and re.fullmatch(r"[\w.-]+\.[^\s.]{2,}(/\S*)?", url):
            url = f"https://{url}"  # www.example.kz, as people write it
        if url:
            max_length = ResourcePage._meta.get_field("external_url").max_length
            try:
                URLValidator(schemes=["http", "https"])(url)
                if len(url) > max_length:
                    raise ValidationError("too long")
            except ValidationError:
                self.error(
                    record,
                    "url",
                    value,
                    _("This is not a web address. Write it in full, like https://example.kz/page."),
                )
                return
        record.state["url"] = url

    def read_file(self, record, value):
        record.state["file"] = ()  # filled in by resolve_files()
        record.files = split_list(value)

    # Checks across rows ---------------------------------------------------------------------

    def check_repeats(self):
        first_with_id, first_with_isbn = {}, {}
        for record in self.records:
            if record.locale is None:
                continue
            external_id = record.state.get("external_id")
            if external_id:
                key = (record.locale.pk, external_id)
                if key in first_with_id:
                    self.error(
                        record,
                        "external_id",
                        external_id,
                        _("Line %(line)s has the same external_id; each record needs its own.")
                        % {"line": first_with_id[key].line},
                    )
                else:
                    first_with_id[key] = record
            isbn = record.state.get("isbn")
            if isbn:
                key = (record.locale.pk, isbn)
                first = first_with_isbn.get(key)
                if first is None:
                    first_with_isbn[key] = record
                elif not (external_id and first.state.get("external_id")):
                    self.error(
                        record,
                        "isbn",
                        isbn,
                        _(
                            "Line %(line)s has the same ISBN. Give both lines an external_id, so that the "
                            "import can tell the two records apart."
                        )
                        % {"line": first.line},
                    )

    def check_catalogue_permissions(self):
        if not self.check_permissions or self.user is None or self.user.is_superuser:
            return
        refused = set()
        for record in self.records:
            catalogue = record.catalogue
            if catalogue is None or catalogue.pk in refused:
                continue
            permissions = catalogue.permissions_for_user(self.user)
            if not (permissions.can_add_subpage() and permissions.can_publish_subpage()):
                refused.add(catalogue.pk)
                self.error(
                    record,
                    "locale",
                    record.locale.language_code,
                    _("You may not add and publish records in the catalogue in this language."),
                )

    def match_records(self):
        """Find the record each row updates: same external_id in the same locale, else same ISBN."""
        records = [record for record in self.records if record.locale is not None]
        by_id, by_isbn = defaultdict(list), defaultdict(list)
        locale_ids = {record.locale.pk for record in records}
        ids = {record.state["external_id"] for record in records if record.state.get("external_id")}
        for part in chunks(ids):
            for page in prefetched_pages(locale_id__in=locale_ids, external_id__in=part):
                by_id[(page.locale_id, page.external_id)].append(page)
        isbns = {record.state["isbn"] for record in records if record.state.get("isbn")}
        for part in chunks(isbns):
            for page in prefetched_pages(locale_id__in=locale_ids, isbn__in=part):
                by_isbn[(page.locale_id, normalise_isbn(page.isbn))].append(page)

        claimed = {}
        for record in records:
            external_id, isbn = record.state.get("external_id"), record.state.get("isbn")
            found = by_id.get((record.locale.pk, external_id), []) if external_id else []
            column, value = "external_id", external_id
            if not found and isbn:
                # A record with another external_id is another record, even with the same ISBN.
                found = [
                    page
                    for page in by_isbn.get((record.locale.pk, isbn), [])
                    if not page.external_id or not external_id or page.external_id == external_id
                ]
                column, value = "isbn", isbn
            if len(found) > 1:
                titles = "; ".join(f"«{page.title}»" for page in found[:3])
                self.error(
                    record,
                    column,
                    value,
                    _("Several catalogue records have this %(column)s (%(titles)s); fix them in the admin first.")
                    % {"column": column, "titles": titles},
                )
                continue
            if not found:
                continue
            page = found[0]
            if page.pk in claimed:
                self.error(
                    record,
                    column,
                    value,
                    _("Line %(line)s already updates the same record «%(title)s».")
                    % {"line": claimed[page.pk].line, "title": page.title},
                )
                continue
            claimed[page.pk] = record
            record.page = page

    def file_path(self, name):
        if self.files_dir is None:
            return None
        path = (self.files_dir / name).resolve()
        if not path.is_relative_to(self.files_dir) or not path.is_file():
            return None
        return path

    def resolve_files(self):
        """Find each named file: among the files given with the list, else among the record's own files."""
        if not self.table.has("file"):
            return
        extensions = {extension.lower() for extension in getattr(settings, "WAGTAILDOCS_EXTENSIONS", []) or []}
        max_size = getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None)
        new_refs = []
        for record in self.records:
            attached = {}
            if record.page is not None:
                for link in record.page.document_links.all():
                    for name in document_names(link.document):
                        attached.setdefault(fold(name), link.document)
            refs = []
            for name in record.files:
                path = self.file_path(name)
                if path is None:
                    document = attached.get(fold(name)) or attached.get(fold(Path(name).name))
                    if document is None:
                        self.error(record, "file", name, self.file_missing_message())
                    else:
                        refs.append(FileRef(name, document=document))
                    continue
                extension = path.suffix.lower().lstrip(".")
                if extensions and extension not in extensions:
                    self.error(
                        record,
                        "file",
                        name,
                        _("Files of this type cannot be attached. Allowed types: %(types)s.")
                        % {"types": ", ".join(sorted(extensions))},
                    )
                    continue
                if max_size and path.stat().st_size > max_size:
                    self.error(
                        record,
                        "file",
                        name,
                        _("The file is larger than %(size)s MB, the most the site accepts.")
                        % {"size": max_size // (1024 * 1024)},
                    )
                    continue
                if path not in self.file_hashes:
                    with path.open("rb") as handle:
                        try:
                            check_document(handle, path.name)
                        except ValidationError as error:
                            self.error(record, "file", name, " ".join(error.messages))
                            continue
                        self.file_hashes[path] = hash_filelike(handle)
                ref = FileRef(name, path=path, sha1=self.file_hashes[path])
                refs.append(ref)
                new_refs.append(ref)
            record.files = refs
        # A file the site has already (same content) is reused, not stored twice.
        known = {}
        for part in chunks({ref.sha1 for ref in new_refs}):
            for document in CabinetDocument.objects.filter(file_hash__in=part).order_by("-pk"):
                known[document.file_hash] = document
        for ref in new_refs:
            ref.document = known.get(ref.sha1)
        for record in self.records:
            if record.files or "file" in record.state:
                unique = list({ref.key: ref for ref in record.files}.values())
                record.files = unique
                record.state["file"] = tuple(ref.key for ref in unique)

    def file_missing_message(self):
        if self.files_dir is None:
            return _("No files were given with the list, so this file cannot be attached.")
        return _("There is no file with this name among the files given with the list.")

    def check_required_for_new(self):
        for record in self.records:
            new = record.valid and record.page is None and record.locale is not None
            if new and not self.table.has("resource_type"):
                self.error(
                    record,
                    "resource_type",
                    "",
                    _("This line makes a new record, which needs a type: add a “resource_type” column."),
                )

    def plan(self):
        for record in self.records:
            if record.page is None:
                record.action = PlannedRecord.CREATE
                continue
            current = page_state(record.page)
            record.changes = [
                column
                for column in COLUMNS
                if column in record.state and not same_value(column, current[column], record.state[column])
            ]
            record.action = PlannedRecord.UPDATE if record.changes else PlannedRecord.UNCHANGED
            if record.changes and record.page.alias_of_id:
                self.warnings.append(
                    _(
                        "Line %(line)s: «%(title)s» was shown in this language as a copy of another language's "
                        "record; it becomes a record of its own."
                    )
                    % {"line": record.line, "title": record.page.title}
                )
            elif record.changes and record.page.has_unpublished_changes:
                self.warnings.append(
                    _("Line %(line)s: «%(title)s» has unpublished changes in the admin; the import replaces them.")
                    % {"line": record.line, "title": record.page.title}
                )

    # Writing -------------------------------------------------------------------------------

    def create_terms(self):
        locales = list(Locale.objects.all())
        for model, terms in self.new_terms.items():
            index = self.types if model is ResourceType else self.subjects
            for slug, name in terms.items():
                key = uuid.uuid4()
                for locale in locales:
                    index.add(model.objects.create(slug=slug, name=name, locale=locale, translation_key=key))

    def store_files(self):
        stored = {}
        for record in self.records:
            if record.action == PlannedRecord.UNCHANGED:
                continue
            for ref in record.files:
                if ref.document is not None:
                    continue
                if ref.sha1 not in stored:
                    stored[ref.sha1] = self.store_file(ref, record)
                ref.document = stored[ref.sha1]
        self.stored_files = len(stored)

    def store_file(self, ref, record):
        languages = record.state.get("language") or ()
        document = CabinetDocument(
            title=ref.path.stem,
            uploaded_by_user=self.user,
            language=languages[0] if len(languages) == 1 else "",
            file_size=ref.path.stat().st_size,
            file_hash=ref.sha1,
        )
        with ref.path.open("rb") as handle:
            document.file.save(ref.path.name, File(handle), save=False)
        document.save()
        return document

    def fill(self, page, record):
        state, locale = record.state, record.locale
        for column in ("title", "description", "authors", "publisher", "call_number", "external_id"):
            if column in state:
                setattr(page, column, state[column])
        for column in ("year", "isbn", "copies"):
            if column in state:
                setattr(page, column, state[column])
        if "url" in state:
            page.external_url = state["url"]
        if "grades" in state:
            page.grade_min, page.grade_max = state["grades"]
        if "resource_type" in state:
            page.resource_type = self.types.term(state["resource_type"], locale)
        if "subjects" in state:
            page.subjects.set([self.subjects.term(slug, locale) for slug in state["subjects"]])
        if "language" in state:
            page.languages.set([self.language_objects[code] for code in state["language"]])
        if "tags" in state:
            page.tags.set(list(state["tags"]))
        if "file" in state:
            page.document_links = [
                ResourceDocumentLink(document=ref.document, sort_order=position)
                for position, ref in enumerate(record.files)
            ]

    def unique_slug(self, catalogue, title):
        if catalogue.pk not in self.slugs:
            self.slugs[catalogue.pk] = set(catalogue.get_children().values_list("slug", flat=True))
        taken = self.slugs[catalogue.pk]
        base = latin_slug(title, 80) or "record"
        slug, number = base, 1
        while slug in taken:
            number += 1
            slug = f"{base}-{number}"
        taken.add(slug)
        return slug

    def create_record(self, record):
        translation_key, alias = self.counterpart(record)
        if alias is not None:
            # Made during this import by keep_trees_in_sync(): the row is the record's own version.
            record.page = alias
            self.update_record(record)
            return
        page = ResourcePage(locale=record.locale, owner=self.user, live=False, has_unpublished_changes=True)
        self.fill(page, record)
        if page.copies and not page.availability:
            page.availability = Availability.ON_SHELF
        page.slug = self.unique_slug(record.catalogue, page.title)
        if translation_key is not None:
            page.translation_key = translation_key
        record.catalogue.add_child(instance=page)
        log(instance=page, action="wagtail.create", user=self.user)
        page.save_revision(user=self.user).publish(user=self.user)
        page.refresh_from_db()  # publishing works on a copy: read back live, url_path and the rest
        record.page = page
        self.keep_trees_in_sync(page)

    def find_shared_ids(self):
        """external_ids of new records that a record in another language may have too."""
        locales_by_id = defaultdict(set)
        for record in self.records:
            if record.state.get("external_id"):
                locales_by_id[record.state["external_id"]].add(record.locale.pk)
        shared = {external_id for external_id, locales in locales_by_id.items() if len(locales) > 1}
        new_ids = {
            record.state["external_id"]
            for record in self.records
            if record.action == PlannedRecord.CREATE and record.state.get("external_id")
        }
        for part in chunks(new_ids - shared):
            shared.update(ResourcePage.objects.filter(external_id__in=part).values_list("external_id", flat=True))
        return shared

    def counterpart(self, record):
        """A new record with the external_id of a record in another language becomes its translation.

        Returns the translation key to give the new page, or the alias that already stands for it
        in this language.
        """
        external_id = record.state.get("external_id")
        if not external_id or external_id not in self.shared_ids:
            return None, None
        others = list(
            ResourcePage.objects.filter(external_id=external_id, alias_of__isnull=True).exclude(locale=record.locale)
        )
        keys = {page.translation_key for page in others}
        if len(keys) != 1:
            return None, None
        key = keys.pop()
        existing = ResourcePage.objects.filter(translation_key=key, locale=record.locale).first()
        if existing is not None:
            return (None, existing) if existing.alias_of_id and existing.external_id == external_id else (None, None)
        if others[0].get_parent().translation_key != record.catalogue.translation_key:
            return None, None
        return key, None

    def keep_trees_in_sync(self, page):
        """What the admin does for a new page: show it in the synchronised languages until translated."""
        from wagtail_localize.models import LocaleSynchronization

        if self.sync_targets is None:
            self.sync_targets = defaultdict(list)
            for sync in LocaleSynchronization.objects.select_related("locale"):
                self.sync_targets[sync.sync_from_id].append(sync.locale)
        pending = [page]
        while pending:
            source = pending.pop()
            for locale in self.sync_targets.get(source.locale_id, []):
                if not ResourcePage.objects.filter(translation_key=source.translation_key, locale=locale).exists():
                    pending.append(source.copy_for_translation(locale, copy_parents=True, alias=True))

    def update_record(self, record):
        page = ResourcePage.objects.get(pk=record.page.pk)
        if page.alias_of_id:
            ConvertAliasPageAction(page, user=self.user).execute(skip_permission_checks=True)
        self.fill(page, record)
        page.save_revision(user=self.user, log_action=True).publish(user=self.user)
        record.page = page

    # Reports -------------------------------------------------------------------------------

    def error_report(self):
        lines = {problem.line for problem in self.errors if problem.line}
        heading = ngettext(
            "Nothing was imported: %(count)s line has problems.",
            "Nothing was imported: %(count)s lines have problems.",
            len(lines),
        ) % {"count": len(lines)}
        if not lines:
            heading = _("Nothing was imported.")
        return "\n".join([heading, *(f"  {problem}" for problem in self.errors)])

    def summary(self, *, dry_run=False):
        counts = self.counts()
        if dry_run:
            text = (
                _("Would create %(created)s records, update %(updated)s and leave %(unchanged)s unchanged.") % counts
            )
        else:
            text = _("Created %(created)s records, updated %(updated)s, %(unchanged)s unchanged.") % counts
        new_terms = [f"{name} ({slug})" for terms in self.new_terms.values() for slug, name in sorted(terms.items())]
        if new_terms:
            verb = _("Would add") if dry_run else _("Added")
            text += "\n" + _("%(verb)s to the vocabularies: %(terms)s") % {"verb": verb, "terms": ", ".join(new_terms)}
        return text

    def plan_lines(self):
        labels = {
            PlannedRecord.CREATE: _("create"),
            PlannedRecord.UPDATE: _("update"),
            PlannedRecord.UNCHANGED: _("unchanged"),
        }
        for record in self.records:
            text = _("line %(line)s: %(action)s «%(title)s» (%(locale)s)") % {
                "line": record.line,
                "action": labels[record.action],
                "title": record.title,
                "locale": record.locale.language_code,
            }
            if record.changes:
                text += ": " + ", ".join(record.changes)
            yield text


def document_names(document):
    """The names by which a list can refer to an attached document."""
    filename = Path(document.file.name).name
    extension = Path(filename).suffix
    return {filename, document.title, f"{document.title}{extension}"}


def parse_grades(value):
    """'5-9' → (5, 9); '5' → (5, 5); 'pre-school' or '0' → (0, 0); '' or 'all' → (None, None)."""
    text = fold(value).replace("–", "-").replace("—", "-")
    if text in ALL_GRADES_WORDS:
        return (None, None)
    if text in PRESCHOOL_WORDS:
        return (PRESCHOOL, PRESCHOOL)
    text = re.sub(r"\s*-\s*", "-", text)
    parts = text.split("-", 1) if re.fullmatch(r"\d{1,2}(-\d{1,2})?", text) else None
    if parts is None:
        if re.fullmatch(r"\d{1,4}[./-]\d{1,2}([./-]\d{1,4})?|\d{1,2}[./-]?\D{3,}\.?", text):
            raise ValueError(
                _(
                    "This looks like a date: Excel changes “5-9” into a date. Format the column as Text "
                    "and type the grades again, like 5-9."
                )
            )
        raise ValueError(_("Write the grades like 5-9, 5, 0-11 or all (0 is pre-school)."))
    low = int(parts[0])
    high = int(parts[-1])
    if not (0 <= low <= MAX_GRADE and 0 <= high <= MAX_GRADE):
        raise ValueError(_("Grades go from 0 (pre-school) to 11."))
    if low > high:
        raise ValueError(_("The first grade of the range is greater than the last one."))
    return (low, high)


def import_file(path, *, files_dir=None, create_missing=False, user=None, dry_run=False):
    """Check a list file and import it unless dry_run; returns the CatalogueImport (see .errors)."""
    path = Path(path)
    job = CatalogueImport(
        read_table(path.read_bytes(), path.name), files_dir=files_dir, create_missing=create_missing, user=user
    ).check()
    if job.ok and not dry_run:
        job.apply()
    return job
