from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Locale, TranslatableMixin
from wagtail.snippets.models import register_snippet


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """What is the same in every language: the logo and the ways to reach the cabinet."""

    logo = models.ForeignKey(
        "cabinet_site.CabinetImage",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    phone = models.CharField(_("phone"), max_length=50, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    map_url = models.URLField(_("map link"), blank=True)

    panels = [
        FieldPanel("logo"),
        MultiFieldPanel([FieldPanel("phone"), FieldPanel("email"), FieldPanel("map_url")], heading=_("Contacts")),
    ]

    class Meta:
        verbose_name = _("site settings")


@register_snippet
class SiteText(TranslatableMixin, models.Model):
    """The site's name and footer texts, one per language."""

    site_name = models.CharField(_("site name"), max_length=120)
    tagline = models.CharField(_("tagline"), max_length=255, blank=True)
    address = models.TextField(_("address"), blank=True)
    opening_hours = models.TextField(_("opening hours"), blank=True)

    panels = [
        FieldPanel("site_name"),
        FieldPanel("tagline"),
        FieldPanel("address"),
        FieldPanel("opening_hours"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("site text")
        verbose_name_plural = _("site texts")

    def __str__(self):
        return f"{self.site_name} ({self.locale_id and self.locale.language_code})"

    @classmethod
    def for_current_language(cls):
        """The text in the active language, else in the default language, else None."""
        language = translation.get_language()
        texts = {text.locale.language_code: text for text in cls.objects.select_related("locale")}
        return texts.get(language) or texts.get(Locale.get_default().language_code)
