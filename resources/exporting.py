"""Export of the catalogue, as the catalogue page filters it, in the import's columns.

Export → import round-trips: the values are written the way the import reads them, so
importing an export changes nothing. Types and subjects are written by their name in the
export's language when that name leads back to the same term, else by slug.
"""

import csv
import io
from pathlib import Path

from django.http import QueryDict
from django.utils.translation import gettext as _
from wagtail.models import Locale

from .catalogue import CatalogueQuery
from .importing import COLUMNS, FORMULA_STARTS, LIST_SEPARATOR, TermIndex, catalogue_for, format_grades, page_state
from .models import ResourceType, Subject
from .models.pages import TAGS_AND_FILES

JOIN = f"{LIST_SEPARATOR} "


class ExportError(Exception):
    pass


def export_queryset(locale, params=None):
    """The records of a locale's catalogue that the catalogue page shows for these parameters, in its order."""
    catalogue = catalogue_for(locale)
    if catalogue is None:
        raise ExportError(_("The site has no catalogue section in %(language)s.") % {"language": locale.language_code})
    if isinstance(params, str):
        params = QueryDict(params.lstrip("?"))
    query = CatalogueQuery(params if params is not None else QueryDict(), index_page=catalogue, counted=False)
    return (
        query.ordered(query.matching())
        .select_related("resource_type", "locale")
        .prefetch_related("subjects", "languages", *TAGS_AND_FILES)
    )


def export_rows(pages, locale):
    """Each record as a list of values in COLUMNS order; numbers stay numbers, empty is ""."""
    types, subjects = TermIndex(ResourceType), TermIndex(Subject)
    for page in pages:
        state = page_state(page)
        values = {
            **{column: state[column] for column in ("external_id", "title", "description", "authors")},
            "publisher": state["publisher"],
            "call_number": state["call_number"],
            "resource_type": types.label(state["resource_type"], locale) if state["resource_type"] else "",
            "subjects": JOIN.join(subjects.label(slug, locale) for slug in state["subjects"]),
            "grades": format_grades(*state["grades"]),
            "language": JOIN.join(state["language"]),
            "year": state["year"] if state["year"] is not None else "",
            "isbn": state["isbn"],
            "copies": state["copies"],
            "tags": JOIN.join(state["tags"]),
            "url": state["url"],
            "file": JOIN.join(Path(link.document.file.name).name for link in page.document_links.all()),
            "locale": page.locale.language_code,
        }
        yield [values[column] for column in COLUMNS]


def csv_safe(value):
    """A cell that a spreadsheet will not run as a formula (the import takes the apostrophe off)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


class _Echo:
    def write(self, value):
        return value


def csv_lines(rows, header=COLUMNS):
    """The CSV text piece by piece: UTF-8 with a BOM and ";" between columns, as Excel in Kazakhstan reads it."""
    writer = csv.writer(_Echo(), delimiter=";", lineterminator="\r\n")
    yield "\ufeff" + writer.writerow(header)
    for row in rows:
        yield writer.writerow([csv_safe(value) for value in row])


def write_csv(rows, stream):
    for chunk in csv_lines(rows):
        stream.write(chunk)


def write_xlsx(rows, stream, title="Catalogue", header=COLUMNS):
    import openpyxl
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = openpyxl.Workbook(write_only=True)
    sheet = workbook.create_sheet(title[:31])
    bold = Font(bold=True)
    heading_cells = []
    for column in header:
        cell = WriteOnlyCell(sheet, value=column)
        cell.font = bold
        heading_cells.append(cell)
    sheet.append(heading_cells)
    for row in rows:
        cells = []
        for value in row:
            cell = WriteOnlyCell(sheet, value=value)
            if isinstance(value, str):
                cell.data_type = "s"  # text, never a formula, and "5-9" never becomes a date
            cells.append(cell)
        sheet.append(cells)
    workbook.save(stream)


def export_catalogue(path, *, locale_code="kk", params=""):
    """Write a locale's (filtered) catalogue to a .csv or .xlsx file; returns the number of records."""
    path = Path(path)
    locale = Locale.objects.filter(language_code=locale_code).first()
    if locale is None:
        raise ExportError(_("Unknown site language: %(code)s.") % {"code": locale_code})
    pages = export_queryset(locale, params)
    count = 0

    def counted(rows):
        nonlocal count
        for row in rows:
            count += 1
            yield row

    rows = counted(export_rows(pages.iterator(chunk_size=500), locale))
    if path.suffix.lower() == ".xlsx":
        with path.open("wb") as stream:
            write_xlsx(rows, stream, title=f"Catalogue {locale_code}")
    elif path.suffix.lower() == ".csv":
        with path.open("w", encoding="utf-8", newline="") as stream:
            write_csv(rows, stream)
    else:
        raise ExportError(_("The file name must end in .csv or .xlsx."))
    return count


def export_bytes(locale, params, file_format="csv"):
    """The export as bytes, for a download from the admin."""
    rows = export_rows(export_queryset(locale, params).iterator(chunk_size=500), locale)
    if file_format == "xlsx":
        buffer = io.BytesIO()
        write_xlsx(rows, buffer, title=f"Catalogue {locale.language_code}")
        return buffer.getvalue()
    return "".join(csv_lines(rows)).encode("utf-8")
