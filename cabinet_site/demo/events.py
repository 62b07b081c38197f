"""Demo events and news in Kazakh, Russian and English.

Upcoming events are dated relative to the day the demo is built, so the site always has some, and
fall on working days (never on a weekend or a public holiday of Kazakhstan); the past city seminar
on formative assessment (1 February 2019) and its report are written for the demo after the kind
of event seed 004 describes. Names of people in it are made up.
"""

import datetime
from dataclasses import dataclass

from django.utils import timezone

from cabinet_site.slugs import latin_slug
from events.models import (
    EventGalleryImage,
    EventKind,
    EventPage,
    EventResourceLink,
    NewsPage,
    NewsPageGalleryImage,
    NewsPageTag,
)
from events.schedule import ALMATY
from resources.models import ResourcePage, Subject

from .builder import Deferred, ImageRef, PageSpec
from .catalogue import TermRef, TermsRef
from .text import T

# Deferred values: made when the page is created ----------------------------------------------------


@dataclass(frozen=True)
class On(Deferred):
    """A fixed moment in Almaty."""

    year: int
    month: int
    day: int
    hour: int = 0
    minute: int = 0

    def make(self, builder):
        return datetime.datetime(self.year, self.month, self.day, self.hour, self.minute, tzinfo=ALMATY)


# Public holidays of Kazakhstan with a fixed date (month, day). Kurban ait moves with the lunar
# calendar and is left out.
PUBLIC_HOLIDAYS = {
    (1, 1), (1, 2), (1, 7), (3, 8), (3, 21), (3, 22), (3, 23), (5, 1), (5, 7), (5, 9), (7, 6), (8, 30),
    (10, 25), (12, 16),
}  # fmt: skip


def demo_today():
    return timezone.localdate(timezone.now(), ALMATY)


def is_working_day(day):
    return day.weekday() < 5 and (day.month, day.day) not in PUBLIC_HOLIDAYS


def working_day(day, *, backwards=False):
    """`day` if schools work on it, else the next working day (or, backwards, the one before)."""
    step = datetime.timedelta(days=-1 if backwards else 1)
    while not is_working_day(day):
        day += step
    return day


@dataclass(frozen=True)
class InDays(Deferred):
    """A moment about `days` from the day the demo is built, at `hour`:`minute` in Almaty, on a working day.

    A day off moves the moment on to the next working day (back to the one before, for a past
    event); `then` counts that many working days further, for the last day of a longer event.
    """

    days: int
    hour: int = 0
    minute: int = 0
    then: int = 0

    def make(self, builder):
        day = working_day(demo_today() + datetime.timedelta(days=self.days), backwards=self.days < 0)
        for _ in range(self.then):
            day = working_day(day + datetime.timedelta(days=1))
        return datetime.datetime.combine(day, datetime.time(self.hour, self.minute), tzinfo=ALMATY)


@dataclass(frozen=True)
class DayInDays(Deferred):
    """The date `days` from the day the demo is built: a news item's date, any day of the week."""

    days: int

    def make(self, builder):
        return demo_today() + datetime.timedelta(days=self.days)


@dataclass(frozen=True)
class Gallery(Deferred):
    model: type
    keys: tuple

    def make(self, builder):
        return [self.model(image=builder.images[key], sort_order=i) for i, key in enumerate(self.keys)]


@dataclass(frozen=True)
class Materials(Deferred):
    """Catalogue records (found by their Kazakh title) shown as the event's materials."""

    titles: tuple

    def make(self, builder):
        links = []
        for title in self.titles:
            record = ResourcePage.objects.filter(slug=latin_slug(title), locale=builder.source_locale).first()
            if record is not None:
                links.append(EventResourceLink(resource=record, sort_order=len(links)))
        return links


@dataclass(frozen=True)
class EventRef(Deferred):
    slug: str

    def make(self, builder):
        return EventPage.objects.filter(slug=self.slug, locale=builder.source_locale).first()


@dataclass(frozen=True)
class NewsTags(Deferred):
    names: tuple

    def make(self, builder):
        from taggit.models import Tag

        return [NewsPageTag(tag=Tag.objects.get_or_create(name=name)[0]) for name in self.names]


def paragraph(kk, ru, en):
    return ("paragraph", T(f"<p>{kk}</p>", f"<p>{ru}</p>", f"<p>{en}</p>"))


def item(time, title, speaker=None, room=None):
    return ("item", {"time": time, "title": title, "speaker": speaker or "", "room": room or ""})


SEMINAR_2019 = "tazhiribe-alany-2019"
KAZAKH = ("kazakh-language", "kazakh-literature")

