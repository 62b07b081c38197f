from django.db import models
from django.utils.translation import gettext_lazy as _

MAX_LOGGED_QUERY_LENGTH = 200


class SearchQuery(models.Model):
    """How often a query was asked in a month, in one language, and how often it found nothing."""

    language_code = models.CharField(_("language"), max_length=10)
    query = models.CharField(_("query"), max_length=MAX_LOGGED_QUERY_LENGTH)
    month = models.DateField(_("month"), help_text=_("The first day of the month."))
    count = models.PositiveIntegerField(_("searches"), default=0)
    no_results = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query")
        verbose_name_plural = _("search queries")
        constraints = [
            models.UniqueConstraint(fields=["language_code", "month", "query"], name="search_query_unique_per_month")
        ]
        indexes = [models.Index(fields=["month", "-count"], name="search_query_month_count")]

    def __str__(self):
        return self.query
