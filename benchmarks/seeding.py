"""Realistic content written in bulk, shared by the benchmarks (catalogue.py, search.py, site.py).

Wagtail's add_child() looks for the last sibling and every page would save and publish a revision;
here the tree paths are computed (Page._get_path), the page rows go in with bulk_create, the rows of
the page's own class with _insert (Django's bulk_create refuses multi-table models), and relations
in bulk, a thousand pages per transaction, with no signals. The search index is built afterwards,
in bulk, as `update_index` does. Pages get no revisions: the site serves the live rows.
"""

import csv
import datetime
import random
import sys
import time
import uuid

TAGS = [
    "жас маман",
    "қалыптастырушы бағалау",
    "жиынтық бағалау",
    "Кембридж",
    "ашық сабақ",
    "функционалдық сауаттылық",
    "үштілді білім",
    "инклюзивті білім",
    "STEM",
    "ҰБТ",
    "PISA",
    "шеберлік сыныбы",
]
TOPICS = [
    "Сабақ жоспарлары",
    "Әдістемелік нұсқаулық",
    "Тапсырмалар жинағы",
    "Жұмыс дәптері",
    "Бағалау материалдары",
    "Оқушыға арналған анықтамалық",
    "Мұғалімге арналған кітап",
    "Ұзақ мерзімді жоспар",
]
SENTENCES = [
    "Жаңартылған оқу бағдарламасы бойынша әзірленген материалдар.",
    "Қалыптастырушы бағалау тәсілдері мен дескрипторлар берілген.",
    "Оқушылардың функционалдық сауаттылығын дамытуға арналған тапсырмалар.",
    "Сабақтың мақсаттары, барысы және кері байланыс үлгілері.",
    "Жас мамандарға арналған кеңестер мен сабақ талдауы.",
    "Бөлім бойынша жиынтық бағалау тапсырмалары жауаптарымен.",
    "Топтық және жұптық жұмысқа арналған саралап берілген тапсырмалар.",
    "Зертханалық жұмыстардың нұсқаулары мен қауіпсіздік ережелері.",
    "Мәтінмен жұмыс, сөздік қорды молайту және диалог құру.",
    "Ата-аналармен жұмыс және сынып сағаттарының тақырыптары.",
    "Олимпиадаға дайындыққа арналған күрделі есептер.",
    "Пән апталығы мен ашық сабаққа арналған сценарийлер.",
]
AUTHORS = [
    "Сапарова Г. Қ.",
    "Жұмабекова А. С.",
    "Ковальчук Е. В.",
    "Төлеген Е. М.",
    "Бекмұратов А. Ж.",
    "Ли И. В.",
    "Seitkali A.",
    "Оспанова Л. Т.",
    "Қасымова А. Е.",
    "Ахметова А. Н.",
]
PUBLISHERS = ["Атамұра", "Мектеп", "Алматыкітап баспасы", "Арман-ПВ", "Жазушы", ""]

