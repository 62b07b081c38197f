from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language
from wagtail.models import Site

from cabinet_site import fragment_cache
from cabinet_site.cache_generation import generation
from cabinet_site.models import SiteText
from cabinet_site.views import LOW_VISION_COOKIE


def site_chrome(request):
    """What every public page's header and footer need; read only when a template uses it (most of
    the header and footer are kept fragments, see cabinet_site/fragment_cache.py)."""

    def home_page():
        site = Site.find_for_request(request)
        return site.root_page.localized.specific if site else None

    def site_text():
        return fragment_cache.remember(request, "site-text", [get_language()], SiteText.for_current_language)

    return {
        "site_text": SimpleLazyObject(site_text),
        "home_page": SimpleLazyObject(home_page),
        "low_vision": request.COOKIES.get(LOW_VISION_COOKIE) == "1",
        "fragment_seconds": fragment_cache.seconds(request),
        "cache_generation": SimpleLazyObject(generation),
    }
