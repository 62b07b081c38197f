"""The demo cabinet: texts written for this project in Kazakh, Russian and English."""

from corners.models import CornerIndexPage
from events.models import EventIndexPage, NewsIndexPage
from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage

from .builder import DemoImage, ImageRef, PageSpec, StaffAccount
from .catalogue import RECORDS
from .corners import CORNER_PAGES
from .events import EVENT_PAGES, NEWS_PAGES
from .text import T

# Images --------------------------------------------------------------------------------------------


def draw_logo(draw, width, height):
    draw.rounded_rectangle((16, 16, width - 16, height - 16), radius=40, fill="#1d4f91")
    draw.polygon([(48, 80), (128, 100), (128, 200), (48, 180)], fill="#ffffff")
    draw.polygon([(208, 80), (128, 100), (128, 200), (208, 180)], fill="#dfe9f7")


def draw_bookshelf(draw, width, height):
    colours = ["#1d4f91", "#c2562b", "#2f7d4f", "#7a4fa0", "#d89b22", "#3b3b3b"]
    for shelf in range(3):
        base = 200 + shelf * 170
        draw.rectangle((80, base, width - 80, base + 14), fill="#8a6a45")
        x = 100
        index = shelf
        while x < width - 140:
            book_width = 34 + (index * 7) % 28
            book_height = 110 + (index * 13) % 40
            draw.rectangle((x, base - book_height, x + book_width, base), fill=colours[index % len(colours)])
            x += book_width + 6
            index += 1


