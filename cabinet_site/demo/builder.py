"""Builds the demo site in code: idempotent, and never touching what editors made."""

import io
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.db import transaction
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site
from wagtail_localize.models import Translation, TranslationSource

from cabinet_site.demo.text import T, resolve, translation_pairs
from cabinet_site.models import SiteSettings, SiteText
from cabinet_site.roles import LIBRARIANS, METHODOLOGISTS, TEACHERS
from search.indexing import deferred_search_index

TRANSLATED_LANGUAGES = ("ru", "en")
SITE_TEXT_KEY = uuid.UUID("5b0f2d7e-8c1a-4a57-9d8e-3c6f0e9a1b01")


@dataclass(frozen=True)
class ImageRef:
    """A demo image named in content declared before any image exists."""

    key: str


class Deferred:
    """A field value made when its page is created: a term looked up, a file generated (see catalogue.py)."""

    def make(self, builder):
        raise NotImplementedError


@dataclass
class PageSpec:
    model: type[Page]
    slug: T
    title: T
    fields: dict = field(default_factory=dict)
    children: list["PageSpec"] = field(default_factory=list)
    show_in_menus: bool = False
    # Made once the rest of the tree exists: for pages that pick other pages (a corner's records).
    after_tree: bool = False

    def translatable(self):
        return {"title": self.title, "slug": self.slug, **self.fields}


@dataclass
class DemoImage:
    key: str
    title: str
    description: T  # the alternative text in each language
    credit: str
    draw: object  # callable(ImageDraw, width, height)
    size: tuple = (1200, 675)


@dataclass
class StaffAccount:
    username: str
    password: str
    group: str | None
    is_superuser: bool = False
    first_name: str = ""
    last_name: str = ""


