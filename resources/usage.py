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
    """Corners of the record's language with a saved catalogue filter that finds it.

    A filter reads the catalogue of its corner's tree, so only the corners under the record's
    home page can find it, through the record's own catalogue. Each filter is checked against the
    catalogue's facet index (resources/facet_index.py), with one search for each filter with words.
    """
    from corners.blocks import CatalogueFilterBlock, section_in_same_tree
    from corners.models import CornerPage
    from resources.models import ResourceIndexPage

    catalogue = section_in_same_tree(record, ResourceIndexPage)
    if catalogue is None or record.path[: -Page.steplen] != catalogue.path:
        return set()
    filter_block = CornerPage.body.field.stream_block.child_blocks["catalogue_filter"]
    corners = CornerPage.objects.live().public().filter(locale_id=record.locale_id)
    corners = corners.filter(path__startswith=record.path[: 2 * Page.steplen])
    found, tag_slugs = set(), {}
    for corner in corners.order_by("path"):
        for item in corner.body.raw_data:
            if item["type"] != "catalogue_filter":
                continue
            value = filter_block.to_python(item["value"])
            query = CatalogueFilterBlock.catalogue_query(value, corner, catalogue=catalogue, tag_slugs=tag_slugs)
            if query.index.contains(query.records(), record.pk):
                found.add(corner)
                break
    return found
