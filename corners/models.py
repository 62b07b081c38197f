from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cabinet_site.models import BasePage, SectionIndexPage

from .blocks import CornerStreamBlock


class Accent(models.TextChoices):
    """Colours with at least 4.5:1 contrast against white, both ways (static/css/site.css, 18)."""

    TEAL = "teal", _("Teal")
    BLUE = "blue", _("Blue")
    GREEN = "green", _("Green")
    TERRACOTTA = "terracotta", _("Terracotta")
    PLUM = "plum", _("Plum")


class Icon(models.TextChoices):
    """The inline SVG icons in templates/corners/includes/icon.html."""

    BOOKMARK = "bookmark", _("Bookmark")
    SPROUT = "sprout", _("Sprout")
    LIGHTBULB = "lightbulb", _("Light bulb")
    BOOKS = "books", _("Books")
    PEOPLE = "people", _("People")
    COMPASS = "compass", _("Compass")


class CornerIndexPage(SectionIndexPage):
    """The cabinet's corners: curated shelves of material for teachers."""

    subpage_types = ["corners.CornerPage"]

    class Meta:
        verbose_name = _("corners section")
        verbose_name_plural = _("corners sections")

    def get_listing(self):
        return self.get_children().live().public().specific().order_by("path")


class CornerPage(BasePage):
    """One corner: what it is for, whom it serves, and a body that points into the catalogue and events."""

    audience = models.CharField(
        _("for whom"),
        max_length=255,
        blank=True,
        help_text=_("Who the corner is for, in a few words: young specialists, every teacher…"),
    )
    accent = models.CharField(_("accent colour"), max_length=20, choices=Accent.choices, default=Accent.TEAL)
    icon = models.CharField(_("icon"), max_length=20, choices=Icon.choices, default=Icon.BOOKMARK)
    takes_questions = models.BooleanField(
        _("“Ask a methodologist” form"),
        default=False,
        help_text=_("Visitors may send questions from this corner; answered ones can be published on it."),
    )
    body = StreamField(CornerStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [
        FieldPanel("audience"),
        FieldRowPanel([FieldPanel("accent"), FieldPanel("icon")], heading=_("Appearance")),
        FieldPanel("body"),
        MultiFieldPanel([FieldPanel("takes_questions")], heading=_("Questions")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("audience"), index.SearchField("body")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("audience"),
        TranslatableField("body"),
        SynchronizedField("show_in_menus"),
        SynchronizedField("accent"),
        SynchronizedField("icon"),
        SynchronizedField("takes_questions"),
    ]

    parent_page_types = ["corners.CornerIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("corner")
        verbose_name_plural = _("corners")

    def answered_questions(self):
        """Published questions asked on this corner in its language (any translation of it)."""
        return Question.objects.filter(
            corner__translation_key=self.translation_key,
            language=self.locale.language_code,
            is_published=True,
        ).order_by("-answered_at", "-pk")

    def get_context(self, request, *args, **kwargs):
        from .questions import QuestionForm

        context = super().get_context(request, *args, **kwargs)
        if self.takes_questions:
            context.setdefault("question_form", QuestionForm())
        return context


class Question(models.Model):
    """A question sent from a corner's “Ask a methodologist” form, and the methodologist's answer.

    Name and e-mail are optional: without them the question is anonymous and needs no consent.
    """

    corner = models.ForeignKey(
        CornerPage, verbose_name=_("corner"), on_delete=models.CASCADE, related_name="questions"
    )
    language = models.CharField(_("language"), max_length=8, editable=False)
    question = models.TextField(_("question"), max_length=2000)
    name = models.CharField(pgettext_lazy("person", "name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail"), blank=True, help_text=_("Where to send the answer."))
    consent_at = models.DateTimeField(_("consent given"), null=True, blank=True, editable=False)
    created_at = models.DateTimeField(_("asked"), auto_now_add=True)
    answer = models.TextField(_("answer"), blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True, editable=False)
    is_published = models.BooleanField(
        _("publish on the corner"),
        default=False,
        help_text=_("Shows the question (never the name or e-mail) and the answer in the corner's questions."),
    )

    panels = [FieldPanel("question"), FieldPanel("answer"), FieldPanel("is_published")]

    class Meta:
        verbose_name = _("question to a methodologist")
        verbose_name_plural = _("questions to methodologists")
        ordering = ["-created_at"]

    def __str__(self):
        return self.question[:80]

    def save(self, *args, **kwargs):
        newly_answered = bool(self.answer.strip()) and self.answered_at is None
        if newly_answered:
            self.answered_at = timezone.now()
        super().save(*args, **kwargs)
        if newly_answered and self.email:
            from .tasks import send_answer_email

            send_answer_email.enqueue(self.pk)

    @property
    def is_anonymous(self):
        return not (self.name or self.email)

    def clean(self):
        if self.is_published and not self.answer.strip():
            raise ValidationError({"answer": _("Write the answer before publishing the question.")})