# Events and news, in Kazakh, Russian and English (kk, ru, en).
EVENT_TOPICS = [
    ("Қалыптастырушы бағалау", "Формативное оценивание", "Formative assessment"),
    ("Функционалдық сауаттылық", "Функциональная грамотность", "Functional literacy"),
    ("Жас маманның алғашқы жылы", "Первый год молодого специалиста", "A young teacher's first year"),
    ("Инклюзивті сынып", "Инклюзивный класс", "The inclusive classroom"),
    ("Үштілді білім беру", "Трёхъязычное образование", "Trilingual education"),
    ("Сабақты зерттеу (Lesson Study)", "Исследование урока (Lesson Study)", "Lesson Study"),
    ("Оқу сауаттылығы және мәтінмен жұмыс", "Читательская грамотность", "Reading literacy"),
    ("STEM және жобалық жұмыс", "STEM и проектная работа", "STEM and project work"),
    ("Цифрлық ресурстар сабақта", "Цифровые ресурсы на уроке", "Digital resources in the lesson"),
    ("Олимпиадаға дайындық", "Подготовка к олимпиадам", "Preparing for olympiads"),
    ("Ата-аналармен серіктестік", "Партнёрство с родителями", "Partnership with parents"),
    ("Жиынтық бағалау тапсырмалары", "Задания суммативного оценивания", "Summative assessment tasks"),
]
VENUES = [
    ("№57 мектеп-гимназия, акт залы", "Школа-гимназия № 57, актовый зал", "School-gymnasium No. 57, assembly hall"),
    ("Әдістемелік кабинет, 12-бөлме", "Методический кабинет, кабинет 12", "Methodological cabinet, room 12"),
    ("№12 мектеп-лицей, кітапхана", "Школа-лицей № 12, библиотека", "School-lyceum No. 12, library"),
    ("Аудандық білім бөлімі, мәжіліс залы", "Районный отдел образования, зал заседаний", "District education office"),
]
ADDRESSES = ["Абай даңғылы, 45", "Сәтпаев көшесі, 12", "Төле би көшесі, 101", "Жамбыл көшесі, 7"]
SPEAKERS = ["Сапарова Г. Қ.", "Жұмабекова А. С.", "Ковальчук Е. В.", "Бекмұратов А. Ж.", "Ли И. В."]
PROGRAMME = [
    ("Ашылу сөзі", "Открытие", "Opening"),
    ("Шеберлік сыныбы", "Мастер-класс", "Master class"),
    ("Ашық сабақ", "Открытый урок", "Open lesson"),
    ("Топтық жұмыс", "Работа в группах", "Group work"),
    ("Қорытынды және кері байланыс", "Итоги и обратная связь", "Summary and feedback"),
]
EVENT_TEXT = [
    (
        "Іс-шараға мектеп мұғалімдері мен жас мамандар шақырылады.",
        "Приглашаются учителя школ и молодые специалисты.",
        "Teachers and young specialists are invited.",
    ),
    (
        "Қатысушылар тәжірибе алмасып, сабақ үлгілерін талдайды.",
        "Участники обменяются опытом и разберут образцы уроков.",
        "Participants share experience and analyse sample lessons.",
    ),
    (
        "Соңында әр қатысушыға сертификат беріледі.",
        "В конце каждый участник получит сертификат.",
        "Every participant receives a certificate at the end.",
    ),
    (
        "Материалдар әдістемелік кабинеттің каталогында жарияланады.",
        "Материалы будут опубликованы в каталоге методического кабинета.",
        "The materials are published in the cabinet's catalogue.",
    ),
]
NEWS_TITLES = [
    ("{topic}: семинар өтті", "{topic}: прошёл семинар", "{topic}: the seminar took place"),
    ("{topic} бойынша жаңа материалдар", "Новые материалы: {topic}", "New materials: {topic}"),
    ("{topic}: мұғалімдер тәжірибе бөлісті", "{topic}: учителя поделились опытом", "{topic}: teachers shared"),
]
NEWS_TAGS = ["семинар", "жас маман", "бағалау", "олимпиада", "конкурс", "әдістемелік апта"]
LANGUAGES = ("kk", "ru", "en")


def progress(message):
    print(f"  [{time.strftime('%H:%M:%S')}] {message} …", file=sys.stderr, flush=True)


def refresh_all_statistics():
    """Fresh planner statistics after seeding, as autovacuum keeps them on a running site
    (PostgreSQL only; cabinet_site/statistics.py says why)."""
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


def make_site():
    """A bare Kazakh home page with the catalogue below it, as the default site (catalogue.py, search.py)."""
    from django.core.cache import cache
    from wagtail.models import Locale, Page, Site

    from home.models import HomePage
    from resources.models import ResourceIndexPage

    kk = Locale.objects.get_or_create(language_code="kk")[0]
    for code in ("ru", "en"):
        Locale.objects.get_or_create(language_code=code)
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title="Әдістемелік кабинет", slug="home", locale=kk))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Cabinet")
    catalogue = home.add_child(instance=ResourceIndexPage(title="Каталог", slug="katalog", locale=kk))
    catalogue.save_revision().publish()
    cache.clear()
    return ResourceIndexPage.objects.get(pk=catalogue.pk)


