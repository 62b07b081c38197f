"""Controlled vocabularies of the catalogue: translatable snippets on one abstract model."""

from collections import defaultdict

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from .documents import MaterialLanguage


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A term with a name in each language and one slug shared by all of them."""

    name = models.CharField(_("name"), max_length=120)
    slug = models.SlugField(
        _("slug"),
        max_length=120,
        allow_unicode=False,
        help_text=_("Used in catalogue addresses and imports; the same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=100)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]
    # The slug identifies the term across languages, so translations keep it.
    translatable_fields = [
        TranslatableField("name"),
        SynchronizedField("slug"),
        SynchronizedField("sort_order"),
    ]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name

    @classmethod
    def names_in_every_language(cls):
        """Slug → the term's names in all languages, read once per process and again after a change."""
        names = _names.get(cls)
        if names is None:
            names = defaultdict(list)
            for slug, name in cls.objects.order_by("slug", "locale_id").values_list("slug", "name"):
                names[slug].append(name)
            _names[cls] = names = dict(names)
        return names


_names = {}


def forget_names(sender, **kwargs):
    """Terms changed: names_in_every_language() reads them again."""
    if isinstance(sender, type) and issubclass(sender, Taxonomy):
        _names.pop(sender, None)


class ResourceType(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("resource type")
        verbose_name_plural = _("resource types")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_resource_type_slug")]


class Subject(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = pgettext_lazy("school subject", "subject")
        verbose_name_plural = _("subjects")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_subject_slug")]


class Language(models.Model):
    """A language a material itself is written in (independent of the page's locale)."""

    code = models.CharField(_("code"), max_length=8, choices=MaterialLanguage.choices, unique=True)
    sort_order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["sort_order"]
        verbose_name = _("language of the material")
        verbose_name_plural = _("languages of the material")

    def __str__(self):
        return str(MaterialLanguage(self.code).label)


class Availability(models.TextChoices):
    ON_SHELF = "on_shelf", _("On the shelf")
    ON_LOAN = "on_loan", _("On loan")
    READING_ROOM = "reading_room", _("Reading room only")
