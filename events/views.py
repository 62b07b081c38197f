"""Calendar feeds and files of the events, and registration for them."""

import datetime

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_GET, require_POST
from wagtail.models import Locale, Site

from cabinet_site.page_cache import page_cache_exempt

from . import registration as registration_service
from .calendar import calendar_response
from .models import EventLevel, EventPage, Registration, RegistrationStatus
from .registration import RegistrationForm, too_many_attempts
from .tasks import send_registration_email

# A subscribed calendar keeps what it has seen; the feed carries recent past events and all future ones.
FEED_HISTORY = datetime.timedelta(days=180)


def feed_events(request, locale):
    events = EventPage.objects.live().public().filter(locale=locale)
    site = Site.find_for_request(request)
    root = site.root_page.get_translation_or_none(locale) if site else None
    if root is not None:
        events = events.descendant_of(root)
    if kind := request.GET.get("kind"):
        events = events.filter(kind__slug=kind)
    if (level := request.GET.get("level")) in EventLevel.values:
        events = events.filter(level=level)
    if subject := request.GET.get("subject"):
        events = events.filter(subjects__slug=subject)
    events = events.filter(ends_at__gt=timezone.now() - FEED_HISTORY).defer_streamfields().select_related("locale")
    return events.order_by("start", "pk").distinct()


@require_GET
def event_ics(request, page_id):
    """One event as an .ics file, in the language of the address."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=page_id, locale=Locale.get_active())
    return calendar_response([event], filename=f"event-{event.pk}.ics", name=event.title, request=request)


@require_GET
def calendar_feed(request):
    locale = Locale.get_active()
    name = _("Events of the methodological cabinet")
    if site := Site.find_for_request(request):
        name = f"{name} — {site.site_name}" if site.site_name else name
    return calendar_response(
        feed_events(request, locale), filename="events.ics", name=name, attachment=False, request=request
    )


@require_POST
def register(request, page_id):
    """The registration form of an event page: on success a confirmation page, else the event page with errors."""
    event = get_object_or_404(EventPage.objects.live().public(), pk=page_id)
    form = RegistrationForm(request.POST)
    if too_many_attempts(request, event):
        return TemplateResponse(
            request, "events/registration_done.html", {"page": event, "rate_limited": True}, status=429
        )
    if form.is_spam():
        # Robots are told nothing useful, and nothing is stored.
        return TemplateResponse(request, "events/registration_done.html", {"page": event, "spam": True})
    outcome = {}
    if form.is_valid():
        try:
            registration = registration_service.register(event, form.cleaned_data)
        except registration_service.RegistrationClosed:
            form.add_error(None, _("Registration for this event is closed."))
        except registration_service.AlreadyRegistered:
            form.add_error(
                "email",
                _("This e-mail address is already registered for the event. Look for our letter in your mail."),
            )
        else:
            send_registration_email.enqueue(registration.pk)
            outcome = {"page": event, "registration": registration}
    if outcome:
        return TemplateResponse(request, "events/registration_done.html", outcome)
    context = event.get_context(request)
    context["registration_form"] = form
    return TemplateResponse(request, event.get_template(request), context, status=400)


@page_cache_exempt  # the address is the registration's secret
def cancel_registration(request, token):
    registration = get_object_or_404(Registration.objects.select_related("event"), token=token)
    context = {"page": registration.event.specific, "registration": registration}
    if request.method == "POST" and registration.status != RegistrationStatus.CANCELLED:
        registration_service.cancel(registration)
        context["cancelled"] = True
    return TemplateResponse(request, "events/registration_cancel.html", context)
