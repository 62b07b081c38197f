"""The demo corners are translatable as written, and their shelves are not empty.

Checked against the demo catalogue's declarations, without building the demo site (the
cabinet_site demo tests and `manage.py load_demo_content` build it).
"""

import pytest

from cabinet_site.demo.catalogue import RECORDS
from cabinet_site.demo.corners import CORNER_PAGES, Records
from cabinet_site.demo.text import translation_pairs

DEMO_RECORDS = {spec.fields["external_id"]: spec.fields for spec in RECORDS}


def blocks_of(spec, block_type):
    return [value for name, value in spec.fields["body"] if name == block_type]


def matches(fields, saved):
    """Whether a demo record's fields meet a saved filter (type, grades, tag), as the catalogue reads them."""
    if saved["resource_type"] and fields["resource_type"].slug != saved["resource_type"]:
        return False
    if saved["tag"] and saved["tag"].kk not in fields["tagged_items"].names:
        return False
    if saved["grade_from"] and fields["grade_min"] is not None:
        low, high = int(saved["grade_from"]), int(saved["grade_to"])
        return fields["grade_min"] <= high and fields["grade_max"] >= low
    return True


@pytest.mark.parametrize("spec", CORNER_PAGES, ids=lambda spec: spec.slug.en)
@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_text_has_the_same_parts_in_each_language(spec, language):
    assert translation_pairs(spec.translatable(), language)


@pytest.mark.parametrize("spec", CORNER_PAGES, ids=lambda spec: spec.slug.en)
def test_hand_picked_records_exist_in_the_demo_catalogue(spec):
    for block in blocks_of(spec, "records"):
        assert isinstance(block["records"], Records)
        assert set(block["records"].numbers) <= set(DEMO_RECORDS)


@pytest.mark.parametrize("spec", CORNER_PAGES, ids=lambda spec: spec.slug.en)
def test_every_saved_filter_finds_demo_records(spec):
    for saved in blocks_of(spec, "catalogue_filter"):
        assert any(matches(fields, saved) for fields in DEMO_RECORDS.values()), saved["heading"].en


def test_the_young_specialists_corner_takes_questions():
    takes = {spec.slug.en for spec in CORNER_PAGES if spec.fields.get("takes_questions")}
    assert takes == {"help-for-the-young-specialist"}
