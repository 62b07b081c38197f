"""The site's addresses as the development server has them (DEBUG on): the media folder is served."""

from cabinet_site.media import media_urlpatterns
from cabinet_site.urls import handler404, handler500  # noqa: F401
from cabinet_site.urls import urlpatterns as site_urlpatterns

urlpatterns = media_urlpatterns() + site_urlpatterns
