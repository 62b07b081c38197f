"""The three content languages, with the ru and en page trees kept in sync with kk.

From then on, a page made in Kazakh appears in the Russian and English trees as an alias until
it is translated (wagtail-localize's LocaleSynchronization).
"""

from django.db import migrations

SOURCE = "kk"
TARGETS = ["ru", "en"]


def create_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    source, _ = Locale.objects.get_or_create(language_code=SOURCE)
    for code in TARGETS:
        locale, _ = Locale.objects.get_or_create(language_code=code)
        LocaleSynchronization.objects.get_or_create(locale=locale, defaults={"sync_from": source})


class Migration(migrations.Migration):
    dependencies = [
        ("cabinet_site", "0003_staff_groups_and_moderation"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(create_locales, migrations.RunPython.noop)]
