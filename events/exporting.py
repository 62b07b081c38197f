"""The registrations export that methodologists download from the admin (CSV and XLSX).

Written for the people who open it in Excel: headings, statuses and yes/no in the editor's
language, times in Almaty, and the catalogue export's writers (resources/exporting.py) — a CSV
in UTF-8 with a BOM and ";" between columns, which Excel in a Russian or Kazakh Windows opens
as it is, and an XLSX.
"""

import io
from collections.abc import Callable
from dataclasses import dataclass

from django.http import FileResponse, StreamingHttpResponse
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cabinet_site.admin_columns import yes_no
from resources.exporting import csv_lines, write_xlsx

from . import schedule
from .models import Registration

CSV_TIME_FORMAT = "%d.%m.%Y %H:%M"
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def field(name):
    return lambda registration: getattr(registration, name)


def label(name):
    return Registration._meta.get_field(name).verbose_name


def local_time(registration):
    # The spreadsheet cell has no time zone: the time is the one on the clocks in Almaty.
    return schedule.local(registration.created_at).replace(tzinfo=None)


@dataclass(frozen=True)
class Column:
    name: str
    heading: object
    value: Callable


COLUMNS = (
    Column("event", label("event"), lambda registration: registration.event.title),
    *(Column(name, label(name), field(name)) for name in ("name", "school", "subject", "position", "email", "phone")),
    Column("status", label("status"), lambda registration: registration.get_status_display()),
    Column("attended", label("attended"), lambda registration: yes_no(registration.attended)),
    Column("created_at", _("registered at (Almaty time)"), local_time),
)
FIELD_NAMES = [column.name for column in COLUMNS]


def headings():
    return [capfirst(str(column.heading)) for column in COLUMNS]


def rows(registrations, *, text_times=False):
    for registration in registrations.select_related("event"):
        values = [column.value(registration) for column in COLUMNS]
        if text_times:
            values = [value.strftime(CSV_TIME_FORMAT) if hasattr(value, "strftime") else value for value in values]
        yield values


def spreadsheet_response(registrations, file_format, filename):
    """The download: `file_format` "xlsx" or "csv"."""
    if file_format == "xlsx":
        buffer = io.BytesIO()
        write_xlsx(rows(registrations), buffer, title=gettext("Registrations"), header=headings())
        buffer.seek(0)
        return FileResponse(buffer, as_attachment=True, filename=f"{filename}.xlsx", content_type=XLSX_CONTENT_TYPE)
    lines = csv_lines(rows(registrations, text_times=True), header=headings())
    response = StreamingHttpResponse((line.encode("utf-8") for line in lines), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response
