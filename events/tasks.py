"""Background work of the events: registration e-mails.

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
