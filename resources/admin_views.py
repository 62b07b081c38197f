"""Admin views for librarians: import a list of records (upload, preview, confirm) and export the catalogue.

The uploaded list and files wait between the preview and the confirmation in a folder of their
own (CATALOGUE_IMPORT_DIR, by default in the system's temporary folder), named by a random id
that the confirmation form carries in a signed token tied to the user. The confirmation checks
the list again, so it imports exactly what the checks allow at that moment.
"""

import contextlib
import io
import json
import re
import shutil
import tempfile
import time
import uuid
import zipfile
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import messages
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView, View
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Locale

from cabinet_site.text import site_language

from .exporting import csv_lines, export_queryset, export_rows, write_xlsx
from .importing import COLUMNS, CatalogueImport, ImportFileError, catalogue_for, read_table

SALT = "resources.catalogue-import"
JOB_MAX_AGE = 6 * 60 * 60  # seconds between the preview and the confirmation
PREVIEW_ROWS = 500
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_SIZE = 2 * 1024**3
LIST_EXTENSIONS = (".csv", ".xlsx", ".txt")


def can_manage_catalogue(user):
    """Whoever keeps the catalogue (librarians, superusers) imports and exports it."""
    from .viewsets import can_keep_catalogue

    return can_keep_catalogue(user)


