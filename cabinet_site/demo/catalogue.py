"""The demo catalogue: records of the cabinet's library, written in Kazakh, Russian and English.

Each record is a PageSpec under the catalogue page, so the builder creates it in Kazakh and
translates it into ru and en through wagtail-localize like every other demo page. Fields that
are the same in every language (type, subjects, grades, files, ISBN…) are Deferred values: the
builder looks the terms up, and generates the attached PDF and DOCX files, when it creates the page.
The authors, publishers, ISBNs and call numbers are made up for the demo (the ISBN check digits are
real, so the numbers validate).
"""

import datetime
import io
import zipfile
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from xml.sax.saxutils import escape

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import timezone
from taggit.models import Tag
from wagtail.documents import get_document_model

from cabinet_site.slugs import latin_slug
from resources.models import (
    Availability,
    Language,
    ResourceDocumentLink,
    ResourcePage,
    ResourcePageTag,
    ResourceType,
    Subject,
)

from .builder import Deferred, PageSpec
from .text import T

# Deferred values: made when the record is created ------------------------------------------------


@dataclass(frozen=True)
class TermRef(Deferred):
    """A vocabulary term (type or subject) in the source language, found by its shared slug."""

    model: type
    slug: str

    def make(self, builder):
        return self.model.objects.get(slug=self.slug, locale=builder.source_locale)


@dataclass(frozen=True)
class TermsRef(Deferred):
    model: type
    slugs: tuple

    def make(self, builder):
        terms = {
            term.slug: term for term in self.model.objects.filter(slug__in=self.slugs, locale=builder.source_locale)
        }
        return [terms[slug] for slug in self.slugs]


@dataclass(frozen=True)
class LanguagesRef(Deferred):
    codes: tuple

    def make(self, builder):
        return list(Language.objects.filter(code__in=self.codes))


@dataclass(frozen=True)
class TagsRef(Deferred):
    names: tuple

    def make(self, builder):
        return [ResourcePageTag(tag=Tag.objects.get_or_create(name=name)[0]) for name in self.names]


@dataclass(frozen=True)
class DaysAgo(Deferred):
    """When the record joined the catalogue, so the newest-first lists have an order."""

    days: int

    def make(self, builder):
        return timezone.now() - datetime.timedelta(days=self.days, hours=self.days % 7)


@dataclass(frozen=True)
class GeneratedFile:
    """A PDF or DOCX made for a record: its title, language and text."""

    format: str  # "pdf" or "docx"
    language: str
    title: str
    paragraphs: tuple
    filename: str


@dataclass(frozen=True)
class FilesRef(Deferred):
    files: tuple

    def make(self, builder):
        return [
            ResourceDocumentLink(document=ensure_document(spec), sort_order=i) for i, spec in enumerate(self.files)
        ]


def ensure_document(spec):
    """The demo document with this title, generated the first time (and never replaced afterwards)."""
    Document = get_document_model()
    document = Document.objects.filter(title=spec.title).first()
    if document is None:
        data = (
            pdf_bytes(spec.title, spec.paragraphs) if spec.format == "pdf" else docx_bytes(spec.title, spec.paragraphs)
        )
        document = Document(title=spec.title, language=spec.language)
        document.file.save(spec.filename, ContentFile(data), save=False)
        document._set_document_file_metadata()  # size and hash, as an upload in the admin records them
        document.save()
    return document


# Generated files ---------------------------------------------------------------------------------

FONT_DIR = Path(settings.BASE_DIR) / "static" / "fonts"
# The site's own Noto Sans, split by Unicode range: Latin, Cyrillic, and Cyrillic Extended (ә ғ қ ң ө ү һ).
FONT_SUBSETS = (("notosans", "latin"), ("notosanscyr", "cyrillic"), ("notosanscyrext", "cyrillic-ext"))


@cache
def font_files():
    """The self-hosted WOFF2 fonts unpacked once to TrueType, which is what a PDF embeds."""
    from fontTools.ttLib import TTFont

    unpacked = {}
    for family, subset in FONT_SUBSETS:
        for style, weight in (("", 400), ("B", 700)):
            font = TTFont(FONT_DIR / f"noto-sans-{subset}-{weight}.woff2")
            font.flavor = None
            buffer = io.BytesIO()
            font.save(buffer)
            unpacked[family, style] = buffer.getvalue()
    return unpacked


