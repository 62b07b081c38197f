from django.core.management.base import BaseCommand

from cabinet_site.demo import content
from cabinet_site.demo.builder import DemoBuilder


class Command(BaseCommand):
    help = "Build the demo cabinet in Kazakh, Russian and English. Safe to run again: it never changes editors' work."

    def handle(self, *args, **options):
        DemoBuilder(
            home=content.HOME,
            images=content.IMAGES,
            site_text=content.SITE_TEXT,
            contacts=content.CONTACTS,
            staff=content.STAFF,
            log=self.stdout.write,
        ).build()