def librarians_only(view):
    def wrapper(request, *args, **kwargs):
        if not can_manage_catalogue(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return wrapper


# The upload form ----------------------------------------------------------------------------------


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def clean(self, data, initial=None):
        if not data:
            return []
        items = data if isinstance(data, list | tuple) else [data]
        return [super(MultipleFileField, self).clean(item, initial) for item in items]


class ImportForm(forms.Form):
    list_file = forms.FileField(
        label=gettext_lazy("List of records"),
        help_text=gettext_lazy(
            "A .xlsx or .csv file (CSV saved by Excel with “;” or “,”, UTF-8 or Windows-1251). "
            "The first line names the columns."
        ),
    )
    files = MultipleFileField(
        label=gettext_lazy("Files"),
        required=False,
        help_text=gettext_lazy(
            "The files named in the “file” column. Choose several at once, or one .zip archive with all of them."
        ),
    )
    create_missing = forms.BooleanField(
        label=gettext_lazy("Add types and subjects that do not exist yet"),
        required=False,
        help_text=gettext_lazy("Otherwise an unknown type or subject is reported as an error."),
    )

    def clean_list_file(self):
        upload = self.cleaned_data["list_file"]
        if not upload.name.lower().endswith(LIST_EXTENSIONS):
            raise forms.ValidationError(_("Upload the list as a .xlsx or .csv file."))
        return upload


# Where an upload waits for its confirmation ------------------------------------------------------


def jobs_root():
    configured = getattr(settings, "CATALOGUE_IMPORT_DIR", None)
    return Path(configured) if configured else Path(tempfile.gettempdir()) / "cabinet-catalogue-imports"


def remove_old_jobs():
    root = jobs_root()
    if not root.is_dir():
        return
    limit = time.time() - JOB_MAX_AGE
    for job_dir in root.iterdir():
        try:
            if job_dir.is_dir() and job_dir.stat().st_mtime < limit:
                shutil.rmtree(job_dir, ignore_errors=True)
        except OSError:
            pass


def save_upload(upload, folder):
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / Path(upload.name).name
    with target.open("wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return target


def zip_member_name(info):
    """A member's name; Windows writes Cyrillic names in cp866 without saying so."""
    name = info.filename
    if not info.flag_bits & 0x800:
        with contextlib.suppress(UnicodeError):
            name = name.encode("cp437").decode("cp866")
    return name


def extract_zip(archive, folder):
    """Unpack the archive's files into the folder, keeping its sub-folders and nothing outside it."""
    try:
        with zipfile.ZipFile(archive) as bundle:
            members = [info for info in bundle.infolist() if not info.is_dir()]
            if len(members) > MAX_ZIP_MEMBERS or sum(info.file_size for info in members) > MAX_ZIP_SIZE:
                raise ImportFileError(_("The .zip archive is too large to unpack."))
            root = folder.resolve()
            for info in members:
                parts = [part for part in re.split(r"[\\/]+", zip_member_name(info)) if part not in ("", ".", "..")]
                if not parts or parts[0] == "__MACOSX":
                    continue
                target = root.joinpath(*parts).resolve()
                if not target.is_relative_to(root):
                    continue
                target.parent.mkdir(parents=True, exist_ok=True)
                with bundle.open(info) as source, target.open("wb") as handle:
                    shutil.copyfileobj(source, handle)
    except zipfile.BadZipFile as error:
        raise ImportFileError(_("The .zip archive could not be opened.")) from error


def extract_zips(files_dir):
    for archive in list(files_dir.glob("*.zip")) + list(files_dir.glob("*.ZIP")):
        extract_zip(archive, files_dir)


def start_job(form, user):
    """Keep the upload in a folder of its own; returns the signed token that refers to it, the folder and options."""
    remove_old_jobs()
    job_id = uuid.uuid4().hex
    job_dir = jobs_root() / job_id
    files_dir = job_dir / "files"
    files_dir.mkdir(parents=True)
    list_path = save_upload(form.cleaned_data["list_file"], job_dir / "list")
    for upload in form.cleaned_data["files"]:
        save_upload(upload, files_dir)
    options = {"list": list_path.name, "create_missing": form.cleaned_data["create_missing"]}
    (job_dir / "options.json").write_text(json.dumps(options), encoding="utf-8")
    return signing.dumps({"job": job_id, "user": user.pk}, salt=SALT), job_dir, options


def open_job(token, user):
    """The folder and options of an upload, if the token is genuine, recent and the user's own."""
    try:
        data = signing.loads(token, salt=SALT, max_age=JOB_MAX_AGE)
    except signing.BadSignature:
        return None, None
    if data.get("user") != user.pk or not re.fullmatch(r"[0-9a-f]{32}", str(data.get("job", ""))):
        return None, None
    job_dir = jobs_root() / data["job"]
    try:
        options = json.loads((job_dir / "options.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None, None
    return job_dir, options


def check_job(job_dir, options, user):
    list_path = job_dir / "list" / options["list"]
    table = read_table(list_path.read_bytes(), list_path.name)
    job = CatalogueImport(
        table,
        files_dir=job_dir / "files",
        create_missing=options["create_missing"],
        user=user,
        check_permissions=True,
    )
    return job.check()


# The views -----------------------------------------------------------------------------------------


class CatalogueAdminView(WagtailAdminTemplateMixin, TemplateView):
    header_icon = "upload"
    page_title = gettext_lazy("Import catalogue")

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": reverse("resources_catalogue_import"), "label": self.page_title}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["columns"] = COLUMNS
        context["export_locales"] = [
            locale for locale in Locale.objects.order_by("pk") if catalogue_for(locale) is not None
        ]
        context["export_url"] = reverse("resources_catalogue_export")
        return context


@method_decorator(librarians_only, name="dispatch")
class ImportView(CatalogueAdminView):
    """Step 1: upload the list (and its files); step 2: the preview, with a confirm button when all is well."""

    template_name = "resources/admin/import.html"

    def get(self, request, *args, **kwargs):
        return self.render_to_response(self.get_context_data(form=ImportForm()))

    def post(self, request, *args, **kwargs):
        form = ImportForm(request.POST, request.FILES)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(form=form))
        token, job_dir, options = start_job(form, request.user)
        try:
            extract_zips(job_dir / "files")
            job = check_job(job_dir, options, request.user)
        except ImportFileError as error:
            shutil.rmtree(job_dir, ignore_errors=True)
            form.add_error("list_file", str(error))
            return self.render_to_response(self.get_context_data(form=form))
        if not job.ok:
            shutil.rmtree(job_dir, ignore_errors=True)  # nothing to confirm: the list must be uploaded again
        return preview_response(self, job, token, options)


def preview_response(view, job, token, options):
    view.template_name = "resources/admin/import_preview.html"
    errors = job.errors
    context = view.get_context_data(
        job=job,
        token=token if job.ok else "",
        list_name=options["list"],
        counts=job.counts(),
        errors=errors[:PREVIEW_ROWS],
        hidden_errors=max(0, len(errors) - PREVIEW_ROWS),
        error_lines=len({problem.line for problem in errors if problem.line}),
        records=job.records[:PREVIEW_ROWS] if job.ok else [],
        hidden_records=max(0, len(job.records) - PREVIEW_ROWS) if job.ok else 0,
        new_terms=[
            {"slug": slug, "name": name} for terms in job.new_terms.values() for slug, name in sorted(terms.items())
        ],
        form=ImportForm(),
    )
    return view.render_to_response(context)


@method_decorator(librarians_only, name="dispatch")
class ConfirmImportView(CatalogueAdminView):
    """Step 3: import what the preview showed, all in one transaction."""

    http_method_names = ["post"]
    template_name = "resources/admin/import_preview.html"

    def post(self, request, *args, **kwargs):
        token = request.POST.get("token", "")
        job_dir, options = open_job(token, request.user)
        if job_dir is None:
            messages.error(request, _("This upload has expired or is not yours. Upload the list again."))
            return redirect("resources_catalogue_import")
        try:
            job = check_job(job_dir, options, request.user)
        except (ImportFileError, OSError):
            messages.error(request, _("The uploaded list can no longer be read. Upload it again."))
            return redirect("resources_catalogue_import")
        if not job.ok:
            # Something changed since the preview (a record or a term was edited): show why.
            return preview_response(self, job, "", options)
        counts = job.apply()
        shutil.rmtree(job_dir, ignore_errors=True)
        messages.success(
            request,
            _("The list has been imported: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
            % counts,
        )
        return redirect("resources_catalogue_import")


@method_decorator(librarians_only, name="dispatch")
class ExportView(View):
    """The catalogue of one language as CSV (or XLSX), filtered by the catalogue page's own parameters."""

    def get(self, request, *args, **kwargs):
        code = site_language(request.GET.get("locale")) or settings.LANGUAGE_CODE
        locale = Locale.objects.filter(language_code=code).first()
        if locale is None or catalogue_for(locale) is None:
            locale = Locale.get_default()
        params = QueryDict(mutable=True)
        for name, values in request.GET.lists():
            if name not in ("locale", "format"):
                params.setlist(name, values)
        file_format = "xlsx" if request.GET.get("format") == "xlsx" else "csv"
        name = f"catalogue-{locale.language_code}-{timezone.localdate():%Y-%m-%d}.{file_format}"
        rows = export_rows(export_queryset(locale, params).iterator(chunk_size=500), locale)
        if file_format == "xlsx":
            buffer = io.BytesIO()
            write_xlsx(rows, buffer, title=f"Catalogue {locale.language_code}")
            response = HttpResponse(
                buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            )
        else:
            response = StreamingHttpResponse(csv_lines(rows), content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{name}"'
        return response


def export_url(query):
    """The admin export of what a CatalogueQuery shows, for a link on the catalogue page (librarians only)."""
    params = query.params()
    params["locale"] = query.locale.language_code
    return f"{reverse('resources_catalogue_export')}?{params.urlencode()}"
