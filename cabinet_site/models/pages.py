from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cabinet_site.blocks import BodyStreamBlock
from cabinet_site.page_forms import CabinetPageForm
from cabinet_site.slugs import free_slug, latin_slug


class CabinetPageMixin:
    """What every page type of the site shares, whatever its base: the editor's form and Latin slugs."""

    base_form_class = CabinetPageForm

    def full_clean(self, *args, **kwargs):
        # Before Wagtail derives a slug of its own, which would drop every Cyrillic letter.
        if not self.slug and self.title and self.path and (base := latin_slug(self.title)):
            self.slug = free_slug(base, self.get_parent(), self)
        return super().full_clean(*args, **kwargs)


class BasePage(CabinetPageMixin, Page):
    """Fields and behaviour every public page shares."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        help_text=_("One or two sentences shown under the title and in listings."),
    )

    content_panels = Page.content_panels + [FieldPanel("introduction")]
    search_fields = Page.search_fields + [index.SearchField("introduction")]

    class Meta:
        abstract = True


class SectionIndexPage(BasePage):
    """A top-level section of the site (corners, catalogue, events, news): intro, body, children."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    def get_listing(self):
        return self.get_children().live().public().specific().order_by("-first_published_at")