def pdf_bytes(title, paragraphs):
    """A one-page A4 PDF with real, extractable Kazakh/Russian/English text in an embedded Noto Sans."""
    import tempfile

    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 20, 20)
    pdf.set_title(title)
    pdf.set_creator("Cabinet demo content")
    with tempfile.TemporaryDirectory() as folder:
        for (family, style), data in font_files().items():
            path = Path(folder) / f"{family}{style}.ttf"
            path.write_bytes(data)
            pdf.add_font(family, style, path)
    pdf.set_fallback_fonts(["notosanscyr", "notosanscyrext"])
    pdf.add_page()
    pdf.set_font("notosans", "B", 15)
    pdf.multi_cell(0, 8, title, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for paragraph in paragraphs:
        heading, _sep, text = paragraph.partition("\n")
        if text:
            pdf.set_font("notosans", "B", 11)
            pdf.multi_cell(0, 6, heading, align="L", new_x="LMARGIN", new_y="NEXT")
        else:
            text = heading
        pdf.set_font("notosans", "", 11)
        pdf.multi_cell(0, 6, text, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    return bytes(pdf.output())


DOCX_CONTENT_TYPES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" \
ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>"""

DOCX_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" \
Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" \
Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" \
Target="docProps/core.xml"/>
</Relationships>"""

DOCX_CORE = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:title>{title}</dc:title><dc:creator>{creator}</dc:creator>
</cp:coreProperties>"""

DOCX_DOCUMENT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>{body}\
<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>\
<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="708" w:footer="708" w:gutter="0"/>\
</w:sectPr></w:body></w:document>"""


def docx_paragraph(text, *, bold=False, size=None):
    properties = ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "")
    run_properties = f"<w:rPr>{properties}</w:rPr>" if properties else ""
    return f'<w:p><w:r>{run_properties}<w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>'


def docx_bytes(title, paragraphs):
    """A minimal Word document (a zip of four XML parts) that Word, LibreOffice and text extractors open."""
    body = [docx_paragraph(title, bold=True, size=32)]
    for paragraph in paragraphs:
        heading, _sep, text = paragraph.partition("\n")
        if text:
            body.append(docx_paragraph(heading, bold=True))
            body.append(docx_paragraph(text))
        else:
            body.append(docx_paragraph(heading))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", DOCX_CONTENT_TYPES)
        archive.writestr("_rels/.rels", DOCX_RELS)
        archive.writestr("docProps/core.xml", DOCX_CORE.format(title=escape(title), creator="Әдістемелік кабинет"))
        archive.writestr("word/document.xml", DOCX_DOCUMENT.format(body="".join(body)))
    return buffer.getvalue()


# What the generated files say, by record type and language ---------------------------------------

OUTLINES = {
    "lesson": {
        "kk": [
            "Оқу мақсаттары\nСабақтың соңында оқушылар жаңа ұғымды өз сөзімен түсіндіріп, оны тапсырмада "
            "қолдана алады.",
            "Бағалау критерийлері\nОқушы негізгі ұғымды анықтайды, мысал келтіреді және өз жұмысын дескриптор "
            "бойынша тексереді.",
            "Сабақтың барысы\nБасы: ынтымақтастық атмосферасы және мақсатпен таныстыру. Ортасы: жұптық және топтық "
            "жұмыс, саралап берілген тапсырмалар. Соңы: қорытынды және үй тапсырмасы.",
            "Кері байланыс\nОқушылар «Бағдаршам» әдісімен сабақты бағалайды, мұғалім рефлексия парағын толтырады.",
        ],
        "ru": [
            "Цели обучения\nК концу урока учащиеся объясняют новое понятие своими словами и применяют его в задании.",
            "Критерии оценивания\nУчащийся определяет основное понятие, приводит пример и проверяет свою работу "
            "по дескрипторам.",
            "Ход урока\nНачало: создание атмосферы сотрудничества и знакомство с целью. Середина: работа в парах и "
            "группах, дифференцированные задания. Конец: подведение итогов и домашнее задание.",
            "Обратная связь\nУчащиеся оценивают урок методом «Светофор», учитель заполняет лист рефлексии.",
        ],
        "en": [
            "Learning objectives\nBy the end of the lesson learners explain the new concept in their own words "
            "and use it in a task.",
            "Assessment criteria\nThe learner defines the key concept, gives an example and checks their work "
            "against the descriptors.",
            "Lesson stages\nBeginning: a cooperative atmosphere and the objectives. Middle: pair and group work "
            "with differentiated tasks. End: summary and homework.",
            "Feedback\nLearners rate the lesson with the “traffic light” technique; the teacher fills in a "
            "reflection sheet.",
        ],
    },
    "plan": {
        "kk": [
            "Мақсаты\nМұғалімдердің кәсіби шеберлігін арттыру және оқушылардың білім сапасын көтеру.",
            "Міндеттері\nЖас мамандарға тәлімгерлік көмек көрсету, ашық сабақтар мен семинарлар өткізу, озық "
            "тәжірибені жинақтау.",
            "Іс-шаралар кестесі\nҚыркүйек: жоспарды бекіту. Қараша: пән апталығы. Ақпан: тәжірибе алмасу семинары. "
            "Сәуір: шығармашылық есеп. Мамыр: жылдық талдау.",
            "Күтілетін нәтиже\nӘр мұғалім кемінде бір ашық сабақ өткізеді, үздік әзірлемелер кабинет қорына енеді.",
        ],
        "ru": [
            "Цель\nПовышение профессионального мастерства учителей и качества знаний учащихся.",
            "Задачи\nНаставничество для молодых специалистов, открытые уроки и семинары, обобщение передового опыта.",
            "План мероприятий\nСентябрь: утверждение плана. Ноябрь: предметная неделя. Февраль: семинар по обмену "
            "опытом. Апрель: творческий отчёт. Май: анализ работы за год.",
            "Ожидаемый результат\nКаждый учитель проводит не менее одного открытого урока, лучшие разработки "
            "пополняют фонд кабинета.",
        ],
        "en": [
            "Aim\nTo raise teachers’ professional skill and the quality of learners’ knowledge.",
            "Objectives\nMentoring for young specialists, open lessons and seminars, sharing the best practice.",
            "Calendar\nSeptember: the plan is approved. November: subject week. February: experience-exchange "
            "seminar. April: creative report. May: review of the year.",
            "Expected outcome\nEvery teacher gives at least one open lesson; the best lesson plans join the "
            "cabinet’s collection.",
        ],
    },
    "assessment": {
        "kk": [
            "Бағалау критерийлері\nБілу және түсіну, қолдану, жоғары деңгей дағдылары бойынша тапсырмалар берілген.",
            "Тапсырмалар\n1. Мәтінді оқып, негізгі ойды анықтаңыз. 2. Кестені толтырыңыз. 3. Өз пікіріңізді "
            "дәлелдеп жазыңыз.",
            "Дескрипторлар\nӘр тапсырмаға дескриптор мен балл көрсетілген; жалпы балл – 20.",
            "Балл қою кестесі\nМұғалім нәтижені журналға енгізіп, оқушыға жазбаша кері байланыс береді.",
        ],
        "ru": [
            "Критерии оценивания\nЗадания составлены по уровням: знание и понимание, применение, навыки высокого "
            "порядка.",
            "Задания\n1. Прочитайте текст и определите основную мысль. 2. Заполните таблицу. 3. Напишите своё "
            "мнение с доказательствами.",
            "Дескрипторы\nДля каждого задания указаны дескрипторы и баллы; общий балл – 20.",
            "Схема выставления баллов\nУчитель вносит результат в журнал и даёт учащемуся письменную обратную связь.",
        ],
        "en": [
            "Assessment criteria\nThe tasks cover knowledge and understanding, application and higher-order "
            "thinking skills.",
            "Tasks\n1. Read the text and find the main idea. 2. Complete the table. 3. Write your opinion and "
            "support it.",
            "Descriptors\nEach task has descriptors and marks; the total is 20 marks.",
            "Mark scheme\nThe teacher records the result and gives each learner written feedback.",
        ],
    },
    "guide": {
        "kk": [
            "Кіріспе\nҚұрал мұғалімнің күнделікті жұмысына арналған: әр бөлімде қысқа түсіндірме және сабақта "
            "қолдануға болатын мысалдар бар.",
            "Негізгі ұғымдар\nОқу мақсаты, бағалау критерийі, дескриптор, кері байланыс, саралау.",
            "Ұсыныстар\nӘдісті алдымен бір сыныпта сынап көріп, нәтижесін әріптестермен талқылаңыз.",
            "Қорытынды\nТәжірибе алмасу әдістемелік бірлестік отырысында немесе шеберлік сыныбында жалғасады.",
        ],
        "ru": [
            "Введение\nПособие предназначено для повседневной работы учителя: в каждом разделе краткое объяснение "
            "и примеры для урока.",
            "Основные понятия\nЦель обучения, критерий оценивания, дескриптор, обратная связь, дифференциация.",
            "Рекомендации\nСначала опробуйте приём в одном классе, затем обсудите результат с коллегами.",
            "Заключение\nОбмен опытом продолжается на заседании методического объединения или на мастер-классе.",
        ],
        "en": [
            "Introduction\nThe guide is for a teacher’s everyday work: each section gives a short explanation and "
            "examples for the lesson.",
            "Key terms\nLearning objective, assessment criterion, descriptor, feedback, differentiation.",
            "Recommendations\nTry the technique in one class first, then discuss the result with colleagues.",
            "Conclusion\nThe exchange of experience goes on at the methodological association or in a master class.",
        ],
    },
    "long-term": {
        "kk": [
            "Бөлімдер мен сағаттар\nОқу жылы тоқсандарға бөлінген: әр тоқсанның бөлімдері, тақырыптары және оларға "
            "берілетін сағат саны көрсетілген.",
            "Оқу мақсаттары\nӘр тақырыпқа үлгілік оқу бағдарламасындағы оқу мақсаттарының кодтары мен мәтіндері "
            "берілген.",
            "Жиынтық бағалау\nБөлім бойынша жиынтық бағалау (БЖБ) мен тоқсандық жиынтық бағалау (ТЖБ) өтетін апталар "
            "белгіленген.",
            "Қолданылуы\nҰзақ мерзімді жоспар орта мерзімді және қысқа мерзімді жоспарлардың негізі болады.",
        ],
        "ru": [
            "Разделы и часы\nУчебный год разбит на четверти: для каждой четверти указаны разделы, темы и количество "
            "часов на них.",
            "Цели обучения\nДля каждой темы приведены коды и формулировки целей обучения из типовой учебной "
            "программы.",
            "Суммативное оценивание\nОтмечены недели суммативного оценивания за раздел (СОР) и за четверть (СОЧ).",
            "Применение\nДолгосрочный план — основа среднесрочного и краткосрочного планирования.",
        ],
        "en": [
            "Units and hours\nThe school year is divided into terms: each term lists its units, topics and the hours "
            "given to them.",
            "Learning objectives\nEach topic gives the codes and wording of its learning objectives from the model "
            "curriculum.",
            "Summative assessment\nThe weeks of the unit and term summative assessments are marked.",
            "Use\nThe long-term plan is the basis of the medium-term and short-term plans.",
        ],
    },
}

OUTLINE_BY_TYPE = {
    "lesson-plan": "lesson",
    "presentation": "lesson",
    "work-plan": "plan",
    "assessment": "assessment",
}

# The records -------------------------------------------------------------------------------------


def isbn13(stem):
    """The 13-digit ISBN for a 12-digit stem, with its check digit."""
    digits = [int(c) for c in stem]
    assert len(digits) == 12, stem
    check = (10 - sum(d * (3 if i % 2 else 1) for i, d in enumerate(digits)) % 10) % 10
    return f"{stem}{check}"


CATALOGUE_OPENED = 2  # days ago the newest record joined


def record(
    number,
    title,
    description,
    *,
    type,
    subjects,
    grades=None,
    languages=("kk",),
    authors="",
    publisher="",
    year=None,
    isbn="",
    call_number="",
    copies=0,
    availability="",
    tags=(),
    files=(),
    url="",
    outline=None,
    kk_slug="",
):
    """A catalogue record as a PageSpec; `files` names the formats of the generated attachments.

    `outline` names what the generated files say (by default, what records of the type say);
    `kk_slug` keeps the address of a record whose Kazakh title changed, so that running the demo
    on a site made before finds the record instead of adding it again.
    """
    language = languages[0]
    generated = tuple(
        GeneratedFile(
            format=file_format,
            language=language,
            title=title.get(language) if language in ("kk", "ru", "en") else title.kk,
            paragraphs=(
                description.get(language),
                *OUTLINES[outline or OUTLINE_BY_TYPE.get(type, "guide")][language],
            ),
            filename=f"{latin_slug(title.get(language), 50)}.{file_format}",
        )
        for file_format in files
    )
    fields = {
        "description": description,
        "resource_type": TermRef(ResourceType, type),
        "subjects": TermsRef(Subject, tuple(subjects)),
        "grade_min": grades[0] if grades else None,
        "grade_max": grades[1] if grades else None,
        "languages": LanguagesRef(tuple(languages)),
        "authors": authors,
        "publisher": publisher,
        "year": year,
        "isbn": isbn13(isbn) if isbn else "",
        "call_number": call_number,
        "copies": copies,
        "availability": availability,
        "external_url": url,
        "external_id": f"MK-{number:04d}",
        "tagged_items": TagsRef(tuple(tags)),
        "document_links": FilesRef(generated),
        "first_published_at": DaysAgo(CATALOGUE_OPENED + 5 * (number - 1)),
    }
    return PageSpec(
        ResourcePage,
        slug=T(kk_slug or latin_slug(title.kk), latin_slug(title.ru), latin_slug(title.en)),
        title=title,
        fields=fields,
    )


ON_SHELF = Availability.ON_SHELF
ON_LOAN = Availability.ON_LOAN
READING_ROOM = Availability.READING_ROOM

ATAMURA = "Атамұра"
MEKTEP = "Мектеп"
ALMATYKITAP = "Алматыкітап баспасы"
ARMAN = "Арман-ПВ"
ZHAZUSHY = "Жазушы"
NIS = "«Назарбаев Зияткерлік мектептері» ДББҰ Педагогикалық шеберлік орталығы"
NIS_EN = "AEO Nazarbayev Intellectual Schools, Centre of Excellence"
ACADEMY = "Ы. Алтынсарин атындағы Ұлттық білім академиясы"
MINISTRY = "Қазақстан Республикасы Оқу-ағарту министрлігі"
CABINET = "Мектептің әдістемелік кабинеті"

YOUNG = "жас маман"
FORMATIVE = "қалыптастырушы бағалау"
SUMMATIVE = "жиынтық бағалау"
CAMBRIDGE = "Кембридж"
OPEN_LESSON = "ашық сабақ"
LITERACY = "функционалдық сауаттылық"
TRILINGUAL = "үштілді білім"
INCLUSIVE = "инклюзивті білім"

RECORDS = [
    # Lesson plans ----------------------------------------------------------------------------------
    record(
        1,
        T(
            "Қазақ тілі. 5-сынып. Сабақ жоспарлары",
            "Казахский язык. 5 класс. Планы уроков",
            "Kazakh language. Grade 5. Lesson plans",
        ),
        T(
            "Жаңартылған оқу бағдарламасы бойынша 5-сыныпқа арналған қысқа мерзімді жоспарлар: оқу мақсаттары, "
            "бағалау критерийлері және саралап берілген тапсырмалар.",
            "Краткосрочные планы для 5 класса по обновлённой учебной программе: цели обучения, критерии "
            "оценивания и дифференцированные задания.",
            "Short-term plans for grade 5 following the updated curriculum: learning objectives, assessment "
            "criteria and differentiated tasks.",
        ),
        type="lesson-plan",
        subjects=["kazakh-language"],
        grades=(5, 5),
        authors="Сапарова Гүлнар Қайратқызы; Әбдірахманова Жанар Төлеуқызы",
        publisher=ATAMURA,
        year=2022,
        isbn="978601331412",
        call_number="74.268.1Қаз С 19",
        copies=3,
        availability=ON_SHELF,
        tags=[YOUNG],
        files=["docx"],
    ),
    record(
        2,
        T(
            "Математика. 6-сынып. Қысқа мерзімді жоспарлар жинағы",
            "Математика. 6 класс. Сборник краткосрочных планов",
            "Mathematics. Grade 6. A collection of short-term plans",
        ),
        T(
            "Пропорция, рационал сандар және теңдеулер тақырыптарына арналған 40 сабақтың жоспары, жұмыс "
            "парақтарымен бірге.",
            "Планы 40 уроков по темам «Пропорция», «Рациональные числа» и «Уравнения» вместе с рабочими листами.",
            "Plans for 40 lessons on proportion, rational numbers and equations, with worksheets.",
        ),
        type="lesson-plan",
        subjects=["mathematics"],
        grades=(6, 6),
        authors="Жұмабекова Айгүл Серікқызы",
        publisher=MEKTEP,
        year=2023,
        isbn="978601071188",
        call_number="74.262.21 Ж 88",
        copies=2,
        availability=ON_LOAN,
        tags=[YOUNG],
        files=["docx"],
    ),
    record(
        3,
        T(
            "Орыс тілі. 7-сынып. Сабақ әзірлемелері",
            "Русский язык. 7 класс. Поурочные планы",
            "Russian language. Grade 7. Lesson-by-lesson plans",
        ),
        T(
            "Орыс тілінде оқытатын мектептерге арналған сабақ әзірлемелері: морфология, синтаксис және "
            "мәтінмен жұмыс.",
            "Поурочные разработки для школ с русским языком обучения: морфология, синтаксис и работа с текстом.",
            "Lesson-by-lesson plans for Russian-medium schools: morphology, syntax and work with texts.",
        ),
        type="lesson-plan",
        subjects=["russian-language"],
        grades=(7, 7),
        languages=("ru",),
        authors="Ковальчук Елена Викторовна",
        publisher=ALMATYKITAP,
        year=2021,
        isbn="978601013356",
        call_number="74.268.1Рус К 56",
        copies=2,
        availability=ON_SHELF,
    ),
    record(
        4,
        T(
            "Ағылшын тілі. 8-сынып. Бөлім бойынша сабақ жоспарлары",
            "Английский язык. 8 класс. Планы уроков по разделам",
            "English. Grade 8. Unit plans and lesson notes",
        ),
        T(
            "Әр бөлімге арналған жоспарлар: тыңдалым, оқылым, айтылым және жазылым дағдыларын дамытатын тапсырмалар.",
            "Планы по каждому разделу: задания на развитие навыков аудирования, чтения, говорения и письма.",
            "Plans for every unit, with tasks for listening, reading, speaking and writing skills.",
        ),
        type="lesson-plan",
        subjects=["english"],
        grades=(8, 8),
        languages=("en",),
        authors="Seitkali Aigerim; Omarova Dana",
        publisher=ARMAN,
        year=2022,
        isbn="978601318245",
        call_number="74.268.1Англ S 42",
        copies=2,
        availability=ON_SHELF,
        tags=[TRILINGUAL],
    ),
    record(
        5,
        T(
            "1-сынып. Сауат ашу сабақтарының әзірлемелері",
            "1 класс. Разработки уроков обучения грамоте",
            "Grade 1. Lesson plans for learning to read and write",
        ),
        T(
            "Әліпби кезеңіне арналған ойын элементтері бар сабақтар: дыбыс пен әріпті таныстыру, буынға бөлу, "
            "алғашқы оқу.",
            "Уроки периода обучения грамоте с игровыми элементами: знакомство со звуками и буквами, деление на "
            "слоги, первое чтение.",
            "Lessons with games for the alphabet period: sounds and letters, syllables, first reading.",
        ),
        type="lesson-plan",
        subjects=["primary-school", "kazakh-language"],
        grades=(1, 1),
        authors="Нұрмағамбетова Сәуле Бекқызы",
        publisher=ATAMURA,
        year=2020,
        isbn="978601331377",
        call_number="74.268.1Қаз Н 90",
        copies=4,
        availability=ON_SHELF,
        tags=[YOUNG],
        files=["docx"],
    ),
    record(
        6,
        T(
            "Физика. 9-сынып. Зертханалық жұмыстарға арналған сабақ жоспарлары",
            "Физика. 9 класс. Планы уроков с лабораторными работами",
            "Physics. Grade 9. Lesson plans with laboratory work",
        ),
        T(
            "Механика мен электр тогы бөлімдеріндегі зертханалық жұмыстардың нұсқаулары, қауіпсіздік ережелері "
            "және бағалау парақтары.",
            "Инструкции к лабораторным работам по механике и электрическому току, правила безопасности и листы "
            "оценивания.",
            "Instructions for the laboratory work in mechanics and electric current, safety rules and "
            "assessment sheets.",
        ),
        type="lesson-plan",
        subjects=["physics"],
        grades=(9, 9),
        authors="Төлеген Ерлан Маратұлы",
        publisher=MEKTEP,
        year=2019,
        isbn="978601070945",
        call_number="74.262.23 Т 52",
        copies=1,
        availability=READING_ROOM,
    ),
    record(
        7,
        T(
            "Химия. 8-сынып. Демонстрациялық тәжірибелері бар сабақ әзірлемелері",
            "Химия. 8 класс. Разработки уроков с демонстрационными опытами",
            "Chemistry. Grade 8. Lesson plans with demonstration experiments",
        ),
        T(
            "Бейорганикалық химия негіздеріне арналған сабақтар: әр тақырыпқа қауіпсіз демонстрациялық "
            "тәжірибе мен сұрақтар берілген.",
            "Уроки по основам неорганической химии: к каждой теме даны безопасный демонстрационный опыт и вопросы.",
            "Lessons on the basics of inorganic chemistry, each with a safe demonstration experiment and questions.",
        ),
        type="lesson-plan",
        subjects=["chemistry"],
        grades=(8, 8),
        languages=("ru",),
        authors="Ли Ирина Владимировна",
        publisher=ALMATYKITAP,
        year=2020,
        isbn="978601012878",
        call_number="74.262.4 Л 55",
        copies=2,
        availability=ON_LOAN,
    ),
    record(
        8,
        T(
            "Қазақстан тарихы. 7-сынып. Ашық сабақ әзірлемелері",
            "История Казахстана. 7 класс. Разработки открытых уроков",
            "History of Kazakhstan. Grade 7. Open lesson plans",
        ),
        T(
            "Аудандық байқауда жоғары бағаланған ашық сабақтар: Алтын Орда, Қазақ хандығының құрылуы, ұлы "
            "даланың мәдениеті.",
            "Открытые уроки, высоко оценённые на районном конкурсе: Золотая Орда, образование Казахского ханства, "
            "культура Великой степи.",
            "Open lessons praised at the district competition: the Golden Horde, the founding of the Kazakh "
            "Khanate, the culture of the Great Steppe.",
        ),
        type="lesson-plan",
        subjects=["history-of-kazakhstan"],
        grades=(7, 7),
        authors="Бекмұратов Асқар Жақсылықұлы",
        publisher=CABINET,
        year=2024,
        call_number="63.3(5Қаз) Б 42",
        copies=1,
        availability=READING_ROOM,
        tags=[OPEN_LESSON],
    ),
    record(
        9,
        T(
            "Информатика. 5–6-сыныптар. Блоктық бағдарламалау сабақтары",
            "Информатика. 5–6 классы. Уроки блочного программирования",
            "Computer science. Grades 5–6. Lessons in block-based programming",
        ),
        T(
            "Scratch ортасында алгоритм құруды үйрететін сабақтар тізбегі: сызықтық, тармақталған және "
            "циклдік алгоритмдер.",
            "Серия уроков по составлению алгоритмов в среде Scratch: линейные, разветвляющиеся и циклические "
            "алгоритмы.",
            "A series of lessons on building algorithms in Scratch: linear, branching and looping algorithms.",
        ),
        type="lesson-plan",
        subjects=["informatics"],
        grades=(5, 6),
        authors="Әлиев Нұрлан Бақытұлы",
        publisher=CABINET,
        year=2023,
        tags=["STEM"],
        files=["docx"],
    ),
    record(
        10,
        T(
            "Өзін-өзі тану. 3-сынып. Сабақ әзірлемелері",
            "Самопознание. 3 класс. Разработки уроков",
            "Self-knowledge. Grade 3. Lesson plans",
        ),
        T(
            "Жалпыадамзаттық құндылықтарға негізделген сабақтар: позитивті ой, дәйексөз, әңгіме, шығармашылық "
            "жұмыс және үйлесімді шеңбер.",
            "Уроки, основанные на общечеловеческих ценностях: позитивный настрой, цитата, рассказ, творческая "
            "работа и круг гармонии.",
            "Lessons built on universal human values: a positive start, a quotation, a story, creative work "
            "and a closing circle.",
        ),
        type="lesson-plan",
        subjects=["self-knowledge", "primary-school"],
        grades=(3, 3),
        authors="Оспанова Ләззат Тоқтарқызы",
        publisher=ATAMURA,
        year=2018,
        isbn="978601331209",
        call_number="88.37 О 75",
        copies=2,
        availability=ON_SHELF,
    ),
    # Methodological guides -------------------------------------------------------------------------
    record(
        11,
        T(
            "Қалыптастырушы бағалау: мұғалімге арналған әдістемелік нұсқаулық",
            "Формативное оценивание: методические рекомендации для учителя",
            "Formative assessment: methodological recommendations for teachers",
        ),
        T(
            "Сабақ барысында оқушының ілгерілеуін бақылау тәсілдері: оқу мақсаттары, бағалау критерийлері, "
            "дескрипторлар және тиімді кері байланыс.",
            "Приёмы отслеживания продвижения ученика на уроке: цели обучения, критерии оценивания, дескрипторы "
            "и эффективная обратная связь.",
            "Ways of following each learner’s progress during the lesson: learning objectives, assessment "
            "criteria, descriptors and effective feedback.",
        ),
        type="methodological-guide",
        subjects=["pedagogy"],
        authors="Мұхаметжанова Сәуле Қанатқызы; Ибраева Гүлжан Бахытжанқызы",
        publisher=NIS,
        year=2016,
        isbn="978601328085",
        call_number="74.202.8 М 92",
        copies=5,
        availability=ON_SHELF,
        tags=[FORMATIVE, CAMBRIDGE],
        files=["pdf"],
    ),
    record(
        12,
        T(
            "Сыныптағы қалыптастырушы бағалау: Кембридж бағдарламасы бойынша деңгейлік курстарға арналған нұсқаулық",
            "Формативное оценивание в классе: руководство по уровневым курсам Кембриджской программы",
            "Formative Assessment in the Classroom: a guide for the Cambridge-based level courses",
        ),
        T(
            "Деңгейлік курстардан өткен мұғалімдерге арналған ағылшын тіліндегі нұсқаулық: оқу үшін бағалау, "
            "сұрақ қою техникасы, өзара бағалау және өзін-өзі бағалау.",
            "Руководство на английском языке для учителей, прошедших уровневые курсы: оценивание для обучения, "
            "техника вопросов, взаимооценивание и самооценивание.",
            "A guide for teachers who completed the level courses: assessment for learning, questioning, peer "
            "assessment and self-assessment.",
        ),
        type="methodological-guide",
        subjects=["pedagogy"],
        languages=("en",),
        authors="Turner Sarah; Abenova Saltanat",
        publisher=NIS_EN,
        year=2015,
        isbn="978601328016",
        call_number="74.202.8 T 94",
        copies=3,
        availability=ON_SHELF,
        tags=[FORMATIVE, CAMBRIDGE],
        files=["pdf"],
    ),
    record(
        13,
        T(
            "Сабақтағы формативті бағалау: әдістемелік құрал",
            "Формативное оценивание на уроке: методическое пособие",
            "Formative assessment in the lesson: a methodological handbook",
        ),
        T(
            "Орыс тілінде оқытатын сыныптарға арналған тәсілдер жинағы: «Екі жұлдыз, бір тілек», «Аяқталмаған "
            "сөйлем», бағдаршам карточкалары.",
            "Сборник приёмов для классов с русским языком обучения: «Две звезды и одно пожелание», «Незаконченное "
            "предложение», карточки-светофоры.",
            "A collection of techniques for Russian-medium classes: two stars and a wish, unfinished sentences, "
            "traffic-light cards.",
        ),
        type="methodological-guide",
        subjects=["pedagogy"],
        languages=("ru",),
        authors="Федорова Наталья Сергеевна",
        publisher=ALMATYKITAP,
        year=2018,
        isbn="978601012601",
        call_number="74.202.8 Ф 33",
        copies=2,
        availability=ON_SHELF,
        tags=[FORMATIVE],
    ),
    record(
        14,
        T(
            "Жас маманға көмек: сабақты жоспарлау және талдау",
            "В помощь молодому специалисту: планирование и анализ урока",
            "Help for the young specialist: planning and analysing a lesson",
        ),
        T(
            "Алғашқы жылдары жұмыс істейтін мұғалімге арналған кеңестер: қысқа мерзімді жоспар құру, "
            "тәлімгермен жұмыс, өз сабағын талдау.",
            "Советы учителю первых лет работы: составление краткосрочного плана, работа с наставником, анализ "
            "собственного урока.",
            "Advice for teachers in their first years: writing a short-term plan, working with a mentor, "
            "analysing one’s own lesson.",
        ),
        type="methodological-guide",
        subjects=["pedagogy"],
        authors="Қасымова Айнұр Ержанқызы",
        publisher=ACADEMY,
        year=2021,
        isbn="978601729340",
        call_number="74.204 Қ 28",
        copies=4,
        availability=ON_SHELF,
        tags=[YOUNG],
        files=["pdf"],
    ),
    record(
        15,
        T("Сабақты талдау үлгілері", "Образцы анализа урока", "Lesson analysis samples"),
        T(
            "Әріптестің сабағына қатысқанда толтырылатын талдау үлгілері: мақсатқа жету, оқушылардың белсенділігі, "
            "уақытты пайдалану, бағалау.",
            "Образцы анализа урока при взаимопосещении: достижение цели, активность учащихся, использование "
            "времени, оценивание.",
            "Forms for analysing a colleague’s lesson: meeting the objective, learner engagement, use of time, "
            "assessment.",
        ),
        type="methodological-guide",
        subjects=["pedagogy"],
        authors="Тұрсынбаева Гүлмира Әбілқызы",
        publisher=CABINET,
        year=2024,
        tags=[YOUNG, OPEN_LESSON],
        files=["docx"],
    ),
    record(
        16,
        T(
            "Функционалдық сауаттылық: оқу сауаттылығын дамытатын тапсырмалар, 5–9-сыныптар",
            "Функциональная грамотность: задания для развития читательской грамотности, 5–9 классы",
            "Functional literacy: tasks for reading literacy, grades 5–9",
        ),
        T(
            "Үздіксіз және үзікті мәтіндер бойынша PISA үлгісіндегі тапсырмалар, жауап кілттерімен.",
            "Задания в формате PISA по сплошным и несплошным текстам с ключами ответов.",
            "PISA-style tasks on continuous and non-continuous texts, with answer keys.",
        ),
        type="methodological-guide",
        subjects=["russian-language", "russian-literature"],
        grades=(5, 9),
        languages=("ru",),
        authors="Абдуллина Ольга Ринатовна",
        publisher=ALMATYKITAP,
        year=2022,
        isbn="978601013745",
        call_number="74.268.1Рус А 13",
        copies=3,
        availability=ON_LOAN,
        tags=[LITERACY, "PISA"],
    ),
    record(
        17,
        T(
            "Математикалық сауаттылықты дамытуға арналған тапсырмалар, 5–9-сыныптар",
            "Задания для развития математической грамотности, 5–9 классы",
            "Tasks for mathematical literacy, grades 5–9",
        ),
        T(
            "Өмірлік жағдаяттарға құрылған есептер: отбасылық бюджет, жол картасы, диаграмманы оқу.",
            "Задачи на жизненные ситуации: семейный бюджет, карта маршрута, чтение диаграмм.",
            "Problems built on real-life situations: a family budget, a route map, reading charts.",
        ),
        type="methodological-guide",
        subjects=["mathematics", "algebra"],
        grades=(5, 9),
        authors="Серікбаев Дәурен Амангелдіұлы",
        publisher=ARMAN,
        year=2023,
        isbn="978601318351",
        call_number="74.262.21 С 32",
        copies=2,
        availability=ON_SHELF,
        tags=[LITERACY],
    ),
    record(
        18,
        T(
            "Бастауыш мектептегі критериалды бағалау",
            "Критериальное оценивание в начальной школе",
            "Criteria-based assessment in primary school",
        ),
        T(
            "1–4-сынып мұғалімдеріне арналған құрал: бөлім бойынша жиынтық бағалау, дескриптор құрастыру, "
            "ата-аналарға кері байланыс беру.",
            "Пособие для учителей 1–4 классов: суммативное оценивание за раздел, составление дескрипторов, "
            "обратная связь родителям.",
            "A handbook for teachers of grades 1–4: summative assessment by unit, writing descriptors, feedback "
            "to parents.",
        ),
        type="methodological-guide",
        subjects=["primary-school"],
        grades=(1, 4),
        languages=("ru",),
        authors="Смагулова Динара Ерболовна",
        publisher=MEKTEP,
        year=2017,
        isbn="978601070563",
        call_number="74.202.8 С 50",
        copies=2,
        availability=ON_SHELF,
        tags=[SUMMATIVE],
    ),
    record(
        19,
        T(
            "Кіші жастағы оқушыларға ағылшын тілін оқыту: 1–4-сыныптарға арналған жаттығулар",
            "Обучение английскому языку младших школьников: упражнения для 1–4 классов",
            "Teaching English to Young Learners: activities for grades 1–4",
        ),
        T(
            "Ән, қимылды ойындар және суретті карточкалар арқылы сөздік қорды молайту әдістері.",
            "Приёмы пополнения словарного запаса через песни, подвижные игры и карточки с картинками.",
            "Ways of building vocabulary through songs, movement games and picture cards.",
        ),
        type="methodological-guide",
        subjects=["english", "primary-school"],
        grades=(1, 4),
        languages=("en",),
        authors="Baimukhanova Zhuldyz",
        publisher=ARMAN,
        year=2021,
        isbn="978601318108",
        call_number="74.268.1Англ B 18",
        copies=2,
        availability=ON_SHELF,
        tags=[TRILINGUAL],
    ),
    record(
        20,
        T(
            "Инклюзивті білім беру: ерекше білім беру қажеттіліктері бар оқушылармен жұмыс",
            "Инклюзивное образование: работа с учащимися с особыми образовательными потребностями",
            "Inclusive education: working with learners with special educational needs",
        ),
        T(
            "Жеке оқу жоспарын құру, сабақты бейімдеу және тьютормен, ата-анамен бірлесіп жұмыс істеу "
            "бойынша ұсыныстар.",
            "Рекомендации по составлению индивидуального учебного плана, адаптации урока и совместной работе "
            "с тьютором и родителями.",
            "Recommendations on individual learning plans, adapting the lesson and working with the tutor and "
            "the parents.",
        ),
        type="methodological-guide",
        subjects=["pedagogy"],
        authors="Жақыпова Мәдина Сағатқызы",
        publisher=ACADEMY,
        year=2022,
        isbn="978601729401",
        call_number="74.5 Ж 21",
        copies=2,
        availability=ON_SHELF,
        tags=[INCLUSIVE],
    ),
    record(
        21,
        T(
            "Үштілді білім беру: жаратылыстану пәндерін ағылшын тілінде оқыту (CLIL)",
            "Трёхъязычное образование: преподавание естественных наук на английском языке (CLIL)",
            "Trilingual education: teaching science subjects in English (CLIL)",
        ),
        T(
            "Пән мен тілді кіріктіріп оқыту әдістемесі: терминдік сөздік, тілдік қолдау және көрнекіліктер.",
            "Методика предметно-языкового интегрированного обучения: терминологический словарь, языковая "
            "поддержка и наглядность.",
            "Content and language integrated learning: subject vocabulary, language support and visuals.",
        ),
        type="methodological-guide",
        subjects=["physics", "chemistry", "biology", "informatics"],
        grades=(7, 11),
        languages=("kk", "en"),
        authors="Есенова Қаламқас Маратқызы; Brown Peter",
        publisher=NIS,
        year=2019,
        isbn="978601328252",
        call_number="74.262 Е 80",
        copies=2,
        availability=ON_LOAN,
        tags=[TRILINGUAL, CAMBRIDGE],
    ),
    record(
        22,
        T(
            "Орыс тілінде оқытатын мектептерде қазақ тілін оқыту әдістемесі",
            "Методика преподавания казахского языка в школах с русским языком обучения",
            "Teaching Kazakh in Russian-medium schools: a methods handbook",
        ),
        T(
            "Қазақ тілін екінші тіл ретінде оқытудың коммуникативтік тәсілі: диалог, рөлдік ойын, мәтінмен жұмыс.",
            "Коммуникативный подход к обучению казахскому языку как второму: диалог, ролевая игра, работа с текстом.",
            "A communicative approach to Kazakh as a second language: dialogue, role play, work with texts.",
        ),
        type="methodological-guide",
        subjects=["kazakh-language"],
        grades=(1, 11),
        languages=("ru", "kk"),
        authors="Мусина Айжан Кайратовна",
        publisher=MEKTEP,
        year=2019,
        isbn="978601070822",
        call_number="74.268.1Қаз М 91",
        copies=3,
        availability=ON_SHELF,
        tags=[FORMATIVE],
    ),
    record(
        23,
        T(
            "Мектепалды даярлық: ойын арқылы оқыту",
            "Предшкольная подготовка: обучение через игру",
            "Pre-school preparation: learning through play",
        ),
        T(
            "Мектепалды сыныбына арналған дидактикалық ойындар: сөйлеуді дамыту, санау, қоршаған ортамен танысу.",
            "Дидактические игры для предшкольного класса: развитие речи, счёт, ознакомление с окружающим миром.",
            "Educational games for the pre-school class: speech, counting and getting to know the world around.",
        ),
        type="methodological-guide",
        subjects=["pre-school"],
        grades=(0, 0),
        kk_slug="mektepke-deiingi-daiarlyq-oiyn-arqyly-oqytu",
        authors="Әбілқасымова Ботагөз Нұрланқызы",
        publisher=ATAMURA,
        year=2020,
        isbn="978601331445",
        call_number="74.102 Ә 17",
        copies=2,
        availability=ON_SHELF,
    ),
    record(
        24,
        T(
            "STEM-сабақтар: жаратылыстану пәндерін кіріктіру",
            "STEM-уроки: интеграция естественных наук",
            "STEM lessons: bringing the science subjects together",
        ),
        T(
            "Жобалық тапсырмалар: қарапайым робот құрастыру, ауа райы станциясы, су сүзгісі.",
            "Проектные задания: сборка простого робота, метеостанция, фильтр для воды.",
            "Project tasks: building a simple robot, a weather station, a water filter.",
        ),
        type="methodological-guide",
        subjects=["natural-science", "physics", "informatics"],
        grades=(5, 8),
        authors="Қуанышев Бауыржан Серікұлы",
        publisher=ARMAN,
        year=2024,
        isbn="978601318412",
        call_number="74.262 Қ 78",
        copies=1,
        availability=ON_SHELF,
        tags=["STEM"],
    ),
    # Dictionaries -----------------------------------------------------------------------------------
    record(
        25,
        T("Орысша-қазақша сөздік", "Русско-казахский словарь", "Russian–Kazakh dictionary"),
        T(
            "Оқушылар мен мұғалімдерге арналған 40 мыңнан астам сөз бен сөз тіркесі енген сөздік.",
            "Словарь для учащихся и учителей: более 40 тысяч слов и словосочетаний.",
            "A dictionary for learners and teachers with more than 40,000 words and phrases.",
        ),
        type="dictionary",
        subjects=["kazakh-language", "russian-language"],
        languages=("ru", "kk"),
        authors="Исаев Серік Мұхтарұлы",
        publisher=ALMATYKITAP,
        year=2017,
        isbn="978601012298",
        call_number="81.2Қаз-4 И 85",
        copies=6,
        availability=ON_SHELF,
    ),
    record(
        26,
        T("Қазақша-орысша сөздік", "Казахско-русский словарь", "Kazakh–Russian dictionary"),
        T(
            "Мектеп оқулықтарындағы сөздерді қамтитын оқу сөздігі, грамматикалық белгілерімен.",
            "Учебный словарь, охватывающий лексику школьных учебников, с грамматическими пометами.",
            "A learner’s dictionary covering the words of school textbooks, with grammar labels.",
        ),
        type="dictionary",
        subjects=["kazakh-language", "russian-language"],
        languages=("kk", "ru"),
        authors="Исаев Серік Мұхтарұлы",
        publisher=ALMATYKITAP,
        year=2018,
        isbn="978601012410",
        call_number="81.2Қаз-4 И 85",
        copies=5,
        availability=ON_LOAN,
    ),
    record(
        27,
        T("Қазақ тілінің түсіндірме сөздігі", "Толковый словарь казахского языка", "Explanatory dictionary of Kazakh"),
        T(
            "Қазақ сөздерінің мағынасы, қолданылу мысалдары және тұрақты тіркестері берілген бір томдық сөздік.",
            "Однотомный словарь: значения казахских слов, примеры употребления и устойчивые сочетания.",
            "A one-volume dictionary with the meanings of Kazakh words, usage examples and set phrases.",
        ),
        type="dictionary",
        subjects=["kazakh-language", "kazakh-literature"],
        authors="Жанұзақов Т.; Жүнісбеков Ә.",
        publisher=ZHAZUSHY,
        year=2014,
        isbn="978996520712",
        call_number="81.2Қаз-4 Ж 22",
        copies=2,
        availability=READING_ROOM,
    ),
    record(
        28,
        T("Ағылшынша-қазақша-орысша сөздік", "Англо-казахско-русский словарь", "English–Kazakh–Russian dictionary"),
        T(
            "Үштілді оқытуға арналған сөздік: 20 мың жалпы және мектептік терминдер.",
            "Словарь для трёхъязычного обучения: 20 тысяч общеупотребительных слов и школьных терминов.",
            "A dictionary for trilingual teaching: 20,000 everyday words and school terms.",
        ),
        type="dictionary",
        subjects=["english"],
        languages=("en", "kk", "ru"),
        authors="Мамырова Гүлнәр; Smith Helen",
        publisher=ARMAN,
        year=2020,
        isbn="978601318191",
        call_number="81.2Англ-4 М 22",
        copies=4,
        availability=ON_SHELF,
        tags=[TRILINGUAL],
    ),
    record(
        29,
        T(
            "Мектеп оқушыларына арналған орыс тілінің орфографиялық сөздігі",
            "Орфографический словарь русского языка для школьников",
            "Russian spelling dictionary for school learners",
        ),
        T(
            "Жазылуы қиын 30 мың сөз, екпін белгілері және қысқаша ережелер.",
            "30 тысяч слов с трудным написанием, знаки ударения и краткие правила.",
            "30,000 words that are hard to spell, with stress marks and short rules.",
        ),
        type="dictionary",
        subjects=["russian-language"],
        languages=("ru",),
        authors="Кравченко Людмила Петровна",
        publisher=MEKTEP,
        year=2016,
        isbn="978601070419",
        call_number="81.2Рус-4 К 78",
        copies=4,
        availability=ON_SHELF,
    ),
    record(
        30,
        T(
            "Математикалық терминдердің үштілді сөздігі",
            "Трёхъязычный словарь математических терминов",
            "Trilingual dictionary of mathematical terms",
        ),
        T(
            "Мектеп курсындағы математика терминдері қазақ, орыс және ағылшын тілдерінде, анықтамаларымен.",
            "Термины школьного курса математики на казахском, русском и английском языках с определениями.",
            "The terms of school mathematics in Kazakh, Russian and English, with definitions.",
        ),
        type="dictionary",
        subjects=["mathematics", "algebra", "geometry"],
        languages=("kk", "ru", "en"),
        authors="Дүйсенбаев Ержан Қалиұлы",
        publisher=ATAMURA,
        year=2021,
        isbn="978601331506",
        call_number="22.1я2 Д 81",
        copies=3,
        availability=ON_SHELF,
        tags=[TRILINGUAL],
    ),
    record(
        31,
        T(
            "Биология терминдерінің түсіндірме сөздігі",
            "Толковый словарь биологических терминов",
            "Explanatory dictionary of biology terms",
        ),
        T(
            "Жасуша, генетика, экология тақырыптарындағы 3 мыңнан астам термин, суреттерімен.",
            "Более 3 тысяч терминов по темам «Клетка», «Генетика», «Экология» с иллюстрациями.",
            "More than 3,000 terms on the cell, genetics and ecology, with illustrations.",
        ),
        type="dictionary",
        subjects=["biology"],
        grades=(7, 11),
        authors="Оразбаева Ләйлә Жұмағалиқызы",
        publisher=MEKTEP,
        year=2015,
        isbn="978601070296",
        call_number="28я2 О 65",
        copies=2,
        availability=ON_SHELF,
    ),
    # Reference books --------------------------------------------------------------------------------
    record(
        32,
        T(
            "Қазақстан тарихы: хронологиялық анықтамалық",
            "История Казахстана: хронологический справочник",
            "History of Kazakhstan: a chronological reference",
        ),
        T(
            "Көне дәуірден бүгінге дейінгі негізгі оқиғалар мен тұлғалар, кестелер мен карталар.",
            "Основные события и личности с древности до наших дней, таблицы и карты.",
            "The main events and people from ancient times to the present, with tables and maps.",
        ),
        type="reference-book",
        subjects=["history-of-kazakhstan"],
        grades=(5, 11),
        authors="Қозыбаев Бекзат Манашұлы",
        publisher=ATAMURA,
        year=2019,
        isbn="978601331254",
        call_number="63.3(5Қаз)я2 Қ 59",
        copies=3,
        availability=ON_SHELF,
        tags=["ҰБТ"],
    ),
    record(
        33,
        T(
            "Физика бойынша анықтамалық, 7–11-сыныптар",
            "Справочник по физике для 7–11 классов",
            "Physics reference book for grades 7–11",
        ),
        T(
            "Формулалар, физикалық тұрақтылар, бірліктер жүйесі және есеп шығару үлгілері.",
            "Формулы, физические постоянные, системы единиц и образцы решения задач.",
            "Formulas, physical constants, systems of units and worked examples.",
        ),
        type="reference-book",
        subjects=["physics"],
        grades=(7, 11),
        languages=("ru",),
        authors="Ким Виктор Алексеевич",
        publisher=ALMATYKITAP,
        year=2018,
        isbn="978601012519",
        call_number="22.3я2 К 40",
        copies=3,
        availability=ON_SHELF,
    ),
    record(
        34,
        T(
            "Химия: формулалар мен анықтамалық кестелер",
            "Химия: формулы и справочные таблицы",
            "Chemistry: formulas and reference tables",
        ),
        T(
            "Ерігіштік кестесі, элементтердің электртерістілігі, реакция типтері және есептеу формулалары.",
            "Таблица растворимости, электроотрицательность элементов, типы реакций и расчётные формулы.",
            "A solubility table, electronegativity of the elements, reaction types and formulas for calculations.",
        ),
        type="reference-book",
        subjects=["chemistry"],
        grades=(8, 11),
        authors="Нұрғалиева Айым Тоқтарқызы",
        publisher=MEKTEP,
        year=2022,
        isbn="978601071096",
        call_number="24я2 Н 92",
        copies=2,
        availability=READING_ROOM,
    ),
    record(
        35,
        T(
            "Қазақстанның физикалық географиясы: анықтамалық атлас",
            "Физическая география Казахстана: справочный атлас",
            "Physical geography of Kazakhstan: a reference atlas",
        ),
        T(
            "Жер бедері, климат, өзендер мен көлдер, табиғи аймақтар картасы, статистикалық кестелер.",
            "Карты рельефа, климата, рек и озёр, природных зон, статистические таблицы.",
            "Maps of relief, climate, rivers and lakes and natural zones, with statistical tables.",
        ),
        type="reference-book",
        subjects=["geography"],
        grades=(7, 9),
        authors="Бейсенова Әлия Сейітқызы",
        publisher=ATAMURA,
        year=2020,
        isbn="978601331322",
        call_number="26.82я2 Б 41",
        copies=2,
        availability=ON_SHELF,
    ),
    record(
        36,
        T(
            "Сынып жетекшісінің анықтамалығы",
            "Справочник классного руководителя",
            "The class teacher’s handbook",
        ),
        T(
            "Тәрбие жұмысының жоспары, ата-аналар жиналысының үлгілері, сынып сағаттарының тақырыптары.",
            "План воспитательной работы, образцы родительских собраний, темы классных часов.",
            "A plan for pastoral work, sample parents’ meetings and topics for form periods.",
        ),
        type="reference-book",
        subjects=["pedagogy"],
        languages=("ru",),
        authors="Петренко Оксана Игоревна",
        publisher=ALMATYKITAP,
        year=2021,
        isbn="978601013127",
        call_number="74.200.58 П 30",
        copies=2,
        availability=ON_SHELF,
        tags=[YOUNG],
    ),
    record(
        37,
        T(
            "Математика: формулалар анықтамалығы, 5–11-сыныптар",
            "Математика: справочник формул, 5–11 классы",
            "Mathematics: a formula reference for grades 5–11",
        ),
        T(
            "Арифметика, алгебра, геометрия және анализ бастамаларының формулалары, сызбаларымен.",
            "Формулы арифметики, алгебры, геометрии и начал анализа с чертежами.",
            "Formulas of arithmetic, algebra, geometry and elementary calculus, with diagrams.",
        ),
        type="reference-book",
        subjects=["mathematics", "algebra", "geometry"],
        grades=(5, 11),
        authors="Байжанов Мұрат Сапарұлы",
        publisher=ATAMURA,
        year=2023,
        isbn="978601331568",
        call_number="22.1я2 Б 18",
        copies=4,
        availability=ON_SHELF,
        tags=["ҰБТ"],
    ),
    # Literature -------------------------------------------------------------------------------------
    record(
        38,
        T("Абай. Қара сөздер", "Абай. Слова назидания", "Abai. The Book of Words"),
        T(
            "Абай Құнанбайұлының қырық бес қара сөзі, түсініктемелерімен: әдебиет сабағы мен тәрбие сағатына.",
            "Сорок пять «Слов назидания» Абая Кунанбаева с комментариями: для уроков литературы и классных часов.",
            "Abai Kunanbayuly’s forty-five Words of Edification with notes, for literature lessons and form periods.",
        ),
        type="literature",
        subjects=["kazakh-literature"],
        grades=(8, 11),
        authors="Абай Құнанбайұлы",
        publisher=ZHAZUSHY,
        year=2020,
        isbn="978996520934",
        call_number="84(5Қаз)5 А 13",
        copies=8,
        availability=ON_SHELF,
    ),
    record(
        39,
        T(
            "Мұхтар Әуезов. Абай жолы. 1-кітап",
            "Мухтар Ауэзов. Путь Абая. Книга 1",
            "Mukhtar Auezov. The Path of Abai. Book 1",
        ),
        T(
            "Роман-эпопеяның бірінші кітабы: 10–11-сыныптардағы әдебиет бағдарламасы бойынша оқылады.",
            "Первая книга романа-эпопеи: читается по программе литературы в 10–11 классах.",
            "The first book of the epic novel, read in the literature course of grades 10–11.",
        ),
        type="literature",
        subjects=["kazakh-literature"],
        grades=(10, 11),
        authors="Әуезов Мұхтар",
        publisher=ZHAZUSHY,
        year=2017,
        isbn="978996520651",
        call_number="84(5Қаз)6 Ә 79",
        copies=6,
        availability=ON_LOAN,
    ),
    record(
        40,
        T(
            "Ыбырай Алтынсарин. Балаларға арналған әңгімелер",
            "Ыбырай Алтынсарин. Рассказы для детей",
            "Ybyrai Altynsarin. Stories for children",
        ),
        T(
            "«Қазақ хрестоматиясынан» алынған әңгімелер мен өлеңдер, бастауыш сыныптарда оқуға.",
            "Рассказы и стихи из «Киргизской хрестоматии» для чтения в начальных классах.",
            "Stories and poems from the Kazakh Reader, for reading in primary school.",
        ),
        type="literature",
        subjects=["kazakh-literature", "primary-school"],
        grades=(2, 4),
        authors="Алтынсарин Ыбырай",
        publisher=ATAMURA,
        year=2019,
        isbn="978601331285",
        call_number="84(5Қаз)1 А 52",
        copies=10,
        availability=ON_SHELF,
    ),
    record(
        41,
        T(
            "Орыс әдебиеті. 8-сыныпқа арналған хрестоматия",
            "Русская литература. Хрестоматия для 8 класса",
            "Russian literature. A reader for grade 8",
        ),
        T(
            "Бағдарламадағы шығармалардың толық мәтіндері мен үзінділері: Пушкин, Лермонтов, Гоголь.",
            "Полные тексты и отрывки программных произведений: Пушкин, Лермонтов, Гоголь.",
            "Full texts and extracts of the set works: Pushkin, Lermontov, Gogol.",
        ),
        type="literature",
        subjects=["russian-literature"],
        grades=(8, 8),
        languages=("ru",),
        authors="Шашкина Валентина Михайловна",
        publisher=ALMATYKITAP,
        year=2018,
        isbn="978601012663",
        call_number="84(2Рос=Рус)1 Ш 32",
        copies=12,
        availability=ON_SHELF,
    ),
    record(
        42,
        T("Мағжан Жұмабаев. Педагогика", "Магжан Жумабаев. Педагогика", "Magzhan Zhumabayev. Pedagogy"),
        T(
            "1922 жылы жазылған қазақ тіліндегі алғашқы педагогика оқулығының қайта басылымы.",
            "Переиздание первого учебника педагогики на казахском языке, написанного в 1922 году.",
            "A new edition of the first pedagogy textbook in Kazakh, written in 1922.",
        ),
        type="literature",
        subjects=["pedagogy"],
        authors="Жұмабаев Мағжан",
        publisher=ZHAZUSHY,
        year=2018,
        isbn="978996520897",
        call_number="74.00 Ж 88",
        copies=3,
        availability=READING_ROOM,
    ),
    record(
        43,
        T(
            "Ағылшын тіліндегі деңгейлік кітаптар: 5–7-сыныптарға арналған әңгімелер",
            "Книги для чтения на английском языке: рассказы для 5–7 классов",
            "Graded readers in English: stories for grades 5–7",
        ),
        T(
            "A1–A2 деңгейіне бейімделген қысқа әңгімелер, сөздігі мен түсінуге арналған сұрақтары бар.",
            "Короткие рассказы, адаптированные для уровня A1–A2, со словарём и вопросами на понимание.",
            "Short stories adapted to levels A1–A2, with a glossary and comprehension questions.",
        ),
        type="literature",
        subjects=["english"],
        grades=(5, 7),
        languages=("en",),
        authors="Karimova Assel",
        publisher=ARMAN,
        year=2022,
        isbn="978601318283",
        call_number="81.2Англ-93 K 21",
        copies=15,
        availability=ON_SHELF,
    ),
    # Scientific-methodological publications ---------------------------------------------------------
    record(
        44,
        T(
            "«Ұлағат» журналы: ғылыми-әдістемелік басылым, 2023 жылғы тігінді",
            "Журнал «Ұлағат»: научно-методическое издание, подшивка за 2023 год",
            "Ulagat journal: a scientific-methodological periodical, 2023 volume",
        ),
        T(
            "Мұғалімдердің тәжірибесі, ғылыми мақалалар және жаңа оқу бағдарламаларына шолу.",
            "Опыт учителей, научные статьи и обзоры новых учебных программ.",
            "Teachers’ experience, research articles and reviews of new curricula.",
        ),
        type="scientific-publication",
        subjects=["pedagogy"],
        authors="",
        publisher=ACADEMY,
        year=2023,
        call_number="74 Ұ 43",
        copies=1,
        availability=READING_ROOM,
    ),
    record(
        45,
        T(
            "«Педагогикалық шеберхана»: әдіскер мұғалімдердің мақалалар жинағы",
            "«Педагогическая мастерская»: сборник статей учителей-методистов",
            "The Teaching Workshop: articles by teacher-methodologists",
        ),
        T(
            "Қалалық ғылыми-практикалық конференция материалдары: сабақтағы цифрлық құралдар, жобалық оқыту.",
            "Материалы городской научно-практической конференции: цифровые инструменты на уроке, проектное обучение.",
            "Papers from the city research-to-practice conference: digital tools in the lesson, project-based "
            "learning.",
        ),
        type="scientific-publication",
        subjects=["pedagogy"],
        languages=("ru",),
        authors="Сулейменова Гульнара Тимуровна",
        publisher=CABINET,
        year=2024,
        call_number="74.202 П 24",
        copies=2,
        availability=ON_SHELF,
    ),
    record(
        46,
        T(
            "Сыныптағы іс-әрекеттегі зерттеу: мұғалімдердің кейстері",
            "Исследование в действии в классе: кейсы учителей",
            "Action Research in the Classroom: teachers’ case studies",
        ),
        T(
            "Деңгейлік курстардан кейін мұғалімдер жүргізген зерттеулер: сұрақ, деректер жинау, нәтиже және "
            "келесі қадам.",
            "Исследования, проведённые учителями после уровневых курсов: вопрос, сбор данных, результат и "
            "следующий шаг.",
            "Studies carried out by teachers after the level courses: the question, collecting data, the "
            "result and the next step.",
        ),
        type="scientific-publication",
        subjects=["pedagogy"],
        languages=("en",),
        authors="Nurgaliyeva Kamila; Wilson James",
        publisher=NIS_EN,
        year=2017,
        isbn="978601328115",
        call_number="74.202 A 18",
        copies=2,
        availability=ON_SHELF,
        tags=[CAMBRIDGE],
    ),
    record(
        47,
        T(
            "Оқушылардың зерттеушілік дағдыларын дамыту: ғылыми-әдістемелік жинақ",
            "Развитие исследовательских навыков учащихся: научно-методический сборник",
            "Developing learners’ research skills: a scientific-methodological collection",
        ),
        T(
            "Жаратылыстану бағытындағы ғылыми жобаларды жоспарлау, эксперимент жүргізу және қорғау.",
            "Планирование, проведение эксперимента и защита научных проектов естественнонаучного направления.",
            "Planning science projects, carrying out experiments and presenting the results.",
        ),
        type="scientific-publication",
        subjects=["biology", "natural-science"],
        grades=(5, 11),
        authors="Тәжібаева Роза Омарқызы",
        publisher=ACADEMY,
        year=2021,
        isbn="978601729364",
        call_number="74.262.8 Т 13",
        copies=2,
        availability=ON_SHELF,
        tags=["STEM"],
    ),
    record(
        48,
        T(
            "«Бастауыш мектеп» журналы, 2024 жыл",
            "Журнал «Бастауыш мектеп» («Начальная школа»), 2024 год",
            "Bastauysh Mektep (Primary School) journal, 2024",
        ),
        T(
            "Бастауыш сынып мұғалімдеріне арналған ай сайынғы журнал: сабақ үлгілері, ойындар, кеңестер.",
            "Ежемесячный журнал для учителей начальных классов: образцы уроков, игры, советы.",
            "A monthly journal for primary teachers: sample lessons, games and advice.",
        ),
        type="scientific-publication",
        subjects=["primary-school"],
        grades=(1, 4),
        publisher="Бастауыш мектеп",
        year=2024,
        call_number="74.100 Б 28",
        copies=1,
        availability=READING_ROOM,
    ),
    # Presentations ----------------------------------------------------------------------------------
    record(
        49,
        T(
            "Қалыптастырушы бағалау әдістері: шеберлік сыныбының презентациясы",
            "Приёмы формативного оценивания: презентация мастер-класса",
            "Formative assessment techniques: a master-class presentation",
        ),
        T(
            "Қалалық тәжірибе алмасу семинарында көрсетілген шеберлік сыныбының слайдтары мен ескертпелері.",
            "Слайды и заметки мастер-класса, показанного на городском семинаре по обмену опытом.",
            "Slides and notes from the master class given at the city experience-exchange seminar.",
        ),
        type="presentation",
        subjects=["pedagogy", "kazakh-language"],
        authors="Серікова Жанна Маратқызы",
        publisher=CABINET,
        year=2019,
        tags=[FORMATIVE, "шеберлік сыныбы"],
        files=["pdf"],
    ),
    record(
        50,
        T(
            "Фотосинтез: 8-сыныпқа арналған сабақ презентациясы",
            "Фотосинтез: презентация к уроку в 8 классе",
            "Photosynthesis: a lesson presentation for grade 8",
        ),
        T(
            "Ағылшын тіліндегі слайдтар: фотосинтез кезеңдері, хлорофилл, жарықтың рөлі және тәжірибе.",
            "Слайды на английском языке: этапы фотосинтеза, хлорофилл, роль света и опыт.",
            "Slides in English: the stages of photosynthesis, chlorophyll, the role of light and an experiment.",
        ),
        type="presentation",
        subjects=["biology"],
        grades=(8, 8),
        languages=("en",),
        authors="Zhaksylykova Aruzhan",
        publisher=CABINET,
        year=2023,
        tags=[TRILINGUAL],
        files=["pdf"],
    ),
    record(
        51,
        T(
            "Ұлы Жібек жолы Қазақстан жерінде: сабаққа арналған презентация",
            "Великий Шёлковый путь на территории Казахстана: презентация к уроку",
            "The Great Silk Road in Kazakhstan: a lesson presentation",
        ),
        T(
            "Карталар мен суреттер: керуен жолдары, ортағасырлық қалалар, сауда және мәдениет алмасуы.",
            "Карты и иллюстрации: караванные пути, средневековые города, торговля и культурный обмен.",
            "Maps and pictures: caravan routes, medieval towns, trade and cultural exchange.",
        ),
        type="presentation",
        subjects=["history-of-kazakhstan", "world-history"],
        grades=(6, 7),
        languages=("ru",),
        authors="Ахметова Асель Нурлановна",
        publisher=CABINET,
        year=2022,
        files=["pdf"],
    ),
    record(
        52,
        T(
            "Қазақстанның климаты: 8-сыныпқа арналған презентация",
            "Климат Казахстана: презентация для 8 класса",
            "The climate of Kazakhstan: a presentation for grade 8",
        ),
        T(
            "Климат түзуші факторлар, температура мен жауын-шашын карталары, климаттық белдеулер.",
            "Климатообразующие факторы, карты температур и осадков, климатические пояса.",
            "The factors that shape climate, temperature and rainfall maps, climate zones.",
        ),
        type="presentation",
        subjects=["geography"],
        grades=(8, 8),
        authors="Мейрамова Гүлназ Ерланқызы",
        publisher=CABINET,
        year=2024,
        files=["pdf"],
    ),
    # Assessment -------------------------------------------------------------------------------------
    record(
        53,
        T(
            "Қазақ тілі. 6-сынып. Бөлім бойынша жиынтық бағалау тапсырмалары",
            "Казахский язык. 6 класс. Задания для суммативного оценивания за раздел",
            "Kazakh language. Grade 6. Summative assessment tasks by unit",
        ),
        T(
            "Әр бөлімге арналған БЖБ тапсырмалары, дескрипторлары және балл қою кестесі.",
            "Задания СОР по каждому разделу с дескрипторами и схемой выставления баллов.",
            "Unit summative tasks with descriptors and a mark scheme.",
        ),
        type="assessment",
        subjects=["kazakh-language"],
        grades=(6, 6),
        authors="Дәулетова Ақмарал Сәкенқызы",
        publisher=CABINET,
        year=2024,
        tags=[SUMMATIVE],
        files=["pdf"],
    ),
    record(
        54,
        T(
            "Математика. 5-сынып. Тоқсандық жиынтық бағалау тапсырмалары",
            "Математика. 5 класс. Задания для суммативного оценивания за четверть",
            "Mathematics. Grade 5. Summative assessment tasks for the term",
        ),
        T(
            "Төрт тоқсанға арналған ТЖБ нұсқалары: екі нұсқадан, жауаптары мен спецификациясы бар.",
            "Варианты СОЧ на четыре четверти: по два варианта с ответами и спецификацией.",
            "Term tests for all four terms, two versions each, with answers and a specification.",
        ),
        type="assessment",
        subjects=["mathematics"],
        grades=(5, 5),
        languages=("ru",),
        authors="Гончаренко Светлана Юрьевна",
        publisher=CABINET,
        year=2023,
        tags=[SUMMATIVE],
        files=["pdf"],
    ),
    record(
        55,
        T(
            "Физика. 10-сынып. Тоқсандық жиынтық бағалаудың спецификациясы",
            "Физика. 10 класс. Спецификация суммативного оценивания за четверть",
            "Physics. Grade 10. Specification for the term summative assessment",
        ),
        T(
            "Бағалауға жататын оқу мақсаттары, ойлау дағдыларының деңгейлері және тапсырмалар үлгісі.",
            "Проверяемые цели обучения, уровни мыслительных навыков и образцы заданий.",
            "The learning objectives assessed, levels of thinking skills and sample tasks.",
        ),
        type="assessment",
        subjects=["physics"],
        grades=(10, 10),
        authors="Қалиев Ернар Болатұлы",
        publisher=ACADEMY,
        year=2022,
        tags=[SUMMATIVE],
    ),
    record(
        56,
        T(
            "Ағылшын тілі. 7-сынып. Тоқсандық жиынтық бағалау тапсырмалары",
            "Английский язык. 7 класс. Задания для суммативного оценивания за четверть",
            "English. Grade 7. Summative assessment tasks for the term",
        ),
        T(
            "Тыңдалым, оқылым, жазылым және айтылым бөлімдерінен тұратын ТЖБ нұсқалары, аудиомәтіндерімен.",
            "Варианты СОЧ из разделов аудирования, чтения, письма и говорения с аудиотекстами.",
            "Term tests with listening, reading, writing and speaking sections, with audio scripts.",
        ),
        type="assessment",
        subjects=["english"],
        grades=(7, 7),
        languages=("en",),
        authors="Tulegenova Madina",
        publisher=CABINET,
        year=2024,
        tags=[SUMMATIVE],
        files=["pdf"],
    ),
    record(
        57,
        T(
            "ҰБТ-ға дайындық: Қазақстан тарихынан тест тапсырмалары",
            "Подготовка к ЕНТ: тестовые задания по истории Казахстана",
            "Preparing for the UNT: test items in the history of Kazakhstan",
        ),
        T(
            "Ұлттық бірыңғай тестілеу форматындағы 1200 тапсырма, тақырыптар бойынша топтастырылған.",
            "1200 заданий в формате единого национального тестирования, сгруппированных по темам.",
            "1,200 items in the format of the Unified National Testing, grouped by topic.",
        ),
        type="assessment",
        subjects=["history-of-kazakhstan"],
        grades=(11, 11),
        authors="Жолдасбаев Серік Қасымұлы",
        publisher=ARMAN,
        year=2024,
        isbn="978601318474",
        call_number="63.3(5Қаз)я7 Ж 79",
        copies=5,
        availability=ON_LOAN,
        tags=["ҰБТ"],
    ),
    record(
        58,
        T(
            "Оқу сауаттылығы: PISA үлгісіндегі тапсырмалар",
            "Читательская грамотность: задания в формате PISA",
            "Reading literacy: PISA-style tasks",
        ),
        T(
            "15 жастағы оқушыларға арналған мәтіндер мен сұрақтар: ақпаратты табу, түсіндіру, бағалау.",
            "Тексты и вопросы для пятнадцатилетних учащихся: поиск информации, интерпретация, оценка.",
            "Texts and questions for fifteen-year-olds: finding information, interpreting and evaluating.",
        ),
        type="assessment",
        subjects=["kazakh-language", "kazakh-literature"],
        grades=(8, 10),
        authors="Смағұлова Динара; Әбенова Салтанат",
        publisher=NIS,
        year=2021,
        isbn="978601328290",
        call_number="74.268.1Қаз С 50",
        copies=3,
        availability=ON_SHELF,
        tags=[LITERACY, "PISA"],
    ),
    # Normative documents ----------------------------------------------------------------------------
    record(
        59,
        T(
            "Мектепке дейінгі тәрбие мен оқытудың, бастауыш, негізгі орта және жалпы орта білім берудің "
            "мемлекеттік жалпыға міндетті стандарттары",
            "Государственные общеобязательные стандарты дошкольного воспитания и обучения, начального, "
            "основного среднего и общего среднего образования",
            "State compulsory standards of pre-school, primary, basic secondary and general secondary education",
        ),
        T(
            "Білім беру мазмұнына, оқу жүктемесінің ең жоғары көлеміне және оқушылардың дайындық деңгейіне "
            "қойылатын талаптар.",
            "Требования к содержанию образования, максимальному объёму учебной нагрузки и уровню подготовки "
            "обучающихся.",
            "The requirements for the content of education, the maximum teaching load and the learners’ "
            "level of attainment.",
        ),
        type="normative-document",
        subjects=["pedagogy"],
        grades=(0, 11),
        languages=("kk", "ru"),
        publisher=MINISTRY,
        year=2022,
        tags=["МЖМБС"],
        files=["pdf"],
    ),
    record(
        60,
        T(
            "Жалпы білім беретін пәндер бойынша үлгілік оқу бағдарламалары",
            "Типовые учебные программы по общеобразовательным предметам",
            "Model curricula for general education subjects",
        ),
        T(
            "Әр пәннің оқу мақсаттары сынып пен бөлім бойынша берілген; ұзақ мерзімді жоспар құруға негіз.",
            "Цели обучения по каждому предмету, распределённые по классам и разделам; основа долгосрочного "
            "планирования.",
            "The learning objectives of every subject by grade and unit: the basis for long-term planning.",
        ),
        type="normative-document",
        subjects=["pedagogy"],
        grades=(1, 11),
        languages=("ru",),
        publisher=MINISTRY,
        year=2022,
        url="https://adilet.zan.kz/",
    ),
    record(
        61,
        T(
            "Білім алушылардың оқу жетістіктерін критериалды бағалау қағидалары",
            "Правила критериального оценивания учебных достижений обучающихся",
            "Rules for the criteria-based assessment of learners’ achievements",
        ),
        T(
            "Қалыптастырушы және жиынтық бағалауды ұйымдастыру тәртібі, баллды бағаға ауыстыру шкаласы.",
            "Порядок организации формативного и суммативного оценивания, шкала перевода баллов в оценки.",
            "How formative and summative assessment are organised, and the scale for turning marks into grades.",
        ),
        type="normative-document",
        subjects=["pedagogy"],
        grades=(1, 11),
        publisher=MINISTRY,
        year=2023,
        tags=[FORMATIVE, SUMMATIVE],
        files=["pdf"],
    ),
    record(
        62,
        T("Педагогтің әдеп қағидалары", "Правила педагогической этики", "Code of conduct for teachers"),
        T(
            "Педагогтің оқушылармен, ата-аналармен және әріптестерімен қарым-қатынасындағы негізгі нормалар.",
            "Основные нормы поведения педагога в отношениях с учащимися, родителями и коллегами.",
            "The main rules for a teacher’s conduct towards learners, parents and colleagues.",
        ),
        type="normative-document",
        subjects=["pedagogy"],
        publisher=MINISTRY,
        year=2020,
    ),
    record(
        63,
        T(
            "Жас педагогтерге тәлімгерлікті ұйымдастыру қағидалары",
            "Правила организации наставничества для молодых педагогов",
            "Rules for mentoring young teachers",
        ),
        T(
            "Тәлімгерді тағайындау, жас маманмен бірлескен жұмыс жоспары және жыл соңындағы есеп.",
            "Назначение наставника, совместный план работы с молодым специалистом и отчёт в конце года.",
            "Appointing a mentor, a joint work plan with the young specialist and the end-of-year report.",
        ),
        type="normative-document",
        subjects=["pedagogy"],
        languages=("ru",),
        publisher=MINISTRY,
        year=2021,
        tags=[YOUNG],
    ),
    # Work plans -------------------------------------------------------------------------------------
    record(
        64,
        T(
            "Әдістемелік кабинеттің 2024–2025 оқу жылына арналған жұмыс жоспары",
            "План работы методического кабинета на 2024–2025 учебный год",
            "The methodological cabinet’s work plan for the 2024–2025 school year",
        ),
        T(
            "Семинарлар, ашық сабақтар, пән апталықтары, аттестацияға дайындық және жас мамандармен жұмыс "
            "айлар бойынша.",
            "Семинары, открытые уроки, предметные недели, подготовка к аттестации и работа с молодыми "
            "специалистами по месяцам.",
            "Seminars, open lessons, subject weeks, preparation for attestation and work with young specialists, "
            "month by month.",
        ),
        type="work-plan",
        subjects=["pedagogy"],
        authors="Жұмағұлова Бақыт Серікқызы",
        publisher=CABINET,
        year=2024,
        files=["docx"],
    ),
    record(
        65,
        T(
            "Қазақ тілі мен әдебиеті әдістемелік бірлестігінің жылдық жоспары",
            "Годовой план методического объединения учителей казахского языка и литературы",
            "Annual plan of the Kazakh language and literature teachers’ association",
        ),
        T(
            "Бірлестік отырыстарының тақырыптары, пән апталығы, олимпиадаға дайындық және өзара сабаққа қатысу.",
            "Темы заседаний объединения, предметная неделя, подготовка к олимпиаде и взаимопосещение уроков.",
            "Topics of the association’s meetings, subject week, olympiad preparation and visits to each "
            "other’s lessons.",
        ),
        type="work-plan",
        subjects=["kazakh-language", "kazakh-literature"],
        authors="Айтжанова Гүлсім Қуанышқызы",
        publisher=CABINET,
        year=2024,
        files=["docx"],
    ),
    record(
        66,
        T(
            "Жас мамандармен жұмыс жылдық жоспары (тәлімгерлік)",
            "Годовой план работы с молодыми специалистами (наставничество)",
            "Annual plan for work with young specialists (mentoring)",
        ),
        T(
            "Тәлімгер мен жас маманның бірлескен іс-шаралары: сабаққа қатысу, құжаттама, кеңес беру.",
            "Совместные мероприятия наставника и молодого специалиста: посещение уроков, документация, консультации.",
            "Joint activities of the mentor and the young specialist: lesson visits, documentation and advice.",
        ),
        type="work-plan",
        subjects=["pedagogy"],
        languages=("ru",),
        authors="Носова Ирина Геннадьевна",
        publisher=CABINET,
        year=2024,
        tags=[YOUNG],
        files=["docx"],
    ),
    record(
        67,
        T(
            "Алгебра және геометрия. 7-сынып. Ұзақ мерзімді жоспар",
            "Алгебра и геометрия. 7 класс. Долгосрочный план",
            "Algebra and geometry. Grade 7. Long-term plan",
        ),
        T(
            "Оқу жылына арналған бөлімдер, тақырыптар, оқу мақсаттары және сағат саны.",
            "Разделы, темы, цели обучения и количество часов на учебный год.",
            "Units, topics, learning objectives and hours for the school year.",
        ),
        type="lesson-plan",
        outline="long-term",
        subjects=["algebra", "geometry"],
        grades=(7, 7),
        authors="Ахметжанов Нұрбол Ерланұлы",
        publisher=CABINET,
        year=2024,
        files=["docx"],
    ),
    record(
        68,
        T(
            "Ағылшын тілі. 5-сынып. Ұзақ мерзімді жоспар",
            "Английский язык. 5 класс. Долгосрочный план",
            "English. Grade 5. Long-term plan",
        ),
        T(
            "Тоқсандар бойынша бөлінген бөлімдер мен оқу мақсаттары, жиынтық бағалау кестесімен.",
            "Разделы и цели обучения по четвертям с графиком суммативного оценивания.",
            "Units and learning objectives by term, with the summative assessment calendar.",
        ),
        type="lesson-plan",
        outline="long-term",
        subjects=["english"],
        grades=(5, 5),
        languages=("en",),
        authors="Abdikarimova Zarina",
        publisher=CABINET,
        year=2024,
        files=["docx"],
    ),
    record(
        69,
        T(
            "«Функционалдық сауаттылық» шығармашылық тобының жұмыс жоспары",
            "План работы творческой группы «Функциональная грамотность»",
            "Work plan of the Functional Literacy creative group",
        ),
        T(
            "Топтың жылдық мақсаты, тоқсан сайынғы отырыстар, аудандық семинар және тәжірибені жинақтау.",
            "Годовая цель группы, ежечетвертные заседания, районный семинар и обобщение опыта.",
            "The group’s aim for the year, termly meetings, a district seminar and writing up the experience.",
        ),
        type="work-plan",
        subjects=["pedagogy", "mathematics", "kazakh-language"],
        authors="Оразова Ғалия Тимурқызы",
        publisher=CABINET,
        year=2024,
        tags=[LITERACY],
        files=["docx"],
    ),
]


def check_slugs_are_unique(records):
    for language in ("kk", "ru", "en"):
        slugs = [spec.slug.get(language) for spec in records]
        duplicates = {slug for slug in slugs if slugs.count(slug) > 1}
        assert not duplicates, f"Demo records share {language} slugs: {duplicates}"


check_slugs_are_unique(RECORDS)
