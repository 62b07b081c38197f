"""manage.py import_catalogue FILE — import a librarian's list of records (see docs/catalogue-import.md)."""

from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from resources.importing import CatalogueImport, ImportFileError, read_table


class Command(BaseCommand):
    help = (
        "Import catalogue records from a CSV or XLSX list. Every row is checked first: if any row is "
        "wrong nothing is imported. Importing the same list again updates the same records."
    )

    def add_arguments(self, parser):
        parser.add_argument("file", help="The list: a .csv (UTF-8 or Windows-1251, ';' or ',') or .xlsx file.")
        parser.add_argument("--files-dir", help="The folder with the files named in the 'file' column.")
        parser.add_argument(
            "--create-missing",
            action="store_true",
            help="Create resource types and subjects that do not exist yet instead of reporting them.",
        )
        parser.add_argument("--dry-run", action="store_true", help="Check the list and show what would change.")
        parser.add_argument("--user", help="The username recorded as the author of the changes.")

    def handle(self, *args, **options):
        path = Path(options["file"])
        if not path.is_file():
            raise CommandError(_("There is no file %(path)s.") % {"path": path})
        files_dir = options["files_dir"]
        if files_dir and not Path(files_dir).is_dir():
            raise CommandError(_("There is no folder %(path)s.") % {"path": files_dir})
        user = None
        if options["user"]:
            User = get_user_model()
            try:
                user = User.objects.get(**{User.USERNAME_FIELD: options["user"]})
            except User.DoesNotExist as error:
                raise CommandError(_("There is no user %(name)s.") % {"name": options["user"]}) from error

        try:
            table = read_table(path.read_bytes(), path.name)
        except ImportFileError as error:
            raise CommandError(str(error)) from error
        job = CatalogueImport(table, files_dir=files_dir, create_missing=options["create_missing"], user=user)
        job.check()
        if options["verbosity"] >= 2 and table.description:
            self.stdout.write(table.description)
        for warning in job.warnings:
            self.stdout.write(self.style.WARNING(str(warning)))
        if job.errors:
            raise CommandError(job.error_report())

        if options["dry_run"]:
            for line in job.plan_lines():
                self.stdout.write(line)
            self.stdout.write(job.summary(dry_run=True))
            self.stdout.write(_("Nothing was written (--dry-run)."))
            return
        job.apply()
        if options["verbosity"] >= 2:
            for line in job.plan_lines():
                self.stdout.write(line)
        self.stdout.write(self.style.SUCCESS(job.summary()))
