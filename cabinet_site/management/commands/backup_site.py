"""manage.py backup_site ARCHIVE — the database and every media file in one .tar.gz."""

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _

from cabinet_site.backups import BackupError, write_backup


class Command(BaseCommand):
    help = (
        "Write one .tar.gz archive with the whole database (a portable serialisation) and every media file. "
        "restore_site rebuilds the site from it. See docs/backups.md."
    )

    def add_arguments(self, parser):
        parser.add_argument("archive", help="The archive to write, e.g. /srv/backups/cabinet-2026-11-23.tar.gz.")

    def handle(self, *args, **options):
        try:
            write_backup(options["archive"], log=self.stdout.write)
        except BackupError as error:
            raise CommandError(str(error)) from error
        self.stdout.write(self.style.SUCCESS(_("Backup written to %(path)s.") % {"path": options["archive"]}))
