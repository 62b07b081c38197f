"""Two seeded Kazakh names read wrongly to teachers; rename them where the librarians left them as seeded.

«Әдістемелік нұсқаулық» pairs with «методические рекомендации», not with the type's Russian name
«Методическое пособие», which is «әдістемелік құрал»; «Мектепке дейінгі» is the kindergarten age,
while the subject is the school's pre-school class, «мектепалды даярлық» («предшкольная подготовка»).
"""

from django.db import migrations

RENAMED = [
    ("ResourceType", "methodological-guide", "Әдістемелік нұсқаулық", "Әдістемелік құрал"),
    ("Subject", "pre-school", "Мектепке дейінгі даярлық", "Мектепалды даярлық"),
]


def rename(apps, old_index, new_index):
    for model_name, slug, *names in RENAMED:
        model = apps.get_model("resources", model_name)
        model.objects.filter(slug=slug, locale__language_code="kk", name=names[old_index]).update(
            name=names[new_index]
        )


def forwards(apps, schema_editor):
    rename(apps, 0, 1)


def backwards(apps, schema_editor):
    rename(apps, 1, 0)


class Migration(migrations.Migration):
    dependencies = [("resources", "0004_librarians_edit_vocabularies")]

    operations = [migrations.RunPython(forwards, backwards)]
