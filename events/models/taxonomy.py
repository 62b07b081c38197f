"""The kinds of event: a translatable vocabulary on the catalogue's abstract taxonomy."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from resources.models.taxonomy import Taxonomy


class EventKind(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("kind of event")
        verbose_name_plural = _("kinds of event")
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_event_kind_slug")]
