"""RSS 2.0 and Atom feeds of the news in the feed's language (/<lang>/news/feed/rss/ and …/atom/)."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from cabinet_site.links import absolute, page_url
from resources.feeds import FeedRequest as CatalogueFeedRequest
from resources.feeds import site_root_in

from .models import NewsIndexPage, NewsPage

FEED_LENGTH = 30


class FeedRequest(CatalogueFeedRequest):
    def news_page(self):
        pages = NewsIndexPage.objects.live().public().filter(locale=self.locale)
        root = site_root_in(self.site, self.locale)
        if root is not None:
            pages = pages.descendant_of(root)
        return pages.order_by("path").first()

    def items(self):
        items = NewsPage.objects.live().public().filter(locale=self.locale)
        root = site_root_in(self.site, self.locale)
        if root is not None:
            items = items.descendant_of(root)
        return items.order_by("-date", "-first_published_at", "-pk").prefetch_related("tagged_items__tag")[
            :FEED_LENGTH
        ]


class NewsFeed(Feed):
    feed_type = Rss201rev2Feed

    def get_object(self, request, *args, **kwargs):
        return FeedRequest(request=request, locale=Locale.get_active(), site=Site.find_for_request(request))

    def title(self, obj):
        title = _("News of the methodological cabinet")
        return f"{title} — {obj.site.site_name}" if obj.site and obj.site.site_name else title

    def link(self, obj):
        page = obj.news_page()
        if page is not None:
            return page_url(page, obj.request)
        return absolute(f"/{obj.locale.language_code}/", site=obj.site, request=obj.request)

    def description(self, obj):
        return _("Event news and reports of the methodological cabinet.")

    def items(self, obj):
        return obj.items()

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.introduction

    def item_link(self, item):
        return page_url(item)

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.last_published_at or item.published_at

    def item_categories(self, item):
        return [tagged.tag.name for tagged in item.tagged_items.all()]


class NewsAtomFeed(NewsFeed):
    feed_type = Atom1Feed

    def subtitle(self, obj):
        return self.description(obj)
