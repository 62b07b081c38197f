"""Seed the catalogue's vocabularies in kk, ru and en: resource types, school subjects, languages."""

import uuid

from django.db import migrations

LANGUAGES = ["kk", "ru", "en"]
MATERIAL_LANGUAGES = ["kk", "ru", "en", "other"]

RESOURCE_TYPES = [
    ("methodological-guide", "Әдістемелік нұсқаулық", "Методическое пособие", "Methodological guide"),
    ("literature", "Әдебиет", "Литература", "Literature"),
    ("reference-book", "Анықтамалық", "Справочник", "Reference book"),
    ("dictionary", "Сөздік", "Словарь", "Dictionary"),
    ("scientific-publication", "Ғылыми-әдістемелік басылым", "Научно-методическое издание", "Scientific-methodological publication"),
    ("lesson-plan", "Сабақ жоспары", "План урока", "Lesson plan"),
    ("presentation", "Презентация", "Презентация", "Presentation"),
    ("assessment", "Бағалау материалдары", "Материалы для оценивания", "Assessment materials"),
    ("normative-document", "Нормативтік құжат", "Нормативный документ", "Normative document"),
    ("work-plan", "Жұмыс жоспары", "План работы", "Work plan"),
]

SUBJECTS = [
    ("kazakh-language", "Қазақ тілі", "Казахский язык", "Kazakh language"),
    ("kazakh-literature", "Қазақ әдебиеті", "Казахская литература", "Kazakh literature"),
    ("russian-language", "Орыс тілі", "Русский язык", "Russian language"),
    ("russian-literature", "Орыс әдебиеті", "Русская литература", "Russian literature"),
    ("english", "Ағылшын тілі", "Английский язык", "English"),
    ("mathematics", "Математика", "Математика", "Mathematics"),
    ("algebra", "Алгебра", "Алгебра", "Algebra"),
    ("geometry", "Геометрия", "Геометрия", "Geometry"),
    ("physics", "Физика", "Физика", "Physics"),
    ("chemistry", "Химия", "Химия", "Chemistry"),
    ("biology", "Биология", "Биология", "Biology"),
    ("geography", "География", "География", "Geography"),
    ("natural-science", "Жаратылыстану", "Естествознание", "Natural science"),
    ("history-of-kazakhstan", "Қазақстан тарихы", "История Казахстана", "History of Kazakhstan"),
    ("world-history", "Дүниежүзі тарихы", "Всемирная история", "World history"),
    ("informatics", "Информатика", "Информатика", "Computer science"),
    ("self-knowledge", "Өзін-өзі тану", "Самопознание", "Self-knowledge"),
    ("art", "Көркем еңбек", "Художественный труд", "Art and crafts"),
    ("music", "Музыка", "Музыка", "Music"),
    ("physical-education", "Дене шынықтыру", "Физическая культура", "Physical education"),
    ("primary-school", "Бастауыш сынып", "Начальные классы", "Primary school"),
    ("pre-school", "Мектепке дейінгі даярлық", "Предшкольная подготовка", "Pre-school preparation"),
    ("pedagogy", "Педагогика және психология", "Педагогика и психология", "Pedagogy and psychology"),
]


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES}

    for model_name, rows in (("ResourceType", RESOURCE_TYPES), ("Subject", SUBJECTS)):
        model = apps.get_model("resources", model_name)
        for order, (slug, *names) in enumerate(rows):
            existing = model.objects.filter(slug=slug).first()
            key = existing.translation_key if existing else uuid.uuid4()
            for code, name in zip(LANGUAGES, names, strict=True):
                model.objects.get_or_create(
                    slug=slug,
                    locale=locales[code],
                    defaults={"name": name, "translation_key": key, "sort_order": order * 10},
                )

    Language = apps.get_model("resources", "Language")
    for order, code in enumerate(MATERIAL_LANGUAGES):
        Language.objects.get_or_create(code=code, defaults={"sort_order": order})


class Migration(migrations.Migration):
    dependencies = [("resources", "0002_catalogue_records")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