class DemoBuilder:
    def __init__(self, *, home: PageSpec, images: list[DemoImage], site_text: dict, contacts: dict, staff, log):
        self.home_spec = home
        self.image_specs = images
        self.site_text = site_text
        self.contacts = contacts
        self.staff = staff
        self.log = log
        self.images = {}
        self.created_pages = 0
        self.later = []

    def build(self):
        # No transaction around the whole build: wagtail-localize publishes a translation when its
        # transaction commits, and a publish deferred past later tree changes would undo them.
        with deferred_search_index():
            self.ensure_locales()
            self.ensure_images()
            home = self.ensure_home()
            self.ensure_children(home, self.home_spec.children)
            for parent, spec in self.later:
                self.ensure_children(parent, [spec], now=True)
            self.translate_tree(home, self.home_spec)
            self.ensure_site_texts()
            self.ensure_site_settings(Site.objects.get(root_page=home))
        if settings.DEBUG:
            self.ensure_staff()
        self.log(f"Demo content ready: {self.created_pages} new pages.")

    # Locales -----------------------------------------------------------------------------------

    def ensure_locales(self):
        self.source_locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
        self.locales = {code: Locale.objects.get_or_create(language_code=code)[0] for code in TRANSLATED_LANGUAGES}

    # Images ------------------------------------------------------------------------------------

    def ensure_images(self):
        Image = get_image_model()
        for spec in self.image_specs:
            alt_text = {
                "description": spec.description.kk,
                "description_ru": spec.description.ru,
                "description_en": spec.description.en,
            }
            image = Image.objects.filter(title=spec.title).first()
            if image is None:
                image = Image(title=spec.title, credit=spec.credit, **alt_text)
                image.file = ImageFile(render_image(spec), name=f"demo-{spec.key}.png")
                image.save()
            elif not (image.description_ru or image.description_en):  # made before images had them
                Image.objects.filter(pk=image.pk).update(**alt_text)
            self.images[spec.key] = image

    # Pages -------------------------------------------------------------------------------------

    def materialise(self, value):
        if isinstance(value, ImageRef):
            return self.images[value.key]
        if isinstance(value, Deferred):
            return value.make(self)
        if isinstance(value, dict):
            return {key: self.materialise(item) for key, item in value.items()}
        if isinstance(value, list | tuple):
            return type(value)(self.materialise(item) for item in value)
        return value

    def new_page(self, spec):
        values = self.materialise(resolve(spec.translatable(), settings.LANGUAGE_CODE))
        return spec.model(show_in_menus=spec.show_in_menus, locale=self.source_locale, **values)

    def ensure_home(self):
        site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
        if site and isinstance(site.root_page.specific, self.home_spec.model):
            return site.root_page.specific
        root = Page.get_first_root_node()
        existing = root.get_children().type(self.home_spec.model).filter(locale=self.source_locale).first()
        home = existing.specific if existing else self.add_page(root, self.home_spec)
        placeholder = site.root_page if site else None
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        site.root_page = home
        site.site_name = str(resolve(self.home_spec.title, settings.LANGUAGE_CODE))
        site.save()
        if placeholder is not None and is_wagtail_welcome_page(placeholder):
            for page in [*placeholder.get_translations(), placeholder]:
                page.delete()
        return home

    @transaction.atomic
    def add_page(self, parent, spec):
        page = self.new_page(spec)
        parent.add_child(instance=page)
        page.save_revision().publish()
        self.created_pages += 1
        return page

    def ensure_children(self, parent, specs, now=False):
        for spec in specs:
            if spec.after_tree and not now:
                self.later.append((parent, spec))
                continue
            page = parent.get_children().filter(slug=spec.slug.get(settings.LANGUAGE_CODE)).first()
            page = page.specific if page else self.add_page(parent, spec)
            self.ensure_children(page, spec.children)

    def translate_tree(self, page, spec):
        for code, locale in self.locales.items():
            if self.translate_page(page, spec, code, locale) and page.first_published_at:
                # Published once the transaction committed; the translation is new only in its language.
                Page.objects.filter(translation_key=page.translation_key, locale=locale).update(
                    first_published_at=page.first_published_at
                )
        for child_spec in spec.children:
            child = page.get_children().filter(slug=child_spec.slug.get(settings.LANGUAGE_CODE)).first()
            if child is not None:
                self.translate_tree(child.specific, child_spec)

    @transaction.atomic
    def translate_page(self, page, spec, code, locale):
        """Translate through wagtail-localize, so editors can keep the translation in sync later."""
        existing = page.get_translation_or_none(locale)
        if existing is not None and existing.alias_of_id is None:
            return False
        source, _ = TranslationSource.get_or_create_from_instance(page)
        translation, _ = Translation.objects.get_or_create(source=source, target_locale=locale)
        pairs = translation_pairs(spec.translatable(), code)
        po = translation.export_po()
        for entry in po:
            if entry.msgid not in pairs:
                raise ValueError(f"No {code} translation in the demo content for {entry.msgctxt}: {entry.msgid!r}")
            entry.msgstr = pairs[entry.msgid]
        translation.import_po(po)
        translation.save_target(publish=True)
        return True

    # Snippets and settings ---------------------------------------------------------------------

    def ensure_site_texts(self):
        for locale in [self.source_locale, *self.locales.values()]:
            values = resolve(self.site_text, locale.language_code)
            SiteText.objects.get_or_create(translation_key=SITE_TEXT_KEY, locale=locale, defaults=values)

    def ensure_site_settings(self, site):
        site_settings = SiteSettings.for_site(site)
        if site_settings.logo_id is None and "logo" in self.images:
            site_settings.logo = self.images["logo"]
        for name, value in self.contacts.items():
            if not getattr(site_settings, name):
                setattr(site_settings, name, value)
        site_settings.save()

    # Staff -------------------------------------------------------------------------------------

    def ensure_staff(self):
        User = get_user_model()
        self.log("Demo staff accounts (DEBUG only):")
        for account in self.staff:
            user, created = User.objects.get_or_create(
                username=account.username,
                defaults={
                    "is_staff": account.is_superuser,
                    "is_superuser": account.is_superuser,
                    "email": f"{account.username}@example.kz",
                    "first_name": account.first_name,
                    "last_name": account.last_name,
                },
            )
            if created:
                user.set_password(account.password)
                user.save()
            if account.group:
                user.groups.add(Group.objects.get(name=account.group))
            state = account.password if created else f"{account.password} (if not changed since)"
            self.log(f"  {account.username:<14} password: {state}")


def is_wagtail_welcome_page(page):
    """The page Wagtail's first migration makes, which the demo home replaces."""
    return page.specific_class is Page and page.depth == 2 and not page.get_children().exists()


def render_image(spec):
    logo_file = Path(settings.BASE_DIR) / "static" / "img" / "logo.png"
    if spec.key == "logo" and logo_file.exists():
        return io.BytesIO(logo_file.read_bytes())
    width, height = spec.size
    picture = PILImage.new("RGB", (width, height), "#f4f1ea")
    spec.draw(ImageDraw.Draw(picture), width, height)
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    buffer.seek(0)
    return buffer


STAFF_GROUPS = {"librarian": LIBRARIANS, "methodologist": METHODOLOGISTS, "teacher": TEACHERS}
