"""The demo corners in Kazakh, Russian and English, written for this project.

A corner holds no copies of materials: its shelves are saved catalogue filters and hand-picked
records (found by their inventory number, see catalogue.py), so they stay in step with the
catalogue. The people named here are made up.
"""

from dataclasses import dataclass

from corners.models import CornerPage
from resources.models import ResourcePage

from .builder import Deferred, PageSpec
from .catalogue import CAMBRIDGE, FORMATIVE, YOUNG
from .text import T


@dataclass(frozen=True)
class Records(Deferred):
    """Catalogue records by their inventory number (external ID), in the source language."""

    numbers: tuple

    def make(self, builder):
        found = {
            record.external_id: record
            for record in ResourcePage.objects.filter(external_id__in=self.numbers, locale=builder.source_locale)
        }
        return [found[number] for number in self.numbers if number in found]


def same(text):
    """A value written the same way in every language: a name, an address, a tag."""
    return T(text, text, text)


def paragraph(kk, ru, en):
    return ("paragraph", T(kk, ru, en))


def heading(kk, ru, en, level="h2"):
    return ("heading", {"text": T(kk, ru, en), "level": level})


def callout(kind, title, text):
    return ("callout", {"kind": kind, "title": title, "text": text})


def records(title, *numbers):
    return ("records", {"heading": title, "records": Records(numbers)})


def saved_filter(title, *, type="", subject="", grades=("", ""), tag="", limit=6, has_file=False):
    return (
        "catalogue_filter",
        {
            "heading": title,
            "resource_type": type,
            "subject": subject,
            "grade_from": str(grades[0]),
            "grade_to": str(grades[1]),
            "language": "",
            "tag": same(tag) if tag else "",
            "words": "",
            "has_file": has_file,
            "limit": limit,
        },
    )


def events(title, *, kind="", young=False, limit=3):
    return ("events", {"heading": title, "kind": kind, "subject": "", "for_young_specialists": young, "limit": limit})


def faq(title, *items):
    return ("faq", {"heading": title, "items": [{"question": q, "answer": a} for q, a in items]})


# «Бұл сізге қажет...» --------------------------------------------------------------------------

