from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import prefetch_related_objects
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from cabinet_site.models import CabinetPageMixin, SectionIndexPage
from resources.api import DocumentsField, LanguagesField, TagNamesField, TermField
from resources.grades import GRADE_CHOICES, grade_range_label
from resources.isbn import normalise_isbn, validate_isbn

from .documents import private_collection_ids
from .taxonomy import Availability, Language, ResourceType, Subject

# PostgreSQL refuses a search vector over 1 MB: index at most this much of the files' text.
MAX_INDEXED_DOCUMENT_TEXT = 400_000


class ResourceIndexPage(SectionIndexPage):
    """The catalogue: search and filters over the resource pages below it."""

    subpage_types = ["resources.ResourcePage"]

    class Meta:
        verbose_name = _("catalogue section")
        verbose_name_plural = _("catalogue sections")

    def get_context(self, request, *args, **kwargs):
        from resources.catalogue import CatalogueQuery

        context = super().get_context(request, *args, **kwargs)
        context["catalogue"] = catalogue = CatalogueQuery.from_request(request, index_page=self)
        # Every search is counted in the query log, also when the results come from a kept fragment.
        catalogue.search_hits()
        return context

    def query_across_languages(self, params):
        """What the language switcher asks this catalogue's counterparts for: the same words, filters
        and sort (a term's slug is the same in every language), from the first page."""
        from resources.catalogue import CatalogueQuery

        return CatalogueQuery(params, index_page=self, counted=False).params()


class ResourcePageTag(TaggedItemBase):
    content_object = ParentalKey("resources.ResourcePage", related_name="tagged_items", on_delete=models.CASCADE)


