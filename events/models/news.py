import datetime

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cabinet_site.blocks import BodyStreamBlock
from cabinet_site.models import BasePage, SectionIndexPage
from events.schedule import ALMATY

NEWS_PER_PAGE = 12


def today():
    return timezone.localdate()


def clean_int(value, low, high):
    try:
        number = int(value)
    except (TypeError, ValueError):
        return None
    return number if low <= number <= high else None


CARD_IMAGE = "fill-480x270"  # the rendition templates/events/includes/news_card.html shows


GALLERY_IMAGE = "fill-640x480"  # a photo of templates/events/{event,news}_page.html
SHARING_IMAGE = "fill-1200x630"  # templates/events/includes/open_graph.html


def prefetch_gallery(page):
    """Read the page's photos with their images and renditions in three queries, however many."""
    if page.pk:
        images = get_image_model().objects.prefetch_renditions(GALLERY_IMAGE, SHARING_IMAGE)
        models.prefetch_related_objects([page], "gallery_images", models.Prefetch("gallery_images__image", images))


def with_card_images(news):
    """News with their lead images and the card's rendition fetched in two queries, not two per item."""
    images = get_image_model().objects.prefetch_renditions(CARD_IMAGE)
    return news.prefetch_related(models.Prefetch("lead_image", queryset=images))


class NewsIndexPage(SectionIndexPage):
    """Event news and reports, newest first, by year."""

    subpage_types = ["events.NewsPage"]

    class Meta:
        verbose_name = _("news section")
        verbose_name_plural = _("news sections")

    def news_items(self):
        return with_card_images(NewsPage.objects.live().public().child_of(self)).order_by(
            "-date", "-first_published_at", "-pk"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = self.news_items()
        years = sorted({day.year for day in items.dates("date", "year")}, reverse=True)
        year = clean_int(request.GET.get("year"), 1900, 2200)
        if year is not None:
            items = items.filter(date__year=year)
        page_obj = Paginator(items, NEWS_PER_PAGE).get_page(request.GET.get("page"))
        context.update(news_page=page_obj, news_years=years, selected_year=year)
        return context


class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey("events.NewsPage", related_name="tagged_items", on_delete=models.CASCADE)


class NewsPageGalleryImage(Orderable):
    page = ParentalKey("events.NewsPage", related_name="gallery_images", on_delete=models.CASCADE)
    image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL, verbose_name=_("image"), on_delete=models.CASCADE, related_name="+"
    )
    caption = models.CharField(_("caption"), max_length=255, blank=True)

    panels = [FieldPanel("image"), FieldPanel("caption")]

    class Meta(Orderable.Meta):
        verbose_name = _("photo")
        verbose_name_plural = _("photos")


class NewsPage(BasePage):
    """A news item or an event report."""

    date = models.DateField(_("date"), default=today, db_index=True)
    event = models.ForeignKey(
        "events.EventPage",
        verbose_name=_("event"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news_items",
        help_text=_("The event this news is about: the event shows the news, the news shows the event."),
    )
    lead_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("lead image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyStreamBlock(), verbose_name=_("body"), blank=True)
    tags = ClusterTaggableManager(_("tags"), through=NewsPageTag, blank=True)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel([FieldPanel("date"), FieldPanel("event"), FieldPanel("tags")], heading=_("About")),
        FieldPanel("lead_image"),
        FieldPanel("body"),
        InlinePanel("gallery_images", heading=_("Photo gallery"), label=_("photo")),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("body"), index.FilterField("date")]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("introduction"),
        TranslatableField("body"),
        *(
            SynchronizedField(name)
            for name in ("show_in_menus", "date", "event", "lead_image", "tagged_items", "gallery_images")
        ),
    ]

    parent_page_types = ["events.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news items")

    @property
    def published_at(self):
        """The news date at the moment it was first published that day (feeds want a time)."""
        moment = self.first_published_at
        if moment and timezone.localdate(moment) == self.date:
            return moment
        return datetime.datetime.combine(self.date, datetime.time(9), tzinfo=ALMATY)

    def get_context(self, request, *args, **kwargs):
        prefetch_gallery(self)
        return super().get_context(request, *args, **kwargs)

    def event_in_language(self):
        return self.event.localized if self.event_id else None
