"""Where a catalogue record is used: the pages that link to it, and the corners whose saved
filters show it. A material lives once, in the catalogue; its page says where it appears."""

from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page, ReferenceIndex


def record_usages(record):
    """Live pages in the record's language that use it, in tree order."""
    pages = linking_pages(record) | corners_filtering(record)
    return sorted(pages, key=lambda page: page.path)


def linking_pages(record):
    """Pages of the record's language that link to it or to one of its translations (events and
    news list the Kazakh record in every language, corners hand-pick it)."""
    page_type = ContentType.objects.get_for_model(Page)
    translations = record.get_translations(inclusive=True).values_list("pk", flat=True)
    sources = ReferenceIndex.objects.filter(
        to_content_type=page_type, to_object_id__in=[str(pk) for pk in translations], base_content_type=page_type
    ).values_list("object_id", flat=True)
    found = Page.objects.live().public().filter(locale_id=record.locale_id, pk__in=[int(pk) for pk in sources])
    return set(found.specific())


def corners_filtering(record):
    """Corners of the record's language with a saved catalogue filter that finds it."""
    from corners.blocks import CatalogueFilterBlock
    from corners.models import CornerPage

    found = set()
    for corner in CornerPage.objects.live().public().filter(locale_id=record.locale_id):
        for block in corner.body:
            if block.block_type != "catalogue_filter":
                continue
            query = CatalogueFilterBlock.catalogue_query(block.value, corner)
            if query is not None and query.matching().filter(pk=record.pk).exists():
                found.add(corner)
                break
    return found
