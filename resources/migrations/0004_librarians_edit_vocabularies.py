"""Librarians keep the catalogue's vocabularies: add, change and delete resource types and subjects."""

from django.db import migrations

LIBRARIANS = "Librarians"
CODENAMES = [
    f"{action}_{model}" for model in ("resourcetype", "subject") for action in ("add", "change", "delete")
]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("resources"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=LIBRARIANS)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="resources", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=LIBRARIANS).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="resources", codename__in=CODENAMES)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_seed_vocabularies"),
        ("cabinet_site", "0003_staff_groups_and_moderation"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