# Events -------------------------------------------------------------------------------------------

FORMATIVE_SEMINAR = PageSpec(
    EventPage,
    slug=T(SEMINAR_2019, "ploshchadka-obmena-opytom-2019", "experience-exchange-2019"),
    title=T(
        "Тәжірибе алаңы: қазақ тілі мен әдебиеті сабағында қалыптастырушы бағалау",
        "Площадка обмена опытом: формативное оценивание на уроках казахского языка и литературы",
        "Experience exchange: formative assessment in Kazakh language and literature lessons",
    ),
    fields={
        "introduction": T(
            "Орыс тілінде оқытатын мектептердің қазақ тілі мен әдебиеті мұғалімдеріне арналған қалалық "
            "тәжірибе алмасу семинары.",
            "Городской семинар по обмену опытом для учителей казахского языка и литературы в школах с "
            "русским языком обучения.",
            "A city seminar where teachers of Kazakh language and literature in Russian-medium schools "
            "share their experience.",
        ),
        "kind": TermRef(EventKind, "seminar"),
        "level": "city",
        "start": On(2019, 2, 1, 10),
        "end": On(2019, 2, 1, 13, 30),
        "venue": T("№57 жалпы білім беретін мектеп", "Общеобразовательная школа № 57", "General school No. 57"),
        "address": T("Алматы қ., Жетісу ауданы", "г. Алматы, Жетысуский район", "Zhetysu district, Almaty"),
        "subjects": TermsRef(Subject, KAZAKH),
        "grade_min": 1,
        "grade_max": 11,
        "organisers": T(
            "Алматы қаласының жаңа технологиялар ғылыми-әдістемелік орталығы; Жетісу аудандық білім бөлімі",
            "Научно-методический центр новых технологий г. Алматы; Жетысуский районный отдел образования",
            "Almaty research and methodological centre for new technologies; Zhetysu district education department",
        ),
        "speakers": T(
            "А. Сәрсенова, аудандық білім бөлімінің басшысы; Д. Омарова, қалалық орталықтың әдіскері",
            "А. Сарсенова, руководитель районного отдела образования; Д. Омарова, методист городского центра",
            "A. Sarsenova, head of the district education department; D. Omarova, methodologist of the city centre",
        ),
        "programme": [
            item(
                datetime.time(10, 0),
                T(
                    "Ашылу: мектеп ансамблінің күйі",
                    "Открытие: кюй в исполнении школьного ансамбля",
                    "Opening: a kui played by the school ensemble",
                ),
                room=T("Акт залы", "Актовый зал", "Assembly hall"),
            ),
            item(
                datetime.time(10, 30),
                T(
                    "Шеберлік сыныбы: қалыптастырушы бағалаудың тиімділігі",
                    "Мастер-класс: эффективность формативного оценивания",
                    "Master class: making formative assessment work",
                ),
                speaker=T("Г. Жұмабаева", "Г. Жумабаева", "G. Zhumabayeva"),
                room=T("204-кабинет", "Кабинет 204", "Room 204"),
            ),
            item(
                datetime.time(11, 30),
                T(
                    "Ашық сабақтар: 5-сынып пен 1-сынып",
                    "Открытые уроки в 5-м и 1-м классах",
                    "Open lessons in grades 5 and 1",
                ),
                room=T("205 және 108-кабинеттер", "Кабинеты 205 и 108", "Rooms 205 and 108"),
            ),
            item(
                datetime.time(13, 0),
                T("Кері байланыс және қорытынды", "Обратная связь и итоги", "Feedback and conclusions"),
                room=T("Акт залы", "Актовый зал", "Assembly hall"),
            ),
        ],
        "report": [
            paragraph(
                "Семинарға қала мектептерінен жүзден астам мұғалім қатысты. Ашық сабақтарда оқушылардың "
                "тілдік дағдыларын дамытудың жаңа тәсілдері мен бағалау түрлері көрсетілді.",
                "В семинаре участвовали более ста учителей из школ города. На открытых уроках показали новые "
                "приёмы развития языковых навыков учеников и виды оценивания.",
                "More than a hundred teachers from the city’s schools took part. The open lessons showed new "
                "ways to build pupils’ language skills and different kinds of assessment.",
            ),
        ],
        "resource_links": Materials(("Қалыптастырушы бағалау: мұғалімге арналған әдістемелік нұсқаулық",)),
        "gallery_images": Gallery(EventGalleryImage, ("seminar",)),
    },
)

