from django import template
from django.db.models import Q

from resources.catalogue import label_records
from resources.models import ResourcePage
from resources.reference import gost_reference as build_reference
from resources.usage import record_usages as usages_of

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
    """Live corners, events and news in the record's language that use it."""
    return usages_of(page)


@register.simple_tag
def record_labels(page):
    """The record itself, with its type and subject names in its language."""
    return label_records([page], page.locale)[0]


@register.filter
def url_without(catalogue_query, name):
    """The catalogue's address without one filter ("year", "has_file", …), as its chip's link."""
    return catalogue_query.url_without(name)
