from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cabinet_site.blocks import BodyStreamBlock
from cabinet_site.models import BasePage
from resources.catalogue import label_records
from resources.models import ResourceIndexPage, ResourcePage

NEW_IN_CATALOGUE = 6


class HomePage(BasePage):
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "corners.CornerIndexPage",
        "resources.ResourceIndexPage",
        "events.EventIndexPage",
        "events.NewsIndexPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_sections(self):
        return self.get_children().live().public().in_menu().specific()

    # "New in the catalogue": seven queries, however many records there are.

    def catalogue_page(self):
        return ResourceIndexPage.objects.live().public().descendant_of(self).order_by("path").first()

    def new_in_catalogue(self, limit=NEW_IN_CATALOGUE):
        """The newest live records in this home page's language, with their type names for the cards."""
        records = (
            ResourcePage.objects.live()
            .public()
            .descendant_of(self)
            .filter(first_published_at__isnull=False)
            .select_related("resource_type")
            .prefetch_related("subjects", "languages", "document_links")
            .order_by("-first_published_at", "-pk")[:limit]
        )
        return label_records(records, self.locale)


class StandardPage(BasePage):
    """About the cabinet, contacts, creative groups, methodological associations."""

    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]
    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")
