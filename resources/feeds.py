"""RSS 2.0 and Atom feeds of new acquisitions: the newest catalogue records in the feed's language.

The feeds live inside i18n_patterns (/<lang>/catalogue/feed/rss/ and …/atom/), so the active language
is the feed's language: its records are the pages of that locale's tree, with type and subject names
in that language.
"""

from dataclasses import dataclass

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from .catalogue import label_records
from .models import ResourceIndexPage, ResourcePage

FEED_LENGTH = 30


def site_root_in(site, locale):
    """The site's home page in `locale`, or None (the records are then taken from every tree)."""
    return site.root_page.get_translation_or_none(locale) if site else None


def new_acquisitions(locale, site=None, limit=FEED_LENGTH):
    """The newest live, public records in `locale`, labelled with type and subject names (four queries)."""
    records = ResourcePage.objects.live().public().filter(locale=locale, first_published_at__isnull=False)
    root = site_root_in(site, locale)
    if root is not None:
        records = records.descendant_of(root)
    records = (
        records.select_related("resource_type")
        .prefetch_related("subjects")
        .order_by("-first_published_at", "-pk")[:limit]
    )
    return label_records(records, locale)


@dataclass
class FeedRequest:
    """What one request of the feed is about; the Feed instance itself is shared by every request."""

    request: object
    locale: Locale
    site: Site | None

    def catalogue_page(self):
        pages = ResourceIndexPage.objects.live().public().filter(locale=self.locale)
        root = site_root_in(self.site, self.locale)
        if root is not None:
            pages = pages.descendant_of(root)
        return pages.order_by("path").first()


class NewAcquisitionsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        return FeedRequest(request=request, locale=Locale.get_active(), site=Site.find_for_request(request))

    def title(self, obj):
        title = _("New in the catalogue")
        return f"{title} — {obj.site.site_name}" if obj.site and obj.site.site_name else title

    def link(self, obj):
        catalogue = obj.catalogue_page()
        if catalogue is not None:
            return catalogue.get_full_url(obj.request)
        return obj.request.build_absolute_uri(f"/{obj.locale.language_code}/")

    def description(self, obj):
        return _("The newest books, guides and materials in the catalogue of the methodological cabinet.")

    def items(self, obj):
        return new_acquisitions(obj.locale, obj.site)

    def item_title(self, record):
        return record.title

    def item_description(self, record):
        return record.description

    def item_link(self, record):
        return record.full_url

    def item_pubdate(self, record):
        return record.first_published_at

    def item_updateddate(self, record):
        return record.last_published_at or record.first_published_at

    def item_author_name(self, record):
        return record.authors or None

    def item_categories(self, record):
        return [label for label in [record.type_label, *record.subject_labels] if label]


class NewAcquisitionsAtomFeed(NewAcquisitionsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