def draw_seminar(draw, width, height):
    draw.ellipse((width // 2 - 260, height // 2 - 120, width // 2 + 260, height // 2 + 120), fill="#c9d8ec")
    for i in range(8):
        angle_x = [-330, -220, -80, 80, 220, 330, -160, 160][i]
        angle_y = [-40, -170, -200, -200, -170, -40, 170, 170][i]
        cx, cy = width // 2 + angle_x, height // 2 + angle_y
        draw.ellipse((cx - 34, cy - 34, cx + 34, cy + 34), fill=["#1d4f91", "#c2562b", "#2f7d4f", "#d89b22"][i % 4])


def draw_notebook(draw, width, height):
    draw.rectangle((300, 90, width - 300, height - 90), fill="#ffffff", outline="#1d4f91", width=6)
    for y in range(150, height - 110, 42):
        draw.line((340, y, width - 340, y), fill="#b7c7de", width=3)
    draw.line((380, 90, 380, height - 90), fill="#c2562b", width=4)


IMAGES = [
    DemoImage(
        "logo",
        "Әдістемелік кабинет логотипі",
        T("Ашық кітап белгісі", "Знак открытой книги", "An open book sign"),
        "",
        draw_logo,
        (256, 256),
    ),
    DemoImage(
        "bookshelf",
        "Кабинет кітапханасының сөрелері",
        T(
            "Әдістемелік кабинеттегі түрлі-түсті кітаптар тізілген үш сөре",
            "Три полки с разноцветными книгами в методическом кабинете",
            "Three shelves of colourful books in the methodological cabinet",
        ),
        "Әдістемелік кабинет",
        draw_bookshelf,
    ),
    DemoImage(
        "seminar",
        "Семинардағы мұғалімдер",
        T(
            "Дөңгелек үстел басында отырған мұғалімдер тобы",
            "Группа учителей за круглым столом",
            "A group of teachers sitting at a round table",
        ),
        "Әдістемелік кабинет",
        draw_seminar,
    ),
    DemoImage(
        "notebook",
        "Сабақ жоспарына арналған дәптер",
        T("Сызықты ашық дәптер беті", "Открытая страница тетради в линейку", "An open page of a lined notebook"),
        "Әдістемелік кабинет",
        draw_notebook,
    ),
]

# Site texts ------------------------------------------------------------------------------------

SITE_TEXT = {
    "site_name": T("Әдістемелік кабинет", "Методический кабинет", "Methodological cabinet"),
    "tagline": T(
        "Мұғалімнің кәсіби өсу орталығы",
        "Центр профессионального роста учителя",
        "Where teachers grow in their craft",
    ),
    "address": T(
        "Алматы қ., Жетісу ауданы, Жібек жолы к-сі, 1\nмектептің 2-қабаты, 204-кабинет",
        "г. Алматы, Жетысуский район, ул. Жибек жолы, 1\n2-й этаж школы, кабинет 204",
        "1 Zhibek Zholy St., Zhetysu district, Almaty\nschool building, 2nd floor, room 204",
    ),
    "opening_hours": T(
        "Дүйсенбі – жұма: 08:30–17:30\nСенбі: 09:00–13:00",
        "Понедельник – пятница: 08:30–17:30\nСуббота: 09:00–13:00",
        "Monday to Friday: 08:30–17:30\nSaturday: 09:00–13:00",
    ),
}

CONTACTS = {
    "phone": "+7 727 000 00 00",
    "email": "cabinet@example.kz",
    "map_url": "https://www.openstreetmap.org/#map=17/43.2610/76.9450",
}

STAFF = [
    StaffAccount("admin", "cabinet-admin", None, is_superuser=True, first_name="Сәуле", last_name="Бекова"),
    StaffAccount("librarian", "cabinet-librarian", "Librarians", first_name="Гүлнар", last_name="Сәрсенова"),
    StaffAccount("methodologist", "cabinet-methodologist", "Methodologists", first_name="Айгүл", last_name="Омарова"),
    StaffAccount("teacher", "cabinet-teacher", "Teachers", first_name="Ерлан", last_name="Жақсылықов"),
]

# Pages -------------------------------------------------------------------------------------------

CORNERS = PageSpec(
    CornerIndexPage,
    slug=T("burystar", "ugolki", "corners"),
    title=T("Әдістемелік бұрыштар", "Методические уголки", "Methodological corners"),
    show_in_menus=True,
    children=CORNER_PAGES,
    fields={
        "introduction": T(
            "Күнделікті жұмысқа қажет материалдар тақырып бойынша жинақталған сөрелер.",
            "Полки с материалами для повседневной работы, собранными по темам.",
            "Shelves of material for everyday work, gathered by theme.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Әр бұрыш — белгілі бір оқырманға арналған таңдаулы материалдар жинағы: "
                    "«Бұл сізге қажет...», «Жас маманға көмек» және Кембридж бағдарламасы бойынша "
                    "деңгейлік курстардан өткен мұғалімдердің тәжірибесі.</p>",
                    "<p>Каждый уголок — подборка материалов для своего читателя: «Это вам нужно...», "
                    "«В помощь молодому специалисту» и опыт учителей, прошедших уровневые курсы по "
                    "Кембриджской программе.</p>",
                    "<p>Each corner is a selection made for its readers: “This is for you”, “Help for the "
                    "young specialist”, and the experience of teachers who completed the Cambridge-based "
                    "level courses.</p>",
                ),
            ),
        ],
    },
)

CATALOGUE = PageSpec(
    ResourceIndexPage,
    slug=T("katalog", "katalog", "catalogue"),
    title=T("Кітапхана каталогы", "Каталог библиотеки", "Library catalogue"),
    show_in_menus=True,
    children=RECORDS,
    fields={
        "introduction": T(
            "Әдістемелік құралдар, анықтамалықтар, сөздіктер, сабақ жоспарлары мен нормативтік құжаттар.",
            "Методические пособия, справочники, словари, планы уроков и нормативные документы.",
            "Methodological guides, reference books, dictionaries, lesson plans and normative documents.",
        ),
    },
)

EVENTS = PageSpec(
    EventIndexPage,
    slug=T("is-sharalar", "meropriyatiya", "events"),
    title=T("Іс-шаралар", "Мероприятия", "Events"),
    show_in_menus=True,
    children=EVENT_PAGES,
    fields={
        "introduction": T(
            "Семинарлар, шеберлік сыныптары, ашық сабақтар, дөңгелек үстелдер және байқаулар.",
            "Семинары, мастер-классы, открытые уроки, круглые столы и конкурсы.",
            "Seminars, master classes, open lessons, round tables and competitions.",
        ),
    },
)

