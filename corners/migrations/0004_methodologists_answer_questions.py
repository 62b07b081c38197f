"""Methodologists read and answer the questions sent from corners; no other group sees them."""

from django.db import migrations

METHODOLOGISTS = "Methodologists"
CODENAMES = ["view_question", "change_question", "delete_question"]


def grant(apps, schema_editor):
    # Permissions are normally created after all migrations; this one needs them now.
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    create_permissions(global_apps.get_app_config("corners"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=METHODOLOGISTS)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="corners", codename__in=CODENAMES))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=METHODOLOGISTS).first()
    if group is not None:
        group.permissions.remove(*Permission.objects.filter(content_type__app_label="corners", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [("corners", "0003_questions"), ("cabinet_site", "0003_staff_groups_and_moderation")]

    operations = [migrations.RunPython(grant, revoke)]
