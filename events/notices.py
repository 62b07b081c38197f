"""Writing to registrants when their event is cancelled, postponed or moved to a new date.

Each registration remembers what its person was last told (the state and start below). When a
published event's state or start changes (EventPage.save), a background task compares every
confirmed and waiting registrant's memory with the event and writes to those it differs for, in
the language of the page they registered through, then updates the memory: one letter per change
and person, however often the page is saved afterwards, and also when the change reaches the
other languages' pages (aliases, synchronised translations) later.

The facts (status, dates) are the same in every language and are taken from the page that
changed; the words (title, place) from the registrant's own page. A confirmed registrant gets an
.ics that updates the entry the confirmation put in their calendar: the same UID, a higher
SEQUENCE, METHOD:CANCEL for a cancellation and METHOD:REQUEST otherwise. The waiting list got no
entry, so it gets none now.
"""

import logging

from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext

from cabinet_site.links import page_url

from .calendar import registrant_calendar
from .models import EventStatus, Registration, RegistrationStatus
from .templatetags.event_tags import event_when, long_date

logger = logging.getLogger(__name__)

SCHEDULED, POSTPONED, CANCELLED = "scheduled", "postponed", "cancelled"
# The notices: what changed for the person.
NEW_DATE, RESUMED = "new-date", "resumed"

# Synchronised facts of the event that a registrant's page in another language may not have yet.
FACTS = ("status", "postponed_from", "start", "end", "all_day", "online_url")


def state(status, postponed_from, start):
    """What a registrant needs to know: (cancelled | postponed without a new date | scheduled, start)."""
    if status == EventStatus.CANCELLED:
        return CANCELLED, None
    if status == EventStatus.POSTPONED and not postponed_from:
        return POSTPONED, None
    return SCHEDULED, start


def state_of(event):
    return state(event.status, event.postponed_from, event.start)


def remember(registration, event):
    """Record that the person now knows the event as it is (on registering, after a notice)."""
    registration.told_state, registration.told_start = state_of(event)


def notice_for(registration, current):
    """The notice this registrant is owed about the event's current state, or None."""
    told = (registration.told_state, registration.told_start)
    if told == current or not registration.told_state:
        return None
    kind, start = current
    if kind != SCHEDULED:
        return kind
    return NEW_DATE if start != registration.told_start else RESUMED


def in_language_of(registration, changed):
    """The registrant's page, with the facts of the page that changed."""
    event = registration.event
    if event.pk != changed.pk:
        for name in FACTS:
            setattr(event, name, getattr(changed, name))
    return event


SUBJECTS = {
    CANCELLED: lambda: gettext("Cancelled: %(title)s"),
    POSTPONED: lambda: gettext("Postponed: %(title)s"),
    NEW_DATE: lambda: gettext("New date: %(title)s"),
    RESUMED: lambda: gettext("Takes place as planned: %(title)s"),
}


def send_notice(registration, event, notice):
    """Send one registrant the notice; returns the SEQUENCE of the .ics sent (or None)."""
    from .registration import cancel_url

    confirmed = registration.status == RegistrationStatus.CONFIRMED
    with translation.override(event.locale.language_code):
        context = {
            "registration": registration,
            "event": event,
            "notice": notice,
            "confirmed": confirmed,
            # The date the person knew: what was cancelled, postponed or moved.
            "planned": long_date(registration.told_start) if registration.told_start else event_when(event),
            "event_url": page_url(event),
            "cancel_url": cancel_url(registration),
        }
        subject = SUBJECTS[notice]() % {"title": event.title}
        body = render_to_string("events/emails/change.txt", context)
    message = EmailMessage(subject=subject, body=body, to=[registration.email])
    sequence = None
    if confirmed:
        sequence = max(event.sequence, registration.calendar_sequence + 1)
        method = "CANCEL" if notice == CANCELLED else "REQUEST"
        calendar = registrant_calendar(event, registration, method=method, sequence=sequence)
        message.attach("event.ics", calendar.to_ical(), f"text/calendar; method={method}")
    message.send()
    return sequence


def notify_registrants(changed):
    """Write to every confirmed and waiting registrant of the event who has not heard of its change yet."""
    current = state_of(changed)
    pending = Registration.objects.active(changed.translation_key)
    sent = 0
    for pk in pending.order_by("pk").values_list("pk", flat=True):
        try:
            with transaction.atomic():
                # Locked while its letter goes, so that two tasks for the same change write once.
                registration = Registration.objects.select_for_update(of=("self",)).select_related("event").get(pk=pk)
                notice = notice_for(registration, current)
                if registration.status == RegistrationStatus.CANCELLED or notice is None:
                    continue
                sequence = send_notice(registration, in_language_of(registration, changed), notice)
                registration.told_state, registration.told_start = current
                if sequence is not None:
                    registration.calendar_sequence = sequence
                registration.save(update_fields=["told_state", "told_start", "calendar_sequence"])
                sent += 1
        except Exception:
            logger.exception("The notice about the change of event %s to registration %s was not sent", changed.pk, pk)
    return sent