NEWS = PageSpec(
    NewsIndexPage,
    slug=T("zhanalyqtar", "novosti", "news"),
    title=T("Жаңалықтар", "Новости", "News"),
    show_in_menus=True,
    children=NEWS_PAGES,
    fields={
        "introduction": T(
            "Өткен іс-шаралар туралы есептер мен кабинеттің жаңалықтары.",
            "Отчёты о прошедших мероприятиях и новости кабинета.",
            "Reports on past events and news from the cabinet.",
        ),
    },
)

CREATIVE_GROUPS = PageSpec(
    StandardPage,
    slug=T("shygarmashylyq-toptar", "tvorcheskie-gruppy", "creative-groups"),
    title=T("Шығармашылық топтар", "Творческие группы", "Creative groups"),
    fields={
        "introduction": T(
            "Бір тақырыппен ізденетін мұғалімдердің ерікті бірлестіктері.",
            "Добровольные объединения учителей, которые работают над одной темой.",
            "Voluntary teams of teachers who work on a shared theme.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Шығармашылық топ жылдық жоспар бойынша жұмыс істейді және тоқсанына кемінде бір рет "
                    "жиналады. Топ мүшелері бір-бірінің сабағына қатысады, аудандық семинарлар мен "
                    "байқаулар өткізеді, әріптестеріне құжаттама жүргізуге көмектеседі.</p>",
                    "<p>Творческая группа работает по годовому плану и собирается не реже раза в четверть. "
                    "Участники посещают уроки друг друга, проводят районные семинары и конкурсы, помогают "
                    "коллегам вести документацию.</p>",
                    "<p>A creative group works to a yearly plan and meets at least once a term. Its members "
                    "visit each other’s lessons, run district seminars and competitions, and help colleagues "
                    "keep their documentation in order.</p>",
                ),
            ),
            ("heading", {"text": T("Биылғы топтар", "Группы этого года", "This year’s groups"), "level": "h2"}),
            (
                "paragraph",
                T(
                    "<ul><li>Функционалдық сауаттылық: оқу сауаттылығы мен математикалық сауаттылық</li>"
                    "<li>Қалыптастырушы бағалау: кері байланыс тәсілдері</li>"
                    "<li>Цифрлық ресурстар: сабаққа арналған интерактивті тапсырмалар</li></ul>",
                    "<ul><li>Функциональная грамотность: читательская и математическая грамотность</li>"
                    "<li>Формативное оценивание: приёмы обратной связи</li>"
                    "<li>Цифровые ресурсы: интерактивные задания для урока</li></ul>",
                    "<ul><li>Functional literacy: reading and mathematical literacy</li>"
                    "<li>Formative assessment: ways of giving feedback</li>"
                    "<li>Digital resources: interactive tasks for the lesson</li></ul>",
                ),
            ),
        ],
    },
)