UPCOMING_MASTER_CLASS = PageSpec(
    EventPage,
    slug=T(
        "kriterijlik-bagalau-sheberlik", "kriterialnoe-otsenivanie-master-klass", "criteria-assessment-master-class"
    ),
    title=T(
        "Критериалды бағалау: шеберлік сыныбы",
        "Критериальное оценивание: мастер-класс",
        "Criteria-based assessment: a master class",
    ),
    fields={
        "introduction": T(
            "Бағалау критерийлері мен дескрипторларды бірге құрастырамыз. Орын саны шектеулі, алдын ала тіркеліңіз.",
            "Вместе составим критерии оценивания и дескрипторы. Мест немного, запишитесь заранее.",
            "Together we write assessment criteria and descriptors. Places are limited: please register.",
        ),
        "kind": TermRef(EventKind, "master-class"),
        "level": "district",
        "start": InDays(9, 15),
        "end": InDays(9, 17),
        "venue": T(
            "Әдістемелік кабинет, 12-бөлме", "Методический кабинет, комната 12", "Methodological cabinet, room 12"
        ),
        "address": T("Алматы қ., Абай даңғылы, 10", "г. Алматы, пр. Абая, 10", "10 Abai Avenue, Almaty"),
        "subjects": TermsRef(Subject, ("pedagogy",)),
        "for_young_specialists": True,
        "speakers": T("Н. Қасымова, әдіскер", "Н. Касымова, методист", "N. Kassymova, methodologist"),
        "registration_enabled": True,
        "capacity": 25,
    },
)

ONLINE_ROUND_TABLE = PageSpec(
    EventPage,
    slug=T("zhas-maman-dongelek-ustel", "molodoj-specialist-kruglyj-stol", "young-specialists-round-table"),
    title=T(
        "Жас маманның алғашқы жылы: дөңгелек үстел",
        "Первый год молодого специалиста: круглый стол",
        "A young specialist’s first year: round table",
    ),
    fields={
        "introduction": T(
            "Тәлімгерлер мен жас мамандар алғашқы жұмыс жылының қиындықтары туралы әңгімелеседі.",
            "Наставники и молодые специалисты говорят о трудностях первого года работы.",
            "Mentors and young specialists talk about the difficulties of the first year at school.",
        ),
        "kind": TermRef(EventKind, "round-table"),
        "level": "school",
        "status": "online",
        "start": InDays(3, 16),
        "end": InDays(3, 17, 30),
        "online_url": "https://meet.example.org/cabinet-round-table",
        "for_young_specialists": True,
    },
)

TEACHER_OF_THE_YEAR = PageSpec(
    EventPage,
    slug=T("zhyl-mugalimi", "uchitel-goda", "teacher-of-the-year"),
    title=T(
        "«Жыл мұғалімі» байқауының аудандық кезеңі",
        "Районный этап конкурса «Учитель года»",
        "“Teacher of the year”: the district round",
    ),
    fields={
        "introduction": T(
            "Екі күн бойы қатысушылар ашық сабақ өткізіп, өз тәжірибесін таныстырады.",
            "Два дня участники дают открытые уроки и представляют свой опыт.",
            "For two days the contestants give open lessons and present their experience.",
        ),
        "kind": TermRef(EventKind, "competition"),
        "level": "district",
        "all_day": True,
        "start": InDays(24),
        "end": InDays(24, then=1),
        "venue": T("№12 мектеп-гимназия", "Школа-гимназия № 12", "School-gymnasium No. 12"),
        "address": T("Алматы қ., Жетісу ауданы", "г. Алматы, Жетысуский район", "Zhetysu district, Almaty"),
    },
)

ASSOCIATION_MEETING = PageSpec(
    EventPage,
    slug=T("matematika-birlestigi", "mo-matematiki", "maths-association-meeting"),
    title=T(
        "Математика пәні әдістемелік бірлестігінің отырысы",
        "Заседание методического объединения учителей математики",
        "Meeting of the mathematics teachers’ association",
    ),
    fields={
        "introduction": T(
            "Тоқсандық жиынтық бағалаудың нәтижелерін талдадық.",
            "Разобрали результаты суммативного оценивания за четверть.",
            "We went through the results of the term’s summative assessment.",
        ),
        "kind": TermRef(EventKind, "association-meeting"),
        "level": "school",
        "start": InDays(-20, 14),
        "end": InDays(-20, 15, 30),
        "venue": T("Мұғалімдер бөлмесі", "Учительская", "Staff room"),
        "subjects": TermsRef(Subject, ("mathematics", "algebra", "geometry")),
    },
)

EVENT_PAGES = [FORMATIVE_SEMINAR, UPCOMING_MASTER_CLASS, ONLINE_ROUND_TABLE, TEACHER_OF_THE_YEAR, ASSOCIATION_MEETING]

