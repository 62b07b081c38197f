"""Background work of the catalogue: the text inside attached files.

Run at once by default and by the django-tasks database worker in production (see TASKS in
cabinet_site/settings/base.py). A task never raises: a file whose text cannot be had is marked
"text not available", and a record that cannot be re-indexed is logged.
"""

import logging

from django.db import transaction
from django_tasks import task
from wagtail.documents import get_document_model
from wagtail.search.index import insert_or_update_object

from .extraction import extract_document
from .models import ResourcePage, TextStatus

logger = logging.getLogger(__name__)


@task()
def extract_document_text(document_id):
    """Extract a document's text, store it, and re-index every record that attaches the document."""
    try:
        return _extract_document_text(document_id)
    except Exception:
        logger.exception("Text extraction of document %s failed", document_id)
        try:  # do not leave it "pending" forever
            get_document_model().objects.filter(pk=document_id, text_status=TextStatus.PENDING).update(
                text_status=TextStatus.UNAVAILABLE
            )
        except Exception:
            logger.exception("Could not mark document %s as having no text", document_id)
        return {"status": str(TextStatus.UNAVAILABLE), "reason": "the extraction task failed"}


def _extract_document_text(document_id):
    Document = get_document_model()
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        logger.info("Document %s was deleted before its text was extracted", document_id)
        return None
    file_name = document.file.name
    result = extract_document(document)

    # The file may have been replaced while this one was read: the newer file's task will store its text.
    if not Document.objects.filter(pk=document_id, file=file_name).exists():
        logger.info("Document %s changed while its text was extracted; keeping the newer file's", document_id)
        return None
    document.extracted_text = result.text
    document.text_status = result.status
    # update_fields: the signal handlers see that the file did not change, so no new task is queued.
    document.save(update_fields=["extracted_text", "text_status"])
    reindexed = reindex_records(document)
    return {
        "status": str(result.status),
        "reason": result.reason,
        "characters": len(result.text),
        "records_reindexed": reindexed,
    }


def reindex_records(document):
    """Update the search index of every catalogue record (in every locale) that attaches `document`."""
    count = 0
    for page in ResourcePage.objects.filter(document_links__document=document).distinct().order_by("pk"):
        try:
            with transaction.atomic():  # a failed index write must not poison the connection
                insert_or_update_object(page)
            count += 1
        except Exception:
            logger.exception(
                "Could not re-index catalogue record %s after extracting document %s", page.pk, document.pk
            )
    return count
