from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cabinet_site import views
from cabinet_site.media import media_urlpatterns
from corners import views as corner_views
from events import views as event_views
from events.feeds import NewsAtomFeed, NewsFeed
from resources.api import api_router
from resources.feeds import NewAcquisitionsAtomFeed, NewAcquisitionsFeed
from search import views as search_views

urlpatterns = [
    path(settings.ADMIN_PATH, include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router().urls),
    path("low-vision/", views.toggle_low_vision, name="low_vision"),
]

if settings.DEBUG:
    urlpatterns += media_urlpatterns()

urlpatterns += i18n_patterns(
    path("search/", search_views.search, name="search"),
    path("search/suggest/", search_views.suggest, name="search_suggest"),
    path("catalogue/feed/rss/", NewAcquisitionsFeed(), name="catalogue_feed_rss"),
    path("catalogue/feed/atom/", NewAcquisitionsAtomFeed(), name="catalogue_feed_atom"),
    path("corners/<int:page_id>/ask/", corner_views.ask, name="corner_ask"),
    path("events/calendar.ics", event_views.calendar_feed, name="events_calendar"),
    path("events/<int:page_id>/event.ics", event_views.event_ics, name="event_ics"),
    path("events/<int:page_id>/register/", event_views.register, name="event_register"),
    path("events/registration/<uuid:token>/", event_views.cancel_registration, name="event_registration_cancel"),
    path("news/feed/rss/", NewsFeed(), name="news_feed_rss"),
    path("news/feed/atom/", NewsAtomFeed(), name="news_feed_atom"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "cabinet_site.views.page_not_found"
handler500 = "cabinet_site.views.server_error"