# News ---------------------------------------------------------------------------------------------

SEMINAR_REPORT = PageSpec(
    NewsPage,
    slug=T("tazhiribe-alany-esebi", "otchet-ploshchadka-obmena-opytom", "experience-exchange-report"),
    title=T(
        "Қалалық тәжірибе алаңы: жүз мұғалім бір сыныпта",
        "Городская площадка обмена опытом: сто учителей в одном классе",
        "A city experience exchange: a hundred teachers in one classroom",
    ),
    fields={
        "introduction": T(
            "№57 мектепте қазақ тілі мен әдебиеті мұғалімдері қалыптастырушы бағалау тәжірибесімен бөлісті.",
            "В школе № 57 учителя казахского языка и литературы поделились опытом формативного оценивания.",
            "At School No. 57, teachers of Kazakh language and literature shared how they use formative assessment.",
        ),
        "date": datetime.date(2019, 2, 2),
        "event": EventRef(SEMINAR_2019),
        "lead_image": ImageRef("seminar"),
        "tagged_items": NewsTags(("семинар", "қалыптастырушы бағалау")),
        "body": [
            paragraph(
                "Семинар мектеп ансамблінің күйімен ашылды. Аудандық білім бөлімінің басшысы аудандағы "
                "шығармашылық қоғамдастықтың жұмысы туралы айтып, мұндай алаңдар мұғалімдердің кәсіби өсуіне "
                "қажет екенін атап өтті.",
                "Семинар открылся кюем в исполнении школьного ансамбля. Руководитель районного отдела "
                "образования рассказала о работе творческого сообщества района и отметила, что такие площадки "
                "нужны для профессионального роста учителей.",
                "The seminar opened with a kui played by the school ensemble. The head of the district education "
                "department spoke about the district’s creative community of teachers and why such meetings "
                "matter for professional growth.",
            ),
            paragraph(
                "Шеберлік сыныбында бағалаудың сабақ барысында оқушыға қалай көмектесетіні көрсетілді, ал 5 және "
                "1-сыныптардағы ашық сабақтарда тілдік дағдыларды дамытатын тапсырмалар ұсынылды.",
                "Мастер-класс показал, как оценивание помогает ученику прямо на уроке, а на открытых уроках в 5-м "
                "и 1-м классах предложили задания, развивающие языковые навыки.",
                "The master class showed how assessment helps a pupil during the lesson itself, and the open "
                "lessons in grades 5 and 1 offered tasks that build language skills.",
            ),
            paragraph(
                "Соңында қатысушылар ұлттық ойын тәсілімен кері байланыс беріп, ұйымдастырушыларға алғыс айтты.",
                "В конце участники дали обратную связь в форме народной игры и поблагодарили организаторов.",
                "At the end the participants gave their feedback through a traditional game and thanked the "
                "organisers.",
            ),
        ],
        "gallery_images": Gallery(NewsPageGalleryImage, ("seminar",)),
    },
)

REGISTRATION_OPEN = PageSpec(
    NewsPage,
    slug=T("tirkelu-ashyk", "zapis-otkryta", "registration-open"),
    title=T(
        "Критериалды бағалау бойынша шеберлік сыныбына тіркелу ашылды",
        "Открыта запись на мастер-класс по критериальному оцениванию",
        "Registration is open for the master class on criteria-based assessment",
    ),
    fields={
        "introduction": T(
            "Жас мамандарды және бағалау тақырыбына қызығатын барлық мұғалімдерді шақырамыз.",
            "Приглашаем молодых специалистов и всех учителей, которым интересна тема оценивания.",
            "Young specialists and every teacher interested in assessment are welcome.",
        ),
        "date": DayInDays(-1),
        "event": EventRef("kriterijlik-bagalau-sheberlik"),
        "tagged_items": NewsTags(("жас маман",)),
    },
)

NEW_BOOKS = PageSpec(
    NewsPage,
    slug=T("zhana-kitaptar", "novye-knigi", "new-books"),
    title=T(
        "Кітапханаға жаңа әдістемелік құралдар келді",
        "В библиотеку поступили новые методические пособия",
        "New methodological guides in the library",
    ),
    fields={
        "introduction": T(
            "Каталогтан сөздіктер мен сабақ жоспарларының жаңа жинақтарын табасыз.",
            "В каталоге — новые словари и сборники планов уроков.",
            "The catalogue has new dictionaries and collections of lesson plans.",
        ),
        "date": DayInDays(-6),
    },
)

NEWS_PAGES = [SEMINAR_REPORT, REGISTRATION_OPEN, NEW_BOOKS]
