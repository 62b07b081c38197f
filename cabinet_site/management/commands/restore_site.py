"""manage.py restore_site ARCHIVE — rebuild the site from an archive of backup_site."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cabinet_site.backups import BackupError, restore_backup


class Command(BaseCommand):
    help = (
        "Rebuild the site (database, media files, search index) from an archive written by backup_site. "
        "The database must be empty (a new or freshly migrated one) unless --force is given."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive written by backup_site.")
        parser.add_argument(
            "--force",
            action="store_true",
            help="Replace everything in a database that already holds a site.",
        )

    def handle(self, *args, **options):
        try:
            restore_backup(options["archive"], force=options["force"], log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(_("The site was restored from %(path)s.") % {"path": options["archive"]}))
