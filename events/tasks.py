"""Background work of the events: registration e-mails and the notices of a cancelled or moved event.

Run at once by default and by the django-tasks database worker in production (see TASKS in
cabinet_site/settings/base.py), so a slow or failing mail server never fails a registration.
"""

import logging

from django_tasks import task

from .models import Registration

logger = logging.getLogger(__name__)


@task()
def send_registration_email(registration_id, promoted=False):
    from .registration import send_confirmation

    registration = Registration.objects.select_related("event").filter(pk=registration_id).first()
    if registration is None:
        return
    try:
        send_confirmation(registration, promoted=promoted)
    except Exception:
        logger.exception("The e-mail about registration %s was not sent", registration_id)


@task()
def send_event_change_notices(page_id):
    """Write to the registrants of an event whose status or date has just changed (events/notices.py)."""
    from .models import EventPage
    from .notices import notify_registrants

    event = EventPage.objects.filter(pk=page_id).select_related("locale").first()
    if event is not None:
        notify_registrants(event)