FOR_YOU = PageSpec(
    CornerPage,
    slug=T("bul-sizge-qazhet", "eto-vam-nuzhno", "this-is-for-you"),
    title=T("Бұл сізге қажет...", "Это вам нужно...", "This is for you"),
    after_tree=True,
    fields={
        "introduction": T(
            "Күн сайын керек болатын ақпарат бір жерде: кестелер, нормативтік құжаттар, үлгі бланкілер.",
            "Всё, что нужно каждый день, в одном месте: расписания, нормативные документы, образцы бланков.",
            "What you need every day, in one place: timetables, normative documents and sample forms.",
        ),
        "audience": T("Мектептің барлық мұғалімдері", "Все учителя школы", "Every teacher of the school"),
        "accent": "teal",
        "icon": "bookmark",
        "body": [
            callout(
                "info",
                T("Қоңырау кестесі", "Расписание звонков", "Bell times"),
                T(
                    "<p>Бірінші ауысым 08:00-де, екінші ауысым 13:30-да басталады. Сабақ 45 минут, үлкен үзіліс "
                    "екінші және үшінші сабақтан кейін 20 минут.</p><p>Апталық сабақ кестесі мұғалімдер бөлмесіндегі "
                    "стендте және электрондық журналда жарияланады; өзгерістер туралы оқу ісінің меңгерушісі "
                    "алдыңғы күні хабарлайды.</p>",
                    "<p>Первая смена начинается в 08:00, вторая — в 13:30. Урок длится 45 минут, большая перемена — "
                    "20 минут после второго и третьего уроков.</p><p>Недельное расписание уроков висит на стенде в "
                    "учительской и публикуется в электронном журнале; об изменениях завуч сообщает накануне.</p>",
                    "<p>The first shift starts at 08:00, the second at 13:30. Lessons last 45 minutes; the long "
                    "breaks, 20 minutes each, come after the second and third lessons.</p><p>The weekly timetable is "
                    "on the board in the staff room and in the electronic register; the deputy head announces "
                    "changes the day before.</p>",
                ),
            ),
            saved_filter(
                T("Нормативтік құжаттар", "Нормативные документы", "Normative documents"),
                type="normative-document",
                limit=6,
            ),
            saved_filter(
                T("Жұмыс жоспарлары", "Планы работы", "Work plans"),
                type="work-plan",
                limit=4,
            ),
            heading("Үлгі бланкілер", "Образцы бланков", "Sample forms"),
            paragraph(
                "<p>Әдістемелік кабинетте (204-бөлме) келесі бланкілердің үлгілерін алуға болады:</p>"
                "<ul><li>ашық сабаққа өтінім және сабақты бақылау парағы;</li>"
                "<li>біліктілікті арттыру курсына жолдама алуға өтініш;</li>"
                "<li>пән бойынша күнтізбелік-тақырыптық жоспардың үлгісі;</li>"
                "<li>тәлімгер мен жас маманның бірлескен жұмыс жоспары.</li></ul>",
                "<p>В методическом кабинете (комната 204) можно взять образцы следующих бланков:</p>"
                "<ul><li>заявка на открытый урок и лист наблюдения урока;</li>"
                "<li>заявление на направление на курсы повышения квалификации;</li>"
                "<li>образец календарно-тематического плана по предмету;</li>"
                "<li>совместный план работы наставника и молодого специалиста.</li></ul>",
                "<p>The methodological cabinet (room 204) keeps samples of these forms:</p>"
                "<ul><li>an open-lesson request and a lesson observation sheet;</li>"
                "<li>an application for a place on an in-service course;</li>"
                "<li>a sample scheme of work for a subject;</li>"
                "<li>a joint work plan for a mentor and a young specialist.</li></ul>",
            ),
            faq(
                T("Жиі қойылатын сұрақтар", "Частые вопросы", "Frequently asked questions"),
                (
                    T(
                        "Аттестацияға құжаттарды қашан тапсыру керек?",
                        "Когда сдавать документы на аттестацию?",
                        "When are the papers for attestation due?",
                    ),
                    T(
                        "<p>Өтініш пен портфолио аттестация жылының 1 қарашасына дейін әдіскерге тапсырылады.</p>",
                        "<p>Заявление и портфолио сдаются методисту до 1 ноября года аттестации.</p>",
                        "<p>Hand the application and portfolio to the methodologist by 1 November of your "
                        "attestation year.</p>",
                    ),
                ),
                (
                    T(
                        "Кітапханадан кітапты қанша уақытқа алуға болады?",
                        "На какой срок можно взять книгу в библиотеке?",
                        "How long may I keep a book from the library?",
                    ),
                    T(
                        "<p>Екі аптаға; оқу залындағы басылымдар тек кабинетте оқылады.</p>",
                        "<p>На две недели; издания из читального зала выдаются только для работы в кабинете.</p>",
                        "<p>Two weeks; reading-room copies are read in the cabinet only.</p>",
                    ),
                ),
            ),
            events(T("Жақын іс-шаралар", "Ближайшие мероприятия", "Coming up"), limit=3),
        ],
    },
)

# «Жас маманға көмек» --------------------------------------------------------------------------