def add_children_in_bulk(parent, pages):
    """Write unsaved pages of one class as the last children of `parent`, live, in a few INSERTs.

    Each page needs its title and slug (and its own fields); the tree fields are computed here.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db.models import F
    from django.utils import timezone
    from wagtail.models import Page

    if not pages:
        return pages
    model = type(pages[0])
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    position = last._get_lastpos_in_path() if last else 0
    content_type = ContentType.objects.get_for_model(model)
    now = timezone.now()
    for offset, page in enumerate(pages, 1):
        page.path = Page._get_path(parent.path, parent.depth + 1, position + offset)
        page.depth = parent.depth + 1
        page.numchild = 0
        page.url_path = f"{parent.url_path}{page.slug}/"
        page.content_type = content_type
        page.locale_id = parent.locale_id
        page.draft_title = page.title
        page.live = True
        page.has_unpublished_changes = False
        page.first_published_at = page.first_published_at or now
        page.last_published_at = page.latest_revision_created_at = page.first_published_at
    base_fields = [field for field in Page._meta.concrete_fields if not field.primary_key]
    rows = [Page(**{field.attname: getattr(page, field.attname) for field in base_fields}) for page in pages]
    Page.objects.bulk_create(rows)
    for page, row in zip(pages, rows, strict=True):
        page.id = page.page_ptr_id = row.pk
    for batch in range(0, len(pages), 250):
        # bulk_create refuses multi-table models; _insert writes the child table's rows only.
        model._base_manager._insert(pages[batch : batch + 250], fields=model._meta.local_concrete_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))
    parent.numchild += len(pages)
    return pages


# Catalogue records ------------------------------------------------------------------------------------


def seed_records(catalogue, start, stop, rng, documents=()):
    """Records start+1 … stop under the catalogue, in bulk.

    With `documents` (existing documents whose stored files are reused), each record gets a document
    of its own with text "extracted" from it, as the site stores after reading a PDF or DOCX.
    Returns the new records' ids.
    """
    from django.db import transaction
    from django.utils import timezone
    from taggit.models import Tag
    from wagtail.models import Collection

    from resources.models import (
        Availability,
        CabinetDocument,
        Language,
        ResourceDocumentLink,
        ResourcePage,
        ResourcePageTag,
        ResourceType,
        Subject,
    )
    from resources.models.documents import TextStatus

    types = {term.slug: term for term in ResourceType.objects.filter(locale=catalogue.locale_id)}
    subjects = {term.slug: term for term in Subject.objects.filter(locale=catalogue.locale_id)}
    languages = {language.code: language for language in Language.objects.all()}
    tags = [Tag.objects.get_or_create(name=name)[0] for name in TAGS]
    availability = [value for value, _label in Availability.choices] + [""]
    collection = Collection.get_first_root_node()
    documents = list(documents)
    now = timezone.now()
    subject_link = ResourcePage.subjects.through
    language_link = ResourcePage.languages.through
    created = []
    for chunk_start in range(start, stop, 1000):
        chunk = range(chunk_start, min(stop, chunk_start + 1000))
        with transaction.atomic():
            pages, records = [], []
            for number in chunk:
                subject_slugs = rng.sample(sorted(subjects), rng.choice((1, 1, 2)))
                type_slug = rng.choice(sorted(types))
                grade = rng.randint(0, 11)
                title = f"{subjects[subject_slugs[0]].name}. {grade}-сынып. {rng.choice(TOPICS)} №{number + 1}"
                pages.append(
                    ResourcePage(
                        title=title,
                        slug=f"record-{number + 1}",
                        first_published_at=now - datetime.timedelta(minutes=stop - number),
                        translation_key=uuid.uuid4(),
                        description=" ".join(rng.sample(SENTENCES, 2)),
                        resource_type_id=types[type_slug].pk,
                        grade_min=None if grade == 0 else grade,
                        grade_max=None if grade == 0 else min(11, grade + rng.choice((0, 0, 1, 2))),
                        authors="; ".join(rng.sample(AUTHORS, rng.choice((1, 1, 2)))),
                        publisher=rng.choice(PUBLISHERS),
                        year=rng.randint(1995, 2025),
                        call_number=f"74.{rng.randint(100, 999)} Қ {rng.randint(10, 99)}",
                        copies=rng.randint(0, 12),
                        availability=rng.choice(availability),
                        external_id=f"BENCH-{number + 1:06d}",
                    )
                )
                records.append(
                    {
                        "subjects": subject_slugs,
                        "languages": rng.choice((["kk"], ["kk"], ["ru"], ["en"], ["kk", "ru"])),
                        "tags": rng.sample(tags, rng.choice((0, 1, 1, 2))),
                    }
                )
            add_children_in_bulk(catalogue, pages)
            subject_link.objects.bulk_create(
                [
                    subject_link(resourcepage_id=page.pk, subject_id=subjects[slug].pk)
                    for page, record in zip(pages, records, strict=True)
                    for slug in record["subjects"]
                ]
            )
            language_link.objects.bulk_create(
                [
                    language_link(resourcepage_id=page.pk, language_id=languages[code].pk)
                    for page, record in zip(pages, records, strict=True)
                    for code in record["languages"]
                ]
            )
            ResourcePageTag.objects.bulk_create(
                [
                    ResourcePageTag(content_object_id=page.pk, tag_id=tag.pk)
                    for page, record in zip(pages, records, strict=True)
                    for tag in record["tags"]
                ]
            )
            if documents:
                files = [rng.choice(documents) for _page in pages]
                stored = CabinetDocument.objects.bulk_create(
                    [
                        CabinetDocument(
                            title=page.title,
                            file=source.file.name,
                            file_size=source.file_size,
                            file_hash=source.file_hash,
                            collection=collection,
                            language=record["languages"][0],
                            extracted_text=" ".join(rng.sample(SENTENCES, 8)),
                            text_status=TextStatus.EXTRACTED,
                        )
                        for page, record, source in zip(pages, records, files, strict=True)
                    ]
                )
                ResourceDocumentLink.objects.bulk_create(
                    [
                        ResourceDocumentLink(page_id=page.pk, document_id=document.pk, sort_order=0)
                        for page, document in zip(pages, stored, strict=True)
                    ]
                )
            created += [page.pk for page in pages]
    return created


def index_pages(model, ids):
    """Put pages into the search index, a thousand at a time (what `update_index` does)."""
    from wagtail.search.backends import get_search_backends

    backends = list(get_search_backends(with_auto_update=True))
    ids = sorted(ids)
    for batch in range(0, len(ids), 1000):
        pages = list(model.get_indexed_objects().filter(pk__in=ids[batch : batch + 1000]))
        for backend in backends:
            backend.add_bulk(model, pages)


def index_records(catalogue, start, stop):
    from resources.models import ResourcePage

    new = ResourcePage.objects.child_of(catalogue).filter(external_id__gt=f"BENCH-{start:06d}")
    index_pages(ResourcePage, new.values_list("pk", flat=True))


# Events and news in three languages -------------------------------------------------------------------


def seed_events(indexes, count, rng, records=()):
    """`count` events in the Kazakh events section, each translated into the other sections' languages.

    `indexes` maps language codes to each language's events section (kk first). About one in seven
    is still to come; a third list one or two catalogue `records` as their materials. Returns the
    Kazakh events.
    """
    from django.db import transaction
    from django.utils import timezone
    from wagtail.models import ReferenceIndex

    from events import schedule
    from events.models import EventKind, EventLevel, EventPage, EventResourceLink, EventStatus
    from resources.models import Subject

    kinds = list(EventKind.objects.filter(locale=indexes["kk"].locale_id).order_by("slug"))
    kind_names = {kind.pk: kind_titles(kind) for kind in kinds}
    subjects = list(Subject.objects.filter(locale=indexes["kk"].locale_id).order_by("slug"))
    records = list(records)
    levels = [value for value, _label in EventLevel.choices]
    now = timezone.now()
    subject_link = EventPage.subjects.through
    sources = []
    for chunk_start in range(0, count, 1000):
        chunk = range(chunk_start, min(count, chunk_start + 1000))
        with transaction.atomic():
            plans = [
                event_plan(number, count, now, rng, kinds, kind_names, subjects, records, levels) for number in chunk
            ]
            linked = []
            for code, index in indexes.items():
                pages = [
                    EventPage(
                        title=plan["title"][code],
                        slug=f"{'is-shara' if code == 'kk' else 'event'}-{plan['number']}",
                        translation_key=plan["key"],
                        first_published_at=plan["published"],
                        introduction=plan["introduction"][code],
                        kind_id=plan["kind"],
                        level=plan["level"],
                        status=EventStatus.SCHEDULED,
                        start=plan["start"],
                        end=plan["end"],
                        ends_at=schedule.computed_end(plan["start"], plan["end"], False),
                        venue=plan["venue"][code],
                        address=plan["address"],
                        grade_min=plan["grades"][0],
                        grade_max=plan["grades"][1],
                        for_young_specialists=plan["young"],
                        organisers="Әдістемелік кабинет",
                        speakers="; ".join(plan["speakers"]),
                        body=[paragraph(text) for text in plan["body"][code]],
                        programme=[
                            {
                                "type": "item",
                                "value": {"time": moment, "title": title, "speaker": speaker, "room": ""},
                            }
                            for moment, title, speaker in plan["programme"][code]
                        ],
                        report=[paragraph(plan["body"][code][0])] if plan["start"] < now else [],
                        registration_enabled=plan["start"] > now,
                        capacity=plan["capacity"],
                    )
                    for plan in plans
                ]
                add_children_in_bulk(index, pages)
                subject_link.objects.bulk_create(
                    [
                        subject_link(eventpage_id=page.pk, subject_id=subject)
                        for page, plan in zip(pages, plans, strict=True)
                        for subject in plan["subjects"]
                    ]
                )
                EventResourceLink.objects.bulk_create(
                    [
                        EventResourceLink(page_id=page.pk, resource_id=record, sort_order=order)
                        for page, plan in zip(pages, plans, strict=True)
                        for order, record in enumerate(plan["materials"])
                    ]
                )
                linked += [page for page, plan in zip(pages, plans, strict=True) if plan["materials"]]
                if code == "kk":
                    sources += pages
            # The record pages list the events that use them through Wagtail's reference index.
            for page in linked:
                ReferenceIndex.create_or_update_for_object(EventPage.objects.get(pk=page.pk))
    return sources


def event_plan(number, count, now, rng, kinds, kind_names, subjects, records, levels):
    # Three years back to half a year ahead, one event every day or so.
    start = now - datetime.timedelta(days=1095) + datetime.timedelta(days=1275 * number / max(count, 1))
    start = start.replace(hour=rng.choice((9, 10, 14, 15)), minute=0, second=0, microsecond=0)
    topic = rng.choice(EVENT_TOPICS)
    kind = rng.choice(kinds) if kinds else None
    names = kind_names[kind.pk] if kind else kind_titles(None)
    grade = rng.choice((None, 1, 5, 7, 10))
    texts = rng.sample(EVENT_TEXT, 3)
    programme = [(item, rng.choice(SPEAKERS)) for item in rng.sample(PROGRAMME, rng.randint(2, 4))]
    return {
        "number": number + 1,
        "key": uuid.uuid4(),
        "published": min(now, start - datetime.timedelta(days=20)),
        "title": {code: f"{names[code]}: «{topic[i]}»" for i, code in enumerate(LANGUAGES)},
        "introduction": {code: texts[0][i] for i, code in enumerate(LANGUAGES)},
        "body": {code: [text[i] for text in texts] for i, code in enumerate(LANGUAGES)},
        "kind": kind.pk if kind else None,
        "level": rng.choice(levels),
        "start": start,
        "end": start + datetime.timedelta(hours=rng.choice((2, 3, 4))),
        "venue": dict(zip(LANGUAGES, rng.choice(VENUES), strict=True)),
        "address": rng.choice(ADDRESSES),
        "grades": (grade, grade + 2) if grade else (None, None),
        "young": rng.random() < 0.2,
        "speakers": rng.sample(SPEAKERS, 2),
        "programme": {
            code: [(f"{10 + hour}:00:00", item[i], speaker) for hour, (item, speaker) in enumerate(programme)]
            for i, code in enumerate(LANGUAGES)
        },
        "subjects": [subject.pk for subject in rng.sample(subjects, min(len(subjects), rng.choice((1, 1, 2))))],
        "materials": rng.sample(records, rng.choice((1, 2))) if records and rng.random() < 0.33 else [],
        "capacity": rng.choice((None, 30, 60)),
    }


def kind_titles(kind):
    """The kind of event's name in each language, from its translations (the slug without them)."""
    from events.models import EventKind

    if kind is None:
        return {code: "Іс-шара" if code == "kk" else "Event" for code in LANGUAGES}
    names = dict(EventKind.objects.filter(slug=kind.slug).values_list("locale__language_code", "name"))
    return {code: names.get(code, kind.name) for code in LANGUAGES}


