"""Seed the kinds of event in kk, ru and en, and let methodologists keep that vocabulary."""

import uuid

from django.db import migrations

LANGUAGES = ["kk", "ru", "en"]
METHODOLOGISTS = "Methodologists"
CODENAMES = [f"{action}_eventkind" for action in ("add", "change", "delete")]

EVENT_KINDS = [
    ("seminar", "Семинар", "Семинар", "Seminar"),
    ("seminar-practicum", "Семинар-практикум", "Семинар-практикум", "Practical seminar"),
    ("round-table", "Дөңгелек үстел", "Круглый стол", "Round table"),
    ("methodological-hour", "Әдістемелік сағат", "Методический час", "Methodological hour"),
    ("master-class", "Шеберлік сыныбы", "Мастер-класс", "Master class"),
    ("open-lesson", "Ашық сабақ", "Открытый урок", "Open lesson"),
    ("business-game", "Іскерлік ойын", "Деловая игра", "Business game"),
    ("pedagogical-readings", "Педагогикалық оқулар", "Педагогические чтения", "Pedagogical readings"),
    ("conference", "Ғылыми-практикалық конференция", "Научно-практическая конференция", "Research and practice conference"),
    ("exhibition", "Көрме", "Выставка", "Exhibition"),
    ("competition", "Байқау", "Конкурс", "Competition"),
    ("association-meeting", "Әдістемелік бірлестік отырысы", "Заседание методического объединения", "Methodological association meeting"),
    ("creative-group-meeting", "Шығармашылық топ отырысы", "Заседание творческой группы", "Creative group meeting"),
]


def seed(apps, schema_editor):
    from django.apps import apps as global_apps
    from django.contrib.auth.management import create_permissions

    Locale = apps.get_model("wagtailcore", "Locale")
    EventKind = apps.get_model("events", "EventKind")
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}
    for order, (slug, *names) in enumerate(EVENT_KINDS):
        existing = EventKind.objects.filter(slug=slug).first()
        key = existing.translation_key if existing else uuid.uuid4()
        for code, name in zip(LANGUAGES, names, strict=True):
            EventKind.objects.get_or_create(
                slug=slug,
                locale=locales[code],
                defaults={"name": name, "translation_key": key, "sort_order": order * 10},
            )

    # Permissions are normally created after all migrations; this one needs them now.
    create_permissions(global_apps.get_app_config("events"), apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=METHODOLOGISTS)
    group.permissions.add(*Permission.objects.filter(content_type__app_label="events", codename__in=CODENAMES))


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0002_events_and_news"),
        ("cabinet_site", "0003_staff_groups_and_moderation"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
