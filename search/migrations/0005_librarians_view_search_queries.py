"""Librarians see what visitors searched for too: the queries that found nothing tell them what the
catalogue lacks and which words its records should carry."""

from django.db import migrations

LIBRARIANS = "Librarians"
CODENAME = "view_searchquery"


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("search"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=LIBRARIANS)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="search", codename=CODENAME))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=LIBRARIANS).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="search", codename=CODENAME))


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_indexentry_stored_document"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
