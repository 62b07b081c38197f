"""Who registered for an event: personal data, seen only by methodologists and administrators."""

import uuid

from django.db import models
from django.db.models.functions import Lower
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", pgettext_lazy("event or registration status", "Cancelled")


class RegistrationQuerySet(models.QuerySet):
    def active(self, event_key):
        """The registrations of the event (every language's page) that still stand: confirmed or waiting."""
        return self.filter(event_key=event_key).exclude(status=RegistrationStatus.CANCELLED)


class Registration(models.Model):
    # Registrations through any language's page count against one capacity: they share the event's
    # translation key, and `event` is the page the person used (its language is the e-mails' language).
    event = models.ForeignKey(
        "events.EventPage", verbose_name=_("event"), on_delete=models.CASCADE, related_name="registrations"
    )
    event_key = models.UUIDField(editable=False, db_index=True)
    name = models.CharField(_("full name"), max_length=200)
    school = models.CharField(_("school"), max_length=255)
    subject = models.CharField(_("subject taught"), max_length=200, blank=True)
    position = models.CharField(_("position"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail"))
    phone = models.CharField(_("phone"), max_length=40, blank=True)
    consent_at = models.DateTimeField(_("consent to processing personal data given"), editable=False)
    status = models.CharField(
        _("status"), max_length=20, choices=RegistrationStatus.choices, default=RegistrationStatus.CONFIRMED
    )
    attended = models.BooleanField(_("attended"), default=False)
    token = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered at"), auto_now_add=True)
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True, editable=False)
    # What the person was last told about the event (events/notices.py): a change of it is written to them once.
    told_state = models.CharField(max_length=20, blank=True, editable=False)
    told_start = models.DateTimeField(null=True, blank=True, editable=False)
    # The SEQUENCE of the last calendar entry sent to them; an update must carry a higher one.
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["created_at", "pk"]
        constraints = [
            # A second registration with the same e-mail is refused; a cancelled one may register again.
            models.UniqueConstraint(
                "event_key",
                Lower("email"),
                condition=~models.Q(status="cancelled"),
                name="one_active_registration_per_email",
            )
        ]

    def __str__(self):
        return f"{self.name} — {self.event}"
