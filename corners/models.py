from django.utils.translation import gettext_lazy as _

from cabinet_site.models import SectionIndexPage


class CornerIndexPage(SectionIndexPage):
    """The cabinet's corners: curated shelves of material for teachers."""

    subpage_types = []

    class Meta:
        verbose_name = _("corners section")
        verbose_name_plural = _("corners sections")