def paragraph(text):
    return {"type": "paragraph", "value": f"<p>{text}</p>", "id": str(uuid.uuid4())}


def seed_news(indexes, count, rng, events=(), images=()):
    """`count` news items in the Kazakh news section, translated into the other sections' languages.

    Dated over the last three years; two in five are about a past event (`events`, Kazakh, matched to
    the event in each language by its translation key), most have a lead image from `images`.
    """
    from django.db import transaction
    from django.utils import timezone
    from taggit.models import Tag

    from events.models import EventPage, NewsPage, NewsPageTag

    now = timezone.now()
    past = [event for event in events if event.start < now]
    event_pages = {
        (page.translation_key, page.locale_id): page.pk
        for page in EventPage.objects.filter(translation_key__in=[event.translation_key for event in past])
    }
    tags = [Tag.objects.get_or_create(name=name)[0] for name in NEWS_TAGS]
    images = list(images)
    sources = []
    for chunk_start in range(0, count, 1000):
        chunk = range(chunk_start, min(count, chunk_start + 1000))
        with transaction.atomic():
            plans = []
            for number in chunk:
                topic = rng.choice(EVENT_TOPICS)
                title = rng.choice(NEWS_TITLES)
                texts = rng.sample(EVENT_TEXT, 3)
                day = now - datetime.timedelta(days=1095 * (count - number) / max(count, 1))
                plans.append(
                    {
                        "number": number + 1,
                        "key": uuid.uuid4(),
                        "title": {code: title[i].format(topic=topic[i]) for i, code in enumerate(LANGUAGES)},
                        "body": {code: [text[i] for text in texts] for i, code in enumerate(LANGUAGES)},
                        "date": timezone.localdate(day),
                        "published": day,
                        "event": rng.choice(past) if past and rng.random() < 0.4 else None,
                        "image": rng.choice(images).pk if images and rng.random() < 0.8 else None,
                        "tags": rng.sample(tags, rng.choice((0, 1, 2))),
                    }
                )
            for code, index in indexes.items():
                pages = [
                    NewsPage(
                        title=plan["title"][code],
                        slug=f"{'zhanalyq' if code == 'kk' else 'news'}-{plan['number']}",
                        translation_key=plan["key"],
                        first_published_at=plan["published"],
                        introduction=plan["body"][code][0],
                        date=plan["date"],
                        event_id=plan["event"]
                        and event_pages.get((plan["event"].translation_key, index.locale_id), plan["event"].pk),
                        lead_image_id=plan["image"],
                        body=[paragraph(text) for text in plan["body"][code]],
                    )
                    for plan in plans
                ]
                add_children_in_bulk(index, pages)
                NewsPageTag.objects.bulk_create(
                    [
                        NewsPageTag(content_object_id=page.pk, tag_id=tag.pk)
                        for page, plan in zip(pages, plans, strict=True)
                        for tag in plan["tags"]
                    ]
                )
                if code == "kk":
                    sources += pages
    return sources


