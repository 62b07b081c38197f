"""Registering for an event: the form, places and the waiting list, and the e-mails.

Places are counted over every language's page of the event. Registering locks the event's rows
(SELECT … FOR UPDATE) for the moment of counting, so two people taking the last place at the same
time cannot both get it; the second joins the waiting list.
"""

from django import forms
from django.core.cache import cache
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.db.models.functions import Lower
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from cabinet_site.links import absolute, page_url

from . import notices
from .calendar import registrant_calendar
from .models import EventPage, Registration, RegistrationStatus

# Teachers of one school often share one public address, so the limit is per address and event.
RATE_LIMIT = 10  # registrations for one event from one address …
RATE_WINDOW = 600  # … per ten minutes


class RegistrationForm(forms.ModelForm):
    consent = forms.BooleanField(
        label=_(
            "I agree to the processing of my personal data for this event, as the Law of the Republic of "
            "Kazakhstan “On personal data and their protection” requires."
        ),
        error_messages={"required": _("Without your consent we cannot register you.")},
    )
    # A field people do not see; robots fill it in.
    website = forms.CharField(required=False, label=_("Leave this field empty"))

    class Meta:
        model = Registration
        fields = ["name", "school", "subject", "position", "email", "phone"]
        widgets = {
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "school": forms.TextInput(attrs={"autocomplete": "organization"}),
            "position": forms.TextInput(attrs={"autocomplete": "organization-title"}),
            "email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "phone": forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
        }

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()

    def is_spam(self):
        return bool(self.data.get("website"))


class AlreadyRegistered(Exception):
    pass


class RegistrationClosed(Exception):
    pass


def client_address(request):
    """The visitor's address: behind the reverse proxy, the one it appended last to X-Forwarded-For."""
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    return forwarded[-1] if forwarded else request.META.get("REMOTE_ADDR", "")


def too_many_attempts(request, event):
    """Count a registration attempt from the visitor's address; True beyond the limit."""
    key = f"events:registration:{event.translation_key}:{client_address(request)}"
    cache.add(key, 0, RATE_WINDOW)
    try:
        attempts = cache.incr(key)
    except ValueError:
        cache.set(key, 1, RATE_WINDOW)
        attempts = 1
    return attempts > RATE_LIMIT


def lock_event(event):
    """Lock every language's row of the event until the transaction ends; return the fresh source row."""
    rows = list(
        EventPage.objects.select_for_update(of=("self",)).filter(translation_key=event.translation_key).order_by("pk")
    )
    return next((row for row in rows if row.pk == event.pk), rows[0])


def places_left(event):
    """How many places are free over every language's page of the event; None without a limit."""
    if event.capacity is None:
        return None
    taken = Registration.objects.active(event.translation_key).filter(status=RegistrationStatus.CONFIRMED).count()
    return max(event.capacity - taken, 0)


def has_free_place(event):
    return places_left(event) != 0


def register(event, data, *, now=None):
    """Create a registration from the form's cleaned data: confirmed while places last, then waitlisted."""
    with transaction.atomic():
        locked = lock_event(event)
        if not locked.registration_is_open(now):
            raise RegistrationClosed
        if (
            Registration.objects.active(event.translation_key)
            .annotate(lower=Lower("email"))
            .filter(lower=data["email"])
            .exists()
        ):
            raise AlreadyRegistered
        status = RegistrationStatus.CONFIRMED if has_free_place(locked) else RegistrationStatus.WAITLISTED
        try:
            with transaction.atomic():
                registration = Registration(
                    event=event,
                    event_key=event.translation_key,
                    status=status,
                    consent_at=now or timezone.now(),
                    **{name: data.get(name, "") for name in RegistrationForm.Meta.fields},
                )
                notices.remember(registration, locked)
                registration.save(force_insert=True)
        except IntegrityError as error:
            raise AlreadyRegistered from error
    return registration


def cancel(registration):
    """Cancel a registration; a freed place goes to the first person on the waiting list."""
    with transaction.atomic():
        locked = lock_event(registration.event)
        registration.refresh_from_db()
        if registration.status == RegistrationStatus.CANCELLED:
            return None
        was_confirmed = registration.status == RegistrationStatus.CONFIRMED
        registration.status = RegistrationStatus.CANCELLED
        registration.cancelled_at = timezone.now()
        registration.save(update_fields=["status", "cancelled_at"])
        promoted = None
        if was_confirmed and has_free_place(locked):
            promoted = (
                Registration.objects.active(registration.event_key)
                .filter(status=RegistrationStatus.WAITLISTED)
                .order_by("created_at", "pk")
                .select_for_update()
                .first()
            )
            if promoted is not None:
                promoted.status = RegistrationStatus.CONFIRMED
                promoted.save(update_fields=["status"])
    if promoted is not None:
        from .tasks import send_registration_email

        send_registration_email.enqueue(promoted.pk, promoted=True)
    return promoted


def cancel_url(registration):
    event = registration.event
    with translation.override(event.locale.language_code):
        path = reverse("event_registration_cancel", args=[registration.token])
    return absolute(path, site=event.get_site())


def send_confirmation(registration, *, promoted=False):
    """The e-mail after registering (or moving up from the waiting list), in the event page's language."""
    event = registration.event
    with translation.override(event.locale.language_code):
        context = {
            "registration": registration,
            "event": event,
            "event_url": page_url(event),
            "cancel_url": cancel_url(registration),
            "promoted": promoted,
            "confirmed": registration.status == RegistrationStatus.CONFIRMED,
        }
        if registration.status == RegistrationStatus.CONFIRMED:
            subject = gettext("You are registered: %(title)s") % {"title": event.title}
        else:
            subject = gettext("You are on the waiting list: %(title)s") % {"title": event.title}
        body = render_to_string("events/emails/registration.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[registration.email])
    sequence = None
    if registration.status == RegistrationStatus.CONFIRMED:
        sequence = max(event.sequence, registration.calendar_sequence)
        calendar = registrant_calendar(event, registration, sequence=sequence)
        message.attach("event.ics", calendar.to_ical(), "text/calendar")
    message.send()
    if sequence is not None and sequence != registration.calendar_sequence:
        registration.calendar_sequence = sequence
        registration.save(update_fields=["calendar_sequence"])
