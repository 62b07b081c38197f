from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.images.models import AbstractImage, AbstractRendition, Image
from wagtail.search import index


class CabinetImage(AbstractImage):
    """An image with alternative text in each of the site's languages and a credit line.

    Images are shared by the pages of every language, so their alternative text cannot be
    translated with the pages: Wagtail's `description` holds the Kazakh text, and each other
    language has a field of its own.
    """

    description = models.CharField(
        _("alternative text in Kazakh"),
        max_length=255,
        blank=True,
        default="",
        help_text=_(
            "What the picture shows, for people who cannot see it. Shown on Kazakh pages, and on the"
            " others when their language has none; without it, the title is read."
        ),
    )
    description_ru = models.CharField(
        _("alternative text in Russian"),
        max_length=255,
        blank=True,
        help_text=_("Shown on Russian pages. Without it they show the Kazakh text."),
    )
    description_en = models.CharField(
        _("alternative text in English"),
        max_length=255,
        blank=True,
        help_text=_("Shown on English pages. Without it they show the Kazakh text."),
    )
    credit = models.CharField(
        _("credit"),
        max_length=255,
        blank=True,
        help_text=_("Who took or made the picture, shown under it."),
    )

    admin_form_fields = (
        *Image.admin_form_fields[: Image.admin_form_fields.index("description") + 1],
        "description_ru",
        "description_en",
        *Image.admin_form_fields[Image.admin_form_fields.index("description") + 1 :],
        "credit",
    )
    search_fields = [
        *AbstractImage.search_fields,
        index.SearchField("description_ru"),
        index.SearchField("description_en"),
    ]

    class Meta(AbstractImage.Meta):
        verbose_name = _("image")
        verbose_name_plural = _("images")

    @property
    def default_alt_text(self):
        """The alternative text in the language of the page being shown, else the Kazakh one, else the title."""
        translated = {"ru": self.description_ru, "en": self.description_en}.get((get_language() or "")[:2])
        return translated or super().default_alt_text


class CabinetRendition(AbstractRendition):
    image = models.ForeignKey(CabinetImage, on_delete=models.CASCADE, related_name="renditions")

    class Meta:
        unique_together = (("image", "filter_spec", "focal_point_key"),)