YOUNG_SPECIALIST = PageSpec(
    CornerPage,
    slug=T("zhas-mamanga-komek", "v-pomoshch-molodomu-spetsialistu", "help-for-the-young-specialist"),
    title=T("Жас маманға көмек", "В помощь молодому специалисту", "Help for the young specialist"),
    after_tree=True,
    fields={
        "introduction": T(
            "Алғашқы жылдарға арналған сөре: сабақ әзірлемелері, сабақты талдау үлгілері, сыныптан тыс "
            "іс-шараларды жоспарлау және тәлімгерлер.",
            "Полка для первых лет работы: разработки уроков, образцы анализа урока, планирование внеклассных "
            "мероприятий и наставники.",
            "A shelf for your first years: model lesson plans, lesson-analysis samples, planning out-of-class "
            "events, and mentors.",
        ),
        "audience": T(
            "Жұмыс өтілі үш жылға дейінгі мұғалімдер және олардың тәлімгерлері",
            "Учителя со стажем до трёх лет и их наставники",
            "Teachers in their first three years and their mentors",
        ),
        "accent": "green",
        "icon": "sprout",
        "takes_questions": True,
        "body": [
            paragraph(
                "<p>Мектепке қош келдіңіз! Бірінші жылы бәрін бірден білу міндетті емес: мұнда әріптестеріңіз "
                "тексерген материалдар мен қысқа кеңестер жиналған. Сұрағыңыз болса, беттің соңындағы формамен "
                "әдіскерге жазыңыз.</p>",
                "<p>Добро пожаловать в школу! В первый год не обязательно знать всё сразу: здесь собраны "
                "проверенные коллегами материалы и короткие советы. Если есть вопрос, напишите методисту через "
                "форму в конце страницы.</p>",
                "<p>Welcome to the school! Nobody expects you to know everything in your first year: here are "
                "materials your colleagues have tried and some short advice. If you have a question, write to the "
                "methodologist with the form at the end of the page.</p>",
            ),
            (
                "checklist",
                {
                    "heading": T("Бірінші жылдың тізімі", "Список первого года", "Your first-year checklist"),
                    "items": [
                        T(
                            "Тәлімгеріңізбен танысып, кездесу күнін келісіңіз",
                            "Познакомьтесь с наставником и договоритесь о днях встреч",
                            "Meet your mentor and agree when you will meet",
                        ),
                        T(
                            "Пән бойынша ұзақ мерзімді жоспарды алып, тоқсан жоспарын құрыңыз",
                            "Получите долгосрочный план по предмету и составьте план на четверть",
                            "Get the long-term plan for your subject and draft the term plan",
                        ),
                        T(
                            "Электрондық журналға кіріп, сыныптарыңызды тексеріңіз",
                            "Войдите в электронный журнал и проверьте свои классы",
                            "Log in to the electronic register and check your classes",
                        ),
                        T(
                            "Тәлімгердің кемінде екі сабағына қатысыңыз",
                            "Посетите не менее двух уроков наставника",
                            "Observe at least two of your mentor’s lessons",
                        ),
                        T(
                            "Бірінші тоқсанда бір сабағыңызды талдауға ұсыныңыз",
                            "В первой четверти предложите один свой урок для анализа",
                            "Offer one of your lessons for analysis in the first term",
                        ),
                        T(
                            "Сынып жетекшісі болсаңыз, ата-аналар жиналысын жоспарлаңыз",
                            "Если вы классный руководитель, спланируйте родительское собрание",
                            "If you have a form class, plan the first parents’ meeting",
                        ),
                        T(
                            "Жас мамандар мектебінің отырыстарына тіркеліңіз",
                            "Запишитесь на занятия школы молодого специалиста",
                            "Sign up for the young specialists’ school sessions",
                        ),
                    ],
                },
            ),
            saved_filter(
                T(
                    "Сабақ әзірлемелері: 5–9-сыныптар",
                    "Разработки уроков: 5–9 классы",
                    "Model lesson plans: grades 5–9",
                ),
                type="lesson-plan",
                grades=(5, 9),
                tag=YOUNG,
            ),
            records(
                T("Сабақты талдау және тәлімгерлік", "Анализ урока и наставничество", "Lesson analysis and mentoring"),
                "MK-0015",
                "MK-0014",
                "MK-0063",
                "MK-0066",
                "MK-0036",
            ),
            heading(
                "Сыныптан тыс және зияткерлік іс-шаралар",
                "Внеклассные и интеллектуальные мероприятия",
                "Out-of-class and intellectual events",
            ),
            paragraph(
                "<p>Іс-шараны жоспарлағанда алдымен мақсатты анықтаңыз: оқушылар не үйренеді, не істей алады?</p>"
                "<ul><li>Форманы мақсатқа қарай таңдаңыз: зияткерлік ойын, викторина, пән апталығы, сайыс.</li>"
                "<li>Әр оқушыға рөл беріңіз: жүргізуші, әділқазы, уақыт сақтаушы, команда мүшесі.</li>"
                "<li>Сценарийді, қажетті құралдарды және бағалау парағын бір аптадан кешіктірмей дайындаңыз.</li>"
                "<li>Соңында оқушылардан қысқа кері байланыс алып, келесі жолы не өзгертетініңізді жазыңыз.</li></ul>",
                "<p>Планируя мероприятие, сначала определите цель: чему научатся ученики, что они смогут сделать?</p>"
                "<ul><li>Выбирайте форму по цели: интеллектуальная игра, викторина, предметная неделя, конкурс.</li>"
                "<li>Дайте роль каждому ученику: ведущий, член жюри, хранитель времени, участник команды.</li>"
                "<li>Подготовьте сценарий, материалы и оценочный лист не позже чем за неделю.</li>"
                "<li>В конце соберите у учеников короткую обратную связь и запишите, что измените в следующий "
                "раз.</li></ul>",
                "<p>When you plan an event, start with its aim: what will learners learn, what will they be able "
                "to do?</p>"
                "<ul><li>Choose the format to fit the aim: a quiz, an intellectual game, a subject week, a "
                "contest.</li>"
                "<li>Give every learner a role: host, jury member, timekeeper, team member.</li>"
                "<li>Prepare the script, the materials and a scoring sheet at least a week ahead.</li>"
                "<li>Finish with short feedback from learners and note what you would change next time.</li></ul>",
            ),
            callout(
                "tip",
                T("Тәлімгердің кеңесі", "Совет наставника", "A mentor’s tip"),
                T(
                    "<p>Сабақтан кейін бес минут бөліп, не сәтті болғанын және не қиын болғанын екі сөйлеммен "
                    "жазыңыз. Тоқсан соңында бұл жазбалар өз өсуіңізді көрсетеді.</p>",
                    "<p>После урока потратьте пять минут и запишите двумя предложениями, что удалось и что было "
                    "трудно. К концу четверти эти записи покажут, как вы выросли.</p>",
                    "<p>After each lesson take five minutes to write two sentences: what worked and what was "
                    "hard. By the end of the term these notes will show how far you have come.</p>",
                ),
            ),
            events(
                T("Жас мамандарға арналған іс-шаралар", "Мероприятия для молодых специалистов", "Events for you"),
                young=True,
            ),
            (
                "people",
                {
                    "heading": T("Тәлімгерлер мен әдіскер", "Наставники и методист", "Mentors and the methodologist"),
                    "people": [
                        {
                            "name": same("Әйгерім Нұрланқызы Сейітова"),
                            "role": T("Әдіскер", "Методист", "Methodologist"),
                            "photo": None,
                            "about": T(
                                "Жас мамандар мектебін жүргізеді, сабаққа қатысу кестесін құрады.",
                                "Ведёт школу молодого специалиста, составляет график посещения уроков.",
                                "Runs the young specialists’ school and plans lesson visits.",
                            ),
                            "email": same("adisker@example.kz"),
                            "phone": same("+7 727 300 00 04"),
                            "hours": T(
                                "Дүйсенбі–жұма, 14:00–17:00, 204-бөлме",
                                "Понедельник–пятница, 14:00–17:00, комната 204",
                                "Monday to Friday, 14:00–17:00, room 204",
                            ),
                        },
                        {
                            "name": same("Марат Серікұлы Омаров"),
                            "role": T(
                                "Тәлімгер, математика және информатика",
                                "Наставник, математика и информатика",
                                "Mentor, mathematics and computer science",
                            ),
                            "photo": None,
                            "about": T(
                                "Педагог-зерттеуші, жұмыс өтілі 22 жыл.",
                                "Педагог-исследователь, стаж 22 года.",
                                "A teacher-researcher (qualification category) with 22 years’ experience.",
                            ),
                            "email": "",
                            "phone": "",
                            "hours": T(
                                "Сейсенбі, 15:00, 312-бөлме",
                                "Вторник, 15:00, комната 312",
                                "Tuesdays, 15:00, room 312",
                            ),
                        },
                        {
                            "name": same("Гүлназ Бекқызы Тұрсынова"),
                            "role": T(
                                "Тәлімгер, қазақ тілі мен әдебиеті",
                                "Наставник, казахский язык и литература",
                                "Mentor, Kazakh language and literature",
                            ),
                            "photo": None,
                            "about": T(
                                "Қалалық «Жыл мұғалімі» байқауының жүлдегері.",
                                "Призёр городского конкурса «Учитель года».",
                                "A prize-winner of the city “Teacher of the Year” competition.",
                            ),
                            "email": "",
                            "phone": "",
                            "hours": T(
                                "Бейсенбі, 14:30, 208-бөлме",
                                "Четверг, 14:30, комната 208",
                                "Thursdays, 14:30, room 208",
                            ),
                        },
                    ],
                },
            ),
            faq(
                T("Жас мамандардың сұрақтары", "Вопросы молодых специалистов", "Young specialists ask"),
                (
                    T(
                        "Қысқа мерзімді жоспарды қаншалықты толық жазу керек?",
                        "Насколько подробно писать краткосрочный план?",
                        "How detailed should a short-term plan be?",
                    ),
                    T(
                        "<p>Жоспар сізге сабақ өткізуге көмектесуі керек: мақсат, бағалау критерийі, негізгі "
                        "кезеңдер мен тапсырмалар жеткілікті. Әріптесіңіз оқығанда сабақты елестете алса, "
                        "жоспар жақсы.</p>",
                        "<p>План должен помогать вам вести урок: достаточно цели, критериев оценивания, основных "
                        "этапов и заданий. Если коллега, прочитав план, может представить урок, — план хороший.</p>",
                        "<p>The plan is there to help you teach: the objective, the assessment criteria, the main "
                        "stages and tasks are enough. If a colleague can picture the lesson from it, it is a good "
                        "plan.</p>",
                    ),
                ),
            ),
        ],
    },
)

