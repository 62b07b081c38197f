"""manage.py export_catalogue OUT.csv|OUT.xlsx — the catalogue in the import's columns."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from resources.exporting import ExportError, export_catalogue


class Command(BaseCommand):
    help = (
        "Export the catalogue of one language, filtered as on the catalogue page, to a .csv or .xlsx "
        "file in the columns import_catalogue reads."
    )

    def add_arguments(self, parser):
        parser.add_argument("out", help="The file to write: .csv (UTF-8 with BOM, ';') or .xlsx.")
        parser.add_argument("--locale", default="kk", help="The catalogue's language: kk (default), ru or en.")
        parser.add_argument(
            "--filter",
            default="",
            help='The catalogue page\'s query string, e.g. "type=lesson-plan&grade=5&q=алгебра".',
        )

    def handle(self, *args, **options):
        try:
            count = export_catalogue(options["out"], locale_code=options["locale"], params=options["filter"])
        except ExportError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(
            self.style.SUCCESS(_("Exported %(count)s records to %(path)s.") % {"count": count, "path": options["out"]})
        )
