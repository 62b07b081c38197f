"""Records with more than a thousand files between them are indexed and exported, on SQLite too.

Django 5.2 prefetches a foreign key on SQLite as one "id = … OR …" term per key, and SQLite refuses
an expression of more than 1,000 terms: indexing a thousand records with a file each (update_index
works a thousand at a time) or exporting them failed with "Expression tree is too large".
"""

import pytest

from resources.exporting import COLUMNS, export_queryset, export_rows
from resources.models import CabinetDocument, ResourceDocumentLink, ResourcePage
from resources.tests.factories import make_record

pytestmark = pytest.mark.django_db

FILES = 1_050


@pytest.fixture
def record(site_tree):
    record = make_record(site_tree.resources["kk"], "Жинақ: жиынтық бағалау тапсырмалары")
    documents = CabinetDocument.objects.bulk_create(
        CabinetDocument(
            title=f"Тапсырма {number}",
            file=f"documents/task-{number}.pdf",
            extracted_text=f"тапсырма {number}",
            text_status="extracted",
        )
        for number in range(FILES)
    )
    ResourceDocumentLink.objects.bulk_create(
        ResourceDocumentLink(page=record, document=document, sort_order=number)
        for number, document in enumerate(documents)
    )
    return record


def test_a_record_is_indexed_with_the_text_of_every_file(record):
    [indexed] = ResourcePage.get_indexed_objects().filter(pk=record.pk)
    assert indexed.document_text().count("тапсырма") == FILES


def test_the_export_lists_every_file(record):
    rows = [dict(zip(COLUMNS, row, strict=True)) for row in export_rows(export_queryset(record.locale), record.locale)]
    [row] = [row for row in rows if row["title"] == record.title]
    assert row["file"].count("task-") == FILES
