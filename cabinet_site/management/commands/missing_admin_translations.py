"""List the msgids of Wagtail's and wagtail-localize's English catalogues not yet translated in locale/admin.

    manage.py missing_admin_translations [--locale kk] [--domain django|djangojs] [--summary]

Prints each missing msgid (with its context and the domain), then the coverage per domain and
in total. Exits with status 1 when the total coverage is below 95%, so CI can run it.
"""

from django.core.management.base import BaseCommand, CommandError

from cabinet_site import admin_translations


class Command(BaseCommand):
    help = "List the Wagtail and wagtail-localize msgids that have no translation in locale/admin/<locale>."

    def add_arguments(self, parser):
        parser.add_argument("--locale", default="kk", help="language code of the catalogue (default: kk)")
        parser.add_argument("--domain", choices=admin_translations.DOMAINS, help="only this domain")
        parser.add_argument("--summary", action="store_true", help="print only the coverage, not the msgids")
        parser.add_argument(
            "--min-coverage",
            type=float,
            default=admin_translations.MIN_COVERAGE,
            help="exit with status 1 below this percentage (default: %(default)s)",
        )

    def handle(self, *args, locale, domain, summary, min_coverage, **options):
        domains = [domain] if domain else admin_translations.DOMAINS
        coverages = [admin_translations.coverage(name, locale) for name in domains]
        if not any(item.total for item in coverages):
            raise CommandError("No English catalogues of Wagtail or wagtail-localize found.")
        if not summary:
            for item in coverages:
                for entry in item.missing:
                    context = f" [{entry.msgctxt}]" if entry.msgctxt else ""
                    plural = f" | {entry.msgid_plural!r}" if entry.msgid_plural else ""
                    self.stdout.write(f"{item.domain}{context}: {entry.msgid!r}{plural}")
        for item in coverages:
            self.stdout.write(
                f"{item.domain}: {item.translated} of {item.total} translated ({item.percent:.1f}%), "
                f"{len(item.missing)} missing"
            )
        percent = admin_translations.total_percent(coverages)
        self.stdout.write(f"total coverage for {locale}: {percent:.1f}% (required: {min_coverage:g}%)")
        if percent < min_coverage:
            raise SystemExit(1)
