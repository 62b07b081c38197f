from wagtail.models import Site

from cabinet_site.models import SiteText
from cabinet_site.views import LOW_VISION_COOKIE


def site_chrome(request):
    """What every public page's header and footer need."""
    site = Site.find_for_request(request)
    home = site.root_page.localized.specific if site else None
    return {
        "site_text": SiteText.for_current_language(),
        "home_page": home,
        "low_vision": request.COOKIES.get(LOW_VISION_COOKIE) == "1",
    }