# A list for import_catalogue ---------------------------------------------------------------------------


def write_import_list(path, rows, seed=7):
    """A CSV of `rows` new records in the documented columns (docs/catalogue-import.md), `;`-separated."""
    from resources.importing import COLUMNS

    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(COLUMNS), delimiter=";")
        writer.writeheader()
        for number in range(rows):
            grade = rng.randint(1, 10)
            writer.writerow(
                {
                    "external_id": f"IMPORT-{number + 1:06d}",
                    "title": f"{rng.choice(TOPICS)}. {grade}-сынып. Импорт №{number + 1}",
                    "description": " ".join(rng.sample(SENTENCES, 2)),
                    "resource_type": rng.choice(["methodological-guide", "lesson-plan", "dictionary", "assessment"]),
                    "subjects": ";".join(rng.sample(["pedagogy", "mathematics", "kazakh-language", "physics"], 2)),
                    "grades": f"{grade}-{grade + 1}",
                    "language": rng.choice(["kk", "ru", "kk;ru"]),
                    "authors": rng.choice(AUTHORS),
                    "publisher": rng.choice(PUBLISHERS),
                    "year": rng.randint(2000, 2025),
                    "isbn": "",
                    "call_number": f"74.{rng.randint(100, 999)}",
                    "copies": rng.randint(0, 5),
                    "tags": ";".join(rng.sample(TAGS, 1)),
                    "url": "",
                    "file": "",
                    "locale": "kk",
                }
            )
