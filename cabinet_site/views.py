import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.csrf import requires_csrf_token
from wagtail.models import Locale

from cabinet_site.i18n import language_name, language_order, pages_for_path, translated_in

LOW_VISION_COOKIE = "low_vision"


def toggle_low_vision(request):
    """Switch the low-vision mode on or off and go back to the page the visitor came from."""
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = "/"
    response = HttpResponseRedirect(next_url)
    if request.GET.get("mode") == "on":
        response.set_cookie(LOW_VISION_COOKIE, "1", max_age=365 * 24 * 3600, samesite="Lax")
    else:
        response.delete_cookie(LOW_VISION_COOKIE, samesite="Lax")
    return response


def strip_language_prefix(path):
    parts = path.lstrip("/").split("/", 1)
    if parts[0] in dict(settings.LANGUAGES):
        return parts[1] if len(parts) > 1 else ""
    return path.lstrip("/")


def page_not_found(request, exception=None, template_name="404.html"):
    """A 404 in the visitor's language that offers the same address in the other languages."""
    current = translation.get_language()
    current_locale = Locale.objects.filter(language_code=current).first()
    found = pages_for_path(request, strip_language_prefix(request.path))
    offers = [
        {"page": page, "language": language_name(page.locale.language_code), "code": page.locale.language_code}
        for page in found
        if page.locale.language_code != current
    ]
    offers.sort(key=lambda offer: language_order(offer["code"]))
    in_current_language = None
    if current_locale is not None:
        in_current_language = next(
            (t for t in (translated_in(page, current_locale) for page in found) if t is not None), None
        )
    context = {"offers": offers, "in_current_language": in_current_language}
    return render(request, template_name, context, status=404)


@requires_csrf_token
def server_error(request, template_name="500.html"):
    # Rendered without the request's context: whatever failed may be what the context needs.
    if isinstance(sys.exc_info()[1], (OperationalError, InterfaceError)):
        return database_unavailable()
    return HttpResponseServerError(loader.get_template(template_name).render())


# While the database restarts, a visitor is asked to come back shortly rather than shown an error.
DATABASE_RETRY_SECONDS = 30


def database_unavailable():
    response = HttpResponse(loader.get_template("503.html").render(), status=503)
    response["Retry-After"] = str(DATABASE_RETRY_SECONDS)
    return response
