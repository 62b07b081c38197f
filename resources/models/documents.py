from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.documents.models import AbstractDocument, Document
from wagtail.models import Collection, CollectionViewRestriction

from cabinet_site import fragment_cache
from cabinet_site.uploads import check_document, extension_of, is_new_upload


class MaterialLanguage(models.TextChoices):
    KAZAKH = "kk", _("Kazakh")
    RUSSIAN = "ru", _("Russian")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Other language")


class TextStatus(models.TextChoices):
    PENDING = "pending", _("Text not extracted yet")
    EXTRACTED = "extracted", _("Text extracted")
    UNAVAILABLE = "unavailable", _("Text not available")


class CabinetDocument(AbstractDocument):
    """A document with its own language and the text extracted from it for search."""

    language = models.CharField(
        _("language of the file"),
        max_length=8,
        choices=MaterialLanguage.choices,
        blank=True,
        help_text=_("The language the file itself is written in, whatever the page's language."),
    )
    extracted_text = models.TextField(_("extracted text"), blank=True, editable=False)
    text_status = models.CharField(
        _("text status"),
        max_length=16,
        choices=TextStatus.choices,
        default=TextStatus.PENDING,
        editable=False,
    )

    admin_form_fields = Document.admin_form_fields + ("language",)

    def clean(self):
        super().clean()  # the extension must be on WAGTAILDOCS_EXTENSIONS
        if is_new_upload(self.file) and extension_of(self.file.name) in settings.WAGTAILDOCS_EXTENSIONS:
            try:
                check_document(self.file.file, self.file.name)
            except ValidationError as error:
                raise ValidationError({"file": error.error_list}) from error

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


def private_collection_ids():
    """The collections whose documents only some may see: those with a view restriction and those inside them.

    Asked for every record a catalogue page shows with a passage of its files: kept until the site
    changes (a restriction saved or deleted starts a new generation).
    """
    return fragment_cache.remember(None, "private-collections", [], read_private_collection_ids)


def read_private_collection_ids():
    paths = list(CollectionViewRestriction.objects.values_list("collection__path", flat=True))
    if not paths:
        return set()
    inside = Q()
    for path in paths:
        inside |= Q(path__startswith=path)
    return set(Collection.objects.filter(inside).values_list("pk", flat=True))