# Modern pedagogical technologies and best practice -----------------------------------------------

BEST_PRACTICE = PageSpec(
    CornerPage,
    slug=T("zamanaui-tekhnologiyalar", "sovremennye-tekhnologii", "modern-technologies"),
    title=T(
        "Заманауи педагогикалық технологиялар және озық тәжірибе",
        "Современные педагогические технологии и передовой опыт",
        "Modern teaching technologies and best practice",
    ),
    after_tree=True,
    fields={
        "introduction": T(
            "Кембридж бағдарламасы бойынша деңгейлік курстардан өткен мұғалімдердің материалдары: курс деңгейі "
            "және тақырып бойынша.",
            "Материалы учителей, прошедших уровневые курсы по Кембриджской программе: по уровню курса и по темам.",
            "Materials from teachers who completed the Cambridge-based level courses, by course level and by theme.",
        ),
        "audience": T(
            "Деңгейлік курстардан өткен және өтуге дайындалып жүрген мұғалімдер",
            "Учителя, прошедшие уровневые курсы или готовящиеся к ним",
            "Teachers who have taken the level courses or are preparing for them",
        ),
        "accent": "plum",
        "icon": "lightbulb",
        "body": [
            paragraph(
                "<p>Деңгейлік курстардың жеті модулі — оқыту мен оқудағы жаңа тәсілдер, сыни тұрғыдан ойлау, "
                "оқу үшін бағалау, АКТ, талантты оқушыларды оқыту, жас ерекшеліктері және көшбасшылық — "
                "мектептегі күнделікті тәжірибенің негізіне айналды. Бұл бұрышта әріптестеріміз өз сабақтарында "
                "сынап көрген материалдар жиналған.</p>",
                "<p>Семь модулей уровневых курсов — новые подходы в преподавании и обучении, критическое "
                "мышление, оценивание для обучения, ИКТ, обучение талантливых учеников, возрастные особенности и "
                "лидерство — стали основой повседневной практики школы. В этом уголке собраны материалы, которые "
                "коллеги проверили на своих уроках.</p>",
                "<p>The seven modules of the level courses — new approaches to teaching and learning, critical "
                "thinking, assessment for learning, ICT, teaching talented learners, age-related needs and "
                "leadership — now shape everyday practice at school. This corner gathers materials our colleagues "
                "have tried in their own lessons.</p>",
            ),
            heading("Курс деңгейі бойынша", "По уровню курса", "By course level"),
            records(
                T(
                    "Үшінші (базалық) деңгей: алғашқы қадамдар",
                    "Третий (базовый) уровень: первые шаги",
                    "Third (basic) level: first steps",
                ),
                "MK-0011",
                "MK-0013",
            ),
            records(
                T(
                    "Екінші (негізгі) деңгей: сабақта және сыныпта",
                    "Второй (основной) уровень: на уроке и в классе",
                    "Second (main) level: in the lesson and the classroom",
                ),
                "MK-0012",
                "MK-0049",
            ),
            records(
                T(
                    "Бірінші (ілгері) деңгей: зерттеу және көшбасшылық",
                    "Первый (продвинутый) уровень: исследование и лидерство",
                    "First (advanced) level: research and leadership",
                ),
                "MK-0046",
                "MK-0021",
            ),
            heading("Тақырып бойынша", "По темам", "By theme"),
            saved_filter(
                T("Қалыптастырушы бағалау", "Формативное оценивание", "Formative assessment"),
                tag=FORMATIVE,
                limit=6,
            ),
            saved_filter(
                T(
                    "Кембридж бағдарламасының материалдары",
                    "Материалы Кембриджской программы",
                    "Cambridge programme materials",
                ),
                tag=CAMBRIDGE,
                limit=6,
            ),
            faq(
                T("Тәсілдер қысқаша", "Подходы коротко", "The approaches in brief"),
                (
                    T("Белсенді оқыту", "Активное обучение", "Active learning"),
                    T(
                        "<p>Оқушы тыңдаушы емес, іс-әрекет жасаушы: жұппен талқылау, «Ойлан — жұптас — бөліс», "
                        "топтық жоба. Мұғалім тапсырманы ұйымдастырып, оқуды бақылайды.</p>",
                        "<p>Ученик не слушатель, а участник: обсуждение в парах, «Думай — в паре — делись», "
                        "групповой проект. Учитель организует задание и наблюдает за учением.</p>",
                        "<p>Learners act rather than listen: pair discussion, think–pair–share, group projects. "
                        "The teacher sets up the task and watches the learning.</p>",
                    ),
                ),
                (
                    T("Сыни тұрғыдан ойлау", "Критическое мышление", "Critical thinking"),
                    T(
                        "<p>Оқушылар дәлелді бағалап, балама пікірлерді салыстырады. «Инсерт», «Венн "
                        "диаграммасы», «Алты ойлау қалпағы» әдістерін қолданып көріңіз.</p>",
                        "<p>Ученики оценивают доказательства и сравнивают разные мнения. Попробуйте приёмы "
                        "«Инсерт», «Диаграмма Венна», «Шесть шляп мышления».</p>",
                        "<p>Learners weigh evidence and compare points of view. Try INSERT reading, Venn diagrams "
                        "and the six thinking hats.</p>",
                    ),
                ),
                (
                    T("Диалогтік оқыту", "Диалоговое обучение", "Dialogic teaching"),
                    T(
                        "<p>Сабақтағы әңгіме — оқудың құралы. Ашық сұрақтар қойыңыз, жауап күту уақытын "
                        "ұзартыңыз, оқушылардың бір-бірінің ойын дамытуына мүмкіндік беріңіз.</p>",
                        "<p>Разговор на уроке — инструмент учения. Задавайте открытые вопросы, увеличивайте время "
                        "ожидания ответа, давайте ученикам развивать мысли друг друга.</p>",
                        "<p>Classroom talk is a tool for learning. Ask open questions, wait longer for answers and "
                        "let learners build on each other’s ideas.</p>",
                    ),
                ),
            ),
            events(
                T("Шеберлік сыныптары", "Мастер-классы", "Master classes"),
                kind="master-class",
            ),
        ],
    },
)

CORNER_PAGES = [FOR_YOU, YOUNG_SPECIALIST, BEST_PRACTICE]