ASSOCIATIONS = PageSpec(
    StandardPage,
    slug=T("adistemelik-birlestikter", "metodicheskie-obedineniya", "methodological-associations"),
    title=T("Әдістемелік бірлестіктер", "Методические объединения", "Methodological associations"),
    fields={
        "introduction": T(
            "Бір пәннің немесе пәндер циклінің мұғалімдері біріккен кәсіби бірлестіктер.",
            "Профессиональные объединения учителей одного предмета или цикла предметов.",
            "Professional associations of the teachers of one subject or group of subjects.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Әдістемелік бірлестік оқу жылының жұмыс жоспарын бекітеді, оқу бағдарламаларын "
                    "талқылайды, ашық сабақтар мен пән апталықтарын ұйымдастырады.</p>",
                    "<p>Методическое объединение утверждает план работы на учебный год, обсуждает учебные "
                    "программы, организует открытые уроки и предметные недели.</p>",
                    "<p>A methodological association approves the plan for the school year, discusses "
                    "curricula, and organises open lessons and subject weeks.</p>",
                ),
            ),
            (
                "faq",
                {
                    "heading": T("Жиі қойылатын сұрақтар", "Частые вопросы", "Frequently asked questions"),
                    "items": [
                        {
                            "question": T(
                                "Бірлестік отырысы қаншалықты жиі өтеді?",
                                "Как часто проходят заседания объединения?",
                                "How often does the association meet?",
                            ),
                            "answer": T(
                                "<p>Әдетте тоқсанына бір рет, қажет болса жиірек.</p>",
                                "<p>Обычно раз в четверть, при необходимости чаще.</p>",
                                "<p>Usually once a term, and more often when needed.</p>",
                            ),
                        },
                        {
                            "question": T(
                                "Жас маман бірлестікке қалай қосылады?",
                                "Как молодому специалисту войти в объединение?",
                                "How does a young specialist join an association?",
                            ),
                            "answer": T(
                                "<p>Өз пәні бойынша бірлестік жетекшісіне немесе әдіскерге хабарласса жеткілікті.</p>",
                                "<p>Достаточно обратиться к руководителю объединения по своему предмету "
                                "или к методисту.</p>",
                                "<p>Speak to the head of the association for your subject, or to the "
                                "methodologist.</p>",
                            ),
                        },
                    ],
                },
            ),
        ],
    },
)

ABOUT = PageSpec(
    StandardPage,
    slug=T("kabinet-turaly", "o-kabinete", "about"),
    title=T("Кабинет туралы", "О кабинете", "About the cabinet"),
    show_in_menus=True,
    children=[CREATIVE_GROUPS, ASSOCIATIONS],
    fields={
        "introduction": T(
            "Әдістемелік кабинет — мұғалімдердің кәсіби шеберлігін арттыруға арналған орын.",
            "Методический кабинет — место, где учителя повышают профессиональное мастерство.",
            "The methodological cabinet is where teachers improve their professional craft.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Кабинетте мұғалімдерге арналған шағын кітапхана, тақырыптық бұрыштар және "
                    "семинарлар мен шеберлік сыныптарына арналған орын бар.</p>"
                    "<p>Әдіскер мұғалімдерге сабақ жоспарлауға, ашық сабаққа дайындалуға және "
                    "өз тәжірибесін жинақтауға көмектеседі.</p>",
                    "<p>В кабинете есть небольшая библиотека для учителей, тематические уголки и место "
                    "для семинаров и мастер-классов.</p>"
                    "<p>Методист помогает учителям планировать уроки, готовиться к открытому уроку и "
                    "обобщать собственный опыт.</p>",
                    "<p>The cabinet has a small library for teachers, themed corners, and room for "
                    "seminars and master classes.</p>"
                    "<p>The methodologist helps teachers plan lessons, prepare open lessons and write up "
                    "their own experience.</p>",
                ),
            ),
            (
                "image",
                {
                    "image": ImageRef("bookshelf"),
                    "caption": T(
                        "Кабинет кітапханасының бір бөлігі",
                        "Часть библиотеки кабинета",
                        "Part of the cabinet’s library",
                    ),
                },
            ),
            (
                "heading",
                {"text": T("Кабинеттің міндеттері", "Задачи кабинета", "What the cabinet does"), "level": "h2"},
            ),
            (
                "paragraph",
                T(
                    "<ul><li>Әдістемелік әдебиет пен сабақ әзірлемелерін жинақтау және таныстыру</li>"
                    "<li>Жас мамандарға тәлімгерлік көмек ұйымдастыру</li>"
                    "<li>Семинарлар, ашық сабақтар мен байқаулар өткізу</li>"
                    "<li>Озық педагогикалық тәжірибені тарату</li></ul>",
                    "<ul><li>Собирать методическую литературу и разработки уроков и знакомить с ними</li>"
                    "<li>Организовывать наставничество для молодых специалистов</li>"
                    "<li>Проводить семинары, открытые уроки и конкурсы</li>"
                    "<li>Распространять передовой педагогический опыт</li></ul>",
                    "<ul><li>Collect and present methodological literature and lesson plans</li>"
                    "<li>Arrange mentoring for young specialists</li>"
                    "<li>Hold seminars, open lessons and competitions</li>"
                    "<li>Share the best teaching practice</li></ul>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "tip",
                    "title": T("Кеңес", "Совет", "Tip"),
                    "text": T(
                        "<p>Кітапты үйге алу үшін кітапханашыға жазылыңыз: көп кітап екі аптаға беріледі.</p>",
                        "<p>Чтобы взять книгу домой, запишитесь у библиотекаря: большинство книг выдаётся "
                        "на две недели.</p>",
                        "<p>To take a book home, sign it out with the librarian: most books can be borrowed "
                        "for two weeks.</p>",
                    ),
                },
            ),
        ],
    },
)

