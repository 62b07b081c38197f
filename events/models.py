from django.utils.translation import gettext_lazy as _

from cabinet_site.models import SectionIndexPage


class EventIndexPage(SectionIndexPage):
    """Seminars, master classes, open lessons and competitions."""

    subpage_types = []

    class Meta:
        verbose_name = _("events section")
        verbose_name_plural = _("events sections")


class NewsIndexPage(SectionIndexPage):
    """Event news and reports."""

    subpage_types = []

    class Meta:
        verbose_name = _("news section")
        verbose_name_plural = _("news sections")
