from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from cabinet_site.blocks import BodyStreamBlock
from cabinet_site.models import BasePage
from corners.models import CornerIndexPage, CornerPage
from events.listing import label_events
from events.models import EventIndexPage, EventPage, NewsIndexPage, NewsPage
from events.models.news import with_card_images
from resources.catalogue import label_records
from resources.models import ResourceIndexPage, ResourcePage

NEW_IN_CATALOGUE = 6
NEXT_EVENTS = 3
LATEST_NEWS = 3


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

    # "Corners": two queries.

    def corners_page(self):
        return CornerIndexPage.objects.live().public().descendant_of(self).order_by("path").first()

    def corners(self):
        """The live corners in this home page's language, in the order the methodologists set."""
        return CornerPage.objects.live().public().descendant_of(self).order_by("path")

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

    # "Next events" and "Latest news": a fixed number of queries, however many there are.

    def events_page(self):
        return EventIndexPage.objects.live().public().descendant_of(self).order_by("path").first()

    def news_page(self):
        return NewsIndexPage.objects.live().public().descendant_of(self).order_by("path").first()

    def next_events(self, limit=NEXT_EVENTS):
        """The next live events in this home page's language: running now or later, soonest first."""
        events = (
            EventPage.objects.live()
            .public()
            .descendant_of(self)
            .filter(ends_at__gt=timezone.now())
            .select_related("kind")
            .prefetch_related("subjects")
            .order_by("start", "pk")[:limit]
        )
        return label_events(events, self.locale)

    def latest_news(self, limit=LATEST_NEWS):
        news = NewsPage.objects.live().public().descendant_of(self)
        return with_card_images(news).order_by("-date", "-first_published_at", "-pk")[:limit]


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
