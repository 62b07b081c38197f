from django import template
from django.db.models import Q
from wagtail.models import Page, ReferenceIndex

from resources.catalogue import label_records
from resources.models import ResourcePage
from resources.reference import gost_reference as build_reference

register = template.Library()
RELATED_LIMIT = 6


@register.simple_tag
def gost_reference(page):
    return build_reference(page)


@register.simple_tag
def related_records(page):
    """Live records in the same language that share the type or a subject, closest first."""
    subject_slugs = [subject.slug for subject in page.subjects.all()]
    same = Q(subjects__slug__in=subject_slugs) | Q(resource_type__slug=getattr(page.resource_type, "slug", None))
    records = (
        ResourcePage.objects.live()
        .public()
        .filter(locale_id=page.locale_id)
        .filter(same)
        .exclude(pk=page.pk)
        .distinct()
        .select_related("resource_type")
        .prefetch_related("languages", "document_links", "subjects")
        .order_by("-first_published_at")[:RELATED_LIMIT]
    )
    return label_records(records, page.locale)


@register.simple_tag
def record_usages(page):
    """Live pages (corners, events, news) that link to this record."""
    references = ReferenceIndex.get_references_to(page).group_by_source_object()
    pages = [source for source, _refs in references if isinstance(source, Page)]
    return [p for p in pages if p.live and p.locale_id == page.locale_id]


@register.simple_tag
def record_labels(page):
    """The record itself, with its type and subject names in its language."""
    return label_records([page], page.locale)[0]
