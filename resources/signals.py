"""Queue the extraction of a document's text when it is uploaded or its file is replaced, and
keep a published record's search entry in step with the files it attaches (whose text is left
out when they are in a private collection: a collection made private or public, or a document
moved to another collection, re-indexes the records concerned).

Nothing here may make an upload, a save or a publication fail: errors are logged, never raised.
"""

import logging
from functools import partial

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction
from wagtail.signals import page_published

from search.indexing import update_index

from .models import ResourcePage, TextStatus
from .models.taxonomy import forget_names

logger = logging.getLogger(__name__)
PENDING_FLAG = "_cabinet_extract_text"
MOVED_FLAG = "_cabinet_collection_changed"


def file_changed(document):
    """Whether this save brings a new file: a new document, a newly assigned file, another name or hash."""
    if document._state.adding or document.pk is None:
        return True
    if not getattr(document.file, "_committed", True):
        return True
    stored = type(document).objects.filter(pk=document.pk).values("file", "file_hash").first()
    if stored is None:
        return True
    if stored["file"] != document.file.name:
        return True
    return bool(stored["file_hash"] and document.file_hash and stored["file_hash"] != document.file_hash)


def document_pre_save(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or (update_fields is not None and "file" not in update_fields):
        return
    try:
        if instance.pk is not None and (update_fields is None or "collection" in update_fields):
            stored_collection = type(instance).objects.filter(pk=instance.pk).values_list("collection_id", flat=True)
            setattr(instance, MOVED_FLAG, stored_collection.first() not in (None, instance.collection_id))
        if not instance.file:
            return
        if file_changed(instance):
            instance.text_status = TextStatus.PENDING
            instance.extracted_text = ""
            setattr(instance, PENDING_FLAG, True)
        elif update_fields is None and instance.text_status == TextStatus.PENDING:
            # A full save of an instance loaded before its text was extracted must not wipe the text.
            stored = type(instance).objects.filter(pk=instance.pk).values("extracted_text", "text_status").first()
            if stored and stored["text_status"] != TextStatus.PENDING:
                instance.extracted_text = stored["extracted_text"]
                instance.text_status = stored["text_status"]
    except Exception:
        logger.exception("Could not check whether the file of document %s changed", instance.pk)


def document_post_save(sender, instance, raw=False, **kwargs):
    if raw:
        return
    if getattr(instance, MOVED_FLAG, False):
        setattr(instance, MOVED_FLAG, False)
        transaction.on_commit(partial(reindex_records_of, instance.pk), robust=True)
    if not getattr(instance, PENDING_FLAG, False):
        return
    setattr(instance, PENDING_FLAG, False)
    transaction.on_commit(partial(queue_extraction, instance.pk), robust=True)


def queue_extraction(document_id):
    from .tasks import extract_document_text

    try:
        extract_document_text.enqueue(document_id)
    except Exception:
        logger.exception("Could not queue the text extraction of document %s", document_id)


def reindex_records_of(document_id):
    from .tasks import reindex_records

    document = get_document_model().objects.filter(pk=document_id).first()
    if document is not None:
        reindex_records(document)


def collection_privacy_changed(sender, instance, raw=False, **kwargs):
    if not raw:
        transaction.on_commit(partial(reindex_collection_records, instance.collection_id), robust=True)


def reindex_collection_records(collection_id):
    """Re-index the records attaching a file of the collection or of a collection inside it."""
    collection = Collection.objects.filter(pk=collection_id).first()
    if collection is None:
        return
    documents = get_document_model().objects.filter(collection__path__startswith=collection.path)
    for page in ResourcePage.objects.filter(document_links__document__in=documents).distinct().order_by("pk"):
        try:
            with transaction.atomic():
                update_index(page)
        except Exception:
            logger.exception("Could not re-index catalogue record %s after a collection's privacy changed", page.pk)


def record_published(sender, instance, **kwargs):
    """Re-index a record once its publication has saved its attached files, subjects and tags.

    Wagtail indexes a page from its post_save signal, which fires before django-modelcluster
    writes the page's child relations; with tasks run at once the index then holds the files of
    the previous version. Publication ends after those writes, so index again here.
    """
    try:
        with transaction.atomic():
            update_index(instance)
    except Exception:
        logger.exception("Could not re-index catalogue record %s after publication", instance.pk)


def register():
    Document = get_document_model()
    pre_save.connect(document_pre_save, sender=Document, dispatch_uid="resources.document_text.pre_save")
    post_save.connect(document_post_save, sender=Document, dispatch_uid="resources.document_text.post_save")
    for signal in (post_save, post_delete):
        signal.connect(forget_names, dispatch_uid=f"resources.taxonomy_names.{signal is post_save}")
    for signal in (post_save, post_delete):
        signal.connect(
            collection_privacy_changed,
            sender=CollectionViewRestriction,
            dispatch_uid=f"resources.collection_privacy.{signal is post_save}",
        )
    page_published.connect(record_published, sender=ResourcePage, dispatch_uid="resources.record_published")
