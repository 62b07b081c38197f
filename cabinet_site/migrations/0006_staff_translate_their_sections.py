"""Librarians and methodologists translate what they edit (cabinet_site.roles.TRANSLATORS).

wagtail-localize asks for one global permission, submit_translation, before its "Translate" actions;
which pages and snippets a translator may then edit and publish is still decided by the page and
snippet permissions each group already has.
"""

from django.db import migrations

TRANSLATORS = ("Librarians", "Methodologists")


def submit_translation(apps):
    Permission = apps.get_model("auth", "Permission")
    return Permission.objects.get(content_type__app_label="wagtail_localize", codename="submit_translation")


def grant(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = submit_translation(apps)
    for name in TRANSLATORS:
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    permission = submit_translation(apps)
    for group in Group.objects.filter(name__in=TRANSLATORS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("cabinet_site", "0005_image_alt_text_per_language"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
