"""Building blocks for tests: locales, a site, pages, translations, staff users.

Plain functions so that both pytest fixtures (conftest.py) and Wagtail's unittest-style
WagtailPageTestCase classes can use them.
"""

from dataclasses import dataclass, field
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import timezone
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from cabinet_site import roles
from corners.models import CornerIndexPage, CornerPage
from events.models import EventIndexPage, EventKind, EventPage, NewsIndexPage, NewsPage
from home.models import HomePage, StandardPage
from resources.models import ResourceIndexPage, ResourcePage, ResourceType

LANGUAGE_CODES = ("kk", "ru", "en")


def make_locales():
    """The three content locales; kk exists already (Wagtail creates it from LANGUAGE_CODE)."""
    return {code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGE_CODES}


def make_home(locales, title="Әдістемелік кабинет", **fields):
    """A Kazakh HomePage under the tree's root, made the default Site for host 'testserver'.

    Wagtail's own "Welcome" page and localhost site from its initial migration are removed so
    the test site is the only one.
    """
    root = Page.get_first_root_node()
    Site.objects.all().delete()
    for page in root.get_children():
        page.delete()
    home = root.add_child(instance=HomePage(title=title, slug="home", locale=locales["kk"], **fields))
    Site.objects.create(hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Cabinet")
    cache.clear()  # Wagtail caches the site root paths
    return home


def add_page(parent, page_class, title, slug, **fields):
    page = parent.add_child(instance=page_class(title=title, slug=slug, **fields))
    return page


def translate(page, locale, *, title, slug=None, publish=True, **fields):
    """Translate `page` into `locale` through wagtail-localize, then edit and publish its title.

    With publish=False the translation is a draft (never live).
    """
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation = Translation.objects.create(source=source, target_locale=locale)
    translation.save_target(publish=publish)
    target = page.get_translation(locale).specific
    target.title = title
    if slug:
        target.slug = slug
    for name, value in fields.items():
        setattr(target, name, value)
    revision = target.save_revision()
    if publish:
        revision.publish()
    target.refresh_from_db()
    return target


def alias(page, locale):
    """A synced alias of `page` in `locale` (what wagtail-localize makes for untranslated pages)."""
    return page.copy_for_translation(locale, alias=True).specific


# The SiteTree attributes that hold pages, each {language code: page}.
PAGE_ATTRIBUTES = (
    "home",
    "corners",
    "resources",
    "events",
    "news",
    "about",
    "team",
    "contacts",
    "record",
    "corner",
    "event",
    "news_item",
)


@dataclass
class SiteTree:
    """The test site: per-language versions of each page, keyed by language code."""

    locales: dict
    home: dict
    corners: dict
    resources: dict
    events: dict
    news: dict
    about: dict
    team: dict
    contacts: dict
    record: dict
    corner: dict
    event: dict
    news_item: dict
    site: Site = None
    extra: dict = field(default_factory=dict)


def make_site_tree():
    """The site used by most tests.

    kk is the source of everything. What exists in ru and en:

    page         class               ru                         en
    home         HomePage            translation                translation
    corners      CornerIndexPage     translation (other slug)   translation (other slug)
    resources    ResourceIndexPage   alias                      alias
    events       EventIndexPage      translation                alias
    news         NewsIndexPage       alias                      translation
    about        StandardPage        translation «о-нас»        translation «about»
    about/team   StandardPage        —                          —      (exists only in kk)
    contacts     StandardPage        translation                draft translation (not live)
    record       ResourcePage        —                          —      (a catalogue record, kk only)
    corner       CornerPage          —                          —      (a corner, kk only)
    event        EventPage           —                          —      (a draft: a chess tournament next week)
    news_item    NewsPage            —                          —      (a draft)
    """
    locales = make_locales()
    ru, en = locales["ru"], locales["en"]
    home = make_home(locales)
    home_ru = translate(home, ru, title="Методический кабинет")
    home_en = translate(home, en, title="Methodological cabinet")

    corners = add_page(home, CornerIndexPage, "Бұрыштар", "burystar", show_in_menus=True)
    resources = add_page(home, ResourceIndexPage, "Әдебиеттер каталогы", "katalog", show_in_menus=True)
    events = add_page(home, EventIndexPage, "Іс-шаралар", "is-sharalar", show_in_menus=True)
    news = add_page(home, NewsIndexPage, "Жаңалықтар", "zhanalyktar", show_in_menus=True)
    about = add_page(home, StandardPage, "Кабинет туралы", "kabinet-turaly", show_in_menus=True)
    team = add_page(about, StandardPage, "Әдіскерлер тобы", "adiskerler")
    contacts = add_page(home, StandardPage, "Байланыс", "bailanys")
    corner = add_page(corners, CornerPage, "Бұл сізге қажет...", "bul-sizge-qazhet")
    event = add_page(
        events,
        EventPage,
        "Шахмат турнирі",
        "shakhmat-turniri",
        kind=EventKind.objects.get(slug="seminar", locale=locales["kk"]),
        start=timezone.now() + timedelta(days=7),
        live=False,
    )
    news_item = add_page(news, NewsPage, "Қысқы демалыс кестесі", "qysqy-demalys", live=False)
    record = add_page(
        resources,
        ResourcePage,
        "Қазақ тілі. 5-сынып. Сабақ жоспарлары",
        "qazaq-tili-5",
        resource_type=ResourceType.objects.get(slug="lesson-plan", locale=locales["kk"]),
    )

    tree = SiteTree(
        locales=locales,
        home={"kk": home, "ru": home_ru, "en": home_en},
        corners={
            "kk": corners,
            "ru": translate(corners, ru, title="Уголки кабинета", slug="ugolki"),
            "en": translate(corners, en, title="Cabinet corners", slug="corners"),
        },
        resources={"kk": resources, "ru": alias(resources, ru), "en": alias(resources, en)},
        events={
            "kk": events,
            "ru": translate(events, ru, title="Мероприятия", slug="meropriyatiya"),
            "en": alias(events, en),
        },
        news={
            "kk": news,
            "ru": alias(news, ru),
            "en": translate(news, en, title="News", slug="news"),
        },
        about={
            "kk": about,
            "ru": translate(about, ru, title="О кабинете", slug="о-нас"),
            "en": translate(about, en, title="About the cabinet", slug="about"),
        },
        team={"kk": team},
        contacts={
            "kk": contacts,
            "ru": translate(contacts, ru, title="Контакты", slug="kontakty"),
            "en": translate(contacts, en, title="Contacts", slug="contacts", publish=False),
        },
        record={"kk": record},
        corner={"kk": corner},
        event={"kk": event},
        news_item={"kk": news_item},
        site=Site.objects.get(is_default_site=True),
    )
    cache.clear()
    return tree


def make_staff_user(username, group_name=None, *, superuser=False):
    User = get_user_model()
    if superuser:
        return User.objects.create_superuser(username=username, email=f"{username}@example.com", password="password")
    user = User.objects.create_user(username=username, email=f"{username}@example.com", password="password")
    if group_name:
        user.groups.add(Group.objects.get(name=group_name))
    return user


def make_staff():
    return {
        "librarian": make_staff_user("librarian", roles.LIBRARIANS),
        "methodologist": make_staff_user("methodologist", roles.METHODOLOGISTS),
        "teacher": make_staff_user("teacher", roles.TEACHERS),
    }


def preview_renamed_draft(page, title, editor_user, times=2):
    """Save a draft of `page` with a new title, and have `editor_user` view it `times` times; the previews."""
    from django.test import Client
    from django.urls import reverse

    page.title = title
    page.save_revision()
    editor = Client()
    editor.force_login(editor_user)
    return [editor.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk])) for _attempt in range(times)]