CONTACTS_PAGE = PageSpec(
    StandardPage,
    slug=T("bailanys", "kontakty", "contacts"),
    title=T("Байланыс", "Контакты", "Contacts"),
    show_in_menus=True,
    fields={
        "introduction": T(
            "Кабинетке келіңіз, қоңырау шалыңыз немесе хат жазыңыз.",
            "Приходите в кабинет, звоните или пишите.",
            "Visit the cabinet, call or write to us.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Кабинет мектептің екінші қабатында, 204-бөлмеде орналасқан. Әдіскер "
                    "мұғалімдерді жұмыс күндері 14:00-ден 17:00-ге дейін қабылдайды.</p>",
                    "<p>Кабинет находится на втором этаже школы, в комнате 204. Методист принимает "
                    "учителей по рабочим дням с 14:00 до 17:00.</p>",
                    "<p>The cabinet is on the second floor of the school, in room 204. The methodologist "
                    "sees teachers on weekdays from 14:00 to 17:00.</p>",
                ),
            ),
            (
                "callout",
                {
                    "kind": "info",
                    "title": T("Семинарға тіркелу", "Запись на семинар", "Registering for a seminar"),
                    "text": T(
                        "<p>Іс-шараларға тіркелу әр іс-шараның бетінде ашылады.</p>",
                        "<p>Запись на мероприятия открывается на странице каждого мероприятия.</p>",
                        "<p>Registration opens on each event’s own page.</p>",
                    ),
                },
            ),
        ],
    },
)

HOME = PageSpec(
    HomePage,
    slug=T("cabinet-home", "cabinet-home", "cabinet-home"),
    title=T("Әдістемелік кабинет", "Методический кабинет", "Methodological cabinet"),
    children=[CORNERS, CATALOGUE, EVENTS, NEWS, ABOUT, CONTACTS_PAGE],
    fields={
        "introduction": T(
            "Мұғалімдерге арналған кітапхана, тақырыптық бұрыштар, семинарлар мен ашық сабақтар — бір жерде.",
            "Библиотека для учителей, тематические уголки, семинары и открытые уроки — в одном месте.",
            "A library for teachers, themed corners, seminars and open lessons, all in one place.",
        ),
        "body": [
            (
                "paragraph",
                T(
                    "<p>Мұнда сабаққа керек әдебиетті тауып, жас маманға арналған кеңестерді оқып, "
                    "жақын арадағы семинарға тіркеле аласыз.</p>",
                    "<p>Здесь можно найти литературу к уроку, прочитать советы для молодого специалиста "
                    "и записаться на ближайший семинар.</p>",
                    "<p>Find literature for your lessons, read advice for young specialists and register "
                    "for the next seminar.</p>",
                ),
            ),
            (
                "image",
                {
                    "image": ImageRef("seminar"),
                    "caption": T(
                        "Тәжірибе алмасу семинары",
                        "Семинар по обмену опытом",
                        "An experience-exchange seminar",
                    ),
                },
            ),
        ],
    },
)