class ResourceDocumentLink(Orderable):
    page = ParentalKey("resources.ResourcePage", related_name="document_links", on_delete=models.CASCADE)
    document = models.ForeignKey(
        settings.WAGTAILDOCS_DOCUMENT_MODEL,
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="resource_links",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("attached file")
        verbose_name_plural = _("attached files")


# A record's tags and files for many records at once. The links are read with their tag or document
# joined in, not prefetched: Django 5.2 prefetches a foreign key on SQLite as one "id = … OR …" per
# key, and SQLite refuses an expression of more than 1,000 terms (a thousand records with files).
TAGS_AND_FILES = (
    models.Prefetch("tagged_items", queryset=ResourcePageTag.objects.select_related("tag")),
    models.Prefetch("document_links", queryset=ResourceDocumentLink.objects.select_related("document")),
)


class ResourcePage(CabinetPageMixin, Page):
    """One record of the catalogue: a book, guide, dictionary, lesson plan or file."""

    description = models.TextField(_("description"), blank=True)
    resource_type = models.ForeignKey(
        ResourceType,
        verbose_name=_("type"),
        null=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    subjects = ParentalManyToManyField(Subject, verbose_name=_("subjects"), blank=True, related_name="+")
    grade_min = models.PositiveSmallIntegerField(
        _("from grade"), choices=GRADE_CHOICES, null=True, blank=True, help_text=_("Leave both empty for all grades.")
    )
    grade_max = models.PositiveSmallIntegerField(_("to grade"), choices=GRADE_CHOICES, null=True, blank=True)
    languages = ParentalManyToManyField(
        Language,
        verbose_name=_("language of the material"),
        blank=True,
        related_name="+",
        help_text=_("The language the material itself is in, whatever the language of this page."),
    )
    authors = models.CharField(
        _("authors"), max_length=500, blank=True, help_text=_("Separate several authors with a semicolon (;).")
    )
    publisher = models.CharField(_("publisher"), max_length=255, blank=True)
    year = models.PositiveSmallIntegerField(
        _("year"), null=True, blank=True, validators=[MinValueValidator(1800), MaxValueValidator(2100)]
    )
    isbn = models.CharField(_("ISBN"), max_length=20, blank=True, validators=[validate_isbn], db_index=True)
    call_number = models.CharField(
        _("call number / shelf"), max_length=60, blank=True, help_text=_("Where the physical copy stands.")
    )
    copies = models.PositiveSmallIntegerField(_("number of copies"), default=0)
    availability = models.CharField(_("availability"), max_length=20, choices=Availability.choices, blank=True)
    external_url = models.URLField(_("external link"), blank=True, max_length=500)
    cover_image = models.ForeignKey(
        settings.WAGTAILIMAGES_IMAGE_MODEL,
        verbose_name=_("cover image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    tags = ClusterTaggableManager(_("tags"), through=ResourcePageTag, blank=True)
    external_id = models.CharField(
        _("external ID"),
        max_length=100,
        blank=True,
        db_index=True,
        help_text=_("The record's number in the inventory list it was imported from."),
    )

    content_panels = Page.content_panels + [
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("resource_type"),
                FieldPanel("subjects", widget=forms.CheckboxSelectMultiple),
                FieldRowPanel([FieldPanel("grade_min"), FieldPanel("grade_max")]),
                FieldPanel("languages", widget=forms.CheckboxSelectMultiple),
                FieldPanel("tags"),
            ],
            heading=_("Classification"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("authors"),
                FieldPanel("publisher"),
                FieldRowPanel([FieldPanel("year"), FieldPanel("isbn")]),
                FieldPanel("cover_image"),
            ],
            heading=_("Bibliographic data"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("call_number"),
                FieldRowPanel([FieldPanel("copies"), FieldPanel("availability")]),
            ],
            heading=_("Physical copies"),
        ),
        InlinePanel("document_links", heading=_("Files"), label=_("file")),
        FieldPanel("external_url"),
        FieldPanel("external_id"),
    ]

    search_fields = Page.search_fields + [
        index.SearchField("description"),
        index.SearchField("authors"),
        index.SearchField("publisher"),
        index.SearchField("isbn"),
        index.SearchField("search_terms"),
        index.SearchField("document_text"),
        index.AutocompleteField("authors"),
        index.FilterField("resource_type"),
        index.FilterField("year"),
        index.FilterField("availability"),
    ]

    # Wagtail API v2 (resources/api.py): /api/v2/pages/?type=resources.ResourcePage
    api_fields = [
        APIField("description"),
        APIField("resource_type", serializer=TermField("ResourceType", "resource_type")),
        APIField("subjects", serializer=TermField("Subject", "subjects", many=True)),
        APIField("grade_min"),
        APIField("grade_max"),
        APIField("languages", serializer=LanguagesField()),
        APIField("authors"),
        APIField("publisher"),
        APIField("year"),
        APIField("isbn"),
        APIField("call_number"),
        APIField("copies"),
        APIField("availability"),
        APIField("external_url"),
        APIField("external_id"),
        APIField("tags", serializer=TagNamesField()),
        APIField("documents", serializer=DocumentsField()),
    ]

    translatable_fields = [
        TranslatableField("title"),
        TranslatableField("slug"),
        TranslatableField("seo_title"),
        TranslatableField("search_description"),
        TranslatableField("description"),
        *(
            SynchronizedField(name)
            for name in (
                "show_in_menus",
                "resource_type",
                "subjects",
                "grade_min",
                "grade_max",
                "languages",
                "authors",
                "publisher",
                "year",
                "isbn",
                "call_number",
                "copies",
                "availability",
                "external_url",
                "cover_image",
                "external_id",
                "document_links",
                "tagged_items",
            )
        ),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("catalogue record")
        verbose_name_plural = _("catalogue records")

    def clean(self):
        super().clean()
        errors = {}
        if (self.grade_min is None) != (self.grade_max is None):
            errors["grade_max"] = _("Give both grades of the range, or leave both empty for all grades.")
        elif self.grade_min is not None and self.grade_min > self.grade_max:
            errors["grade_max"] = _("The last grade cannot come before the first one.")
        if self.isbn:
            self.isbn = normalise_isbn(self.isbn)
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        if self.pk:  # the record's page reads its files, subjects and languages once, however many
            prefetch_related_objects([self], "subjects", "languages", "document_links__document")
        return super().get_context(request, *args, **kwargs)

    # What the catalogue shows and searches --------------------------------------------------------

    @property
    def introduction(self):
        return self.description

    def author_list(self):
        return [name.strip() for name in self.authors.split(";") if name.strip()]

    def grade_label(self):
        if self.grade_min is None:
            return _("All grades")
        return grade_range_label(self.grade_min, self.grade_max)

    def documents(self):
        return [link.document for link in self.document_links.all() if link.document_id]

    def titled_documents(self):
        """(file, the title to show beside its button): none when the file's title only repeats the
        record's, in any language (files are not translated: a Kazakh title is not news in English)."""
        documents = self.documents()
        if not documents:
            return []
        titles = set(self.get_translations(inclusive=True).values_list("title", flat=True))
        return [(document, None if document.title in titles else document.title) for document in documents]

    def search_terms(self):
        """Names of the type, subjects and tags, in every language, so any of them finds the record."""
        words = [item.tag.name for item in self.tagged_items.all()]
        if self.resource_type_id:
            words += ResourceType.names_in_every_language().get(self.resource_type.slug, [self.resource_type.name])
        subject_names = Subject.names_in_every_language()
        for subject in self.subjects.all():
            words += subject_names.get(subject.slug, [subject.name])
        return " ".join(words)

    @classmethod
    def get_indexed_objects(cls):
        return (
            super().get_indexed_objects().select_related("resource_type").prefetch_related("subjects", *TAGS_AND_FILES)
        )

    def document_text(self):
        """The text of the attached files, for search and its passages: never of a private collection's files."""
        documents = [document for document in self.documents() if document.extracted_text]
        if documents:
            private = private_collection_ids()
            documents = [document for document in documents if document.collection_id not in private]
        return "\n".join(document.extracted_text for document in documents)[:MAX_INDEXED_DOCUMENT_TEXT]
