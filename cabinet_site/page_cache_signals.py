"""When the page cache starts a new generation: whenever something a visitor can see changes.

Pages change what visitors see when they are published, unpublished, moved or deleted, or
when a live page is saved by code (saving a draft or locking a page changes only bookkeeping
fields, and does not). Every other model of the site's own apps, and the Wagtail models that decide
what is shown or who may see it, invalidate on any save or delete: snippets and vocabularies,
site settings and texts, images, documents, tags, redirects, registrations (places left) and
questions (answers). Rows written while pages are shown (image renditions, the size of a file,
the settings row Wagtail creates with its defaults on first use) or never shown (users, the
search log) do not.

The cache is invalidated at once, so that this process never serves a copy older than the
change, and again when the transaction commits, so that a copy rendered meanwhile from the
data before the commit does not survive.
"""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.images.models import AbstractRendition
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from cabinet_site.cache_generation import invalidate

SHOWN_APPS = {
    "cabinet_site",
    "home",
    "corners",
    "resources",
    "events",
    "taggit",
    "wagtailimages",
    "wagtaildocs",
    "wagtailredirects",
}
SHOWN_MODELS = {
    "wagtailcore.site",
    "wagtailcore.locale",
    "wagtailcore.collection",
    "wagtailcore.pageviewrestriction",
    "wagtailcore.collectionviewrestriction",
}
NEVER_SHOWN_MODELS = {"cabinet_site.user"}
# What Wagtail fills in on an image or a document the first time it is shown.
LAZY_FILE_FIELDS = {"file_size", "file_hash"}
# What Wagtail writes on a page when a draft is saved or the page is locked.
PAGE_BOOKKEEPING_FIELDS = {
    "wagtail_admin_comments",
    "latest_revision_created_at",
    "draft_title",
    "latest_revision",
    "has_unpublished_changes",
    "locked",
    "locked_at",
    "locked_by",
}


def is_shown(model):
    label = model._meta.label_lower
    if label in NEVER_SHOWN_MODELS or issubclass(model, AbstractRendition):
        return False
    return label in SHOWN_MODELS or model._meta.app_label in SHOWN_APPS


def invalidate_now_and_on_commit():
    invalidate()
    connection = transaction.get_connection()
    if not invalidation_pending(connection):
        transaction.on_commit(invalidate, robust=True)
        if connection.in_atomic_block:
            connection.page_cache_callbacks = connection.run_on_commit


def invalidation_pending(connection):
    """Whether an invalidation already waits for this transaction to commit.

    Many rows saved in one transaction (an import, each row in savepoints of its own) need one
    invalidation at commit, not one each. The one registered stays in the list of callbacks until
    the commit, unless a savepoint it was registered in is rolled back — with the rows saved in
    it — and Django then builds a new list; the same list therefore still holds it.
    """
    return connection.in_atomic_block and getattr(connection, "page_cache_callbacks", None) is connection.run_on_commit


def page_changed(sender, **kwargs):
    invalidate_now_and_on_commit()


def live_page_changed(page, update_fields):
    return page.live and not (update_fields and set(update_fields) <= PAGE_BOOKKEEPING_FIELDS)


def row_saved(sender, instance, created=False, raw=False, update_fields=None, **kwargs):
    if raw or (created and isinstance(instance, BaseSiteSetting | BaseGenericSetting)):
        return
    if update_fields and set(update_fields) <= LAZY_FILE_FIELDS:
        return
    if live_page_changed(instance, update_fields) if isinstance(instance, Page) else is_shown(sender):
        invalidate_now_and_on_commit()


def row_deleted(sender, instance, **kwargs):
    if isinstance(instance, Page) or is_shown(sender):
        invalidate_now_and_on_commit()


def relations_changed(sender, instance, action, **kwargs):
    if action.startswith("post_") and not isinstance(instance, Page) and is_shown(type(instance)):
        invalidate_now_and_on_commit()


def register():
    page_signals = {"published": page_published, "unpublished": page_unpublished, "moved": post_page_move}
    for name, signal in page_signals.items():
        signal.connect(page_changed, dispatch_uid=f"cabinet_site.page_cache.page_{name}")
    post_save.connect(row_saved, dispatch_uid="cabinet_site.page_cache.row_saved")
    post_delete.connect(row_deleted, dispatch_uid="cabinet_site.page_cache.row_deleted")
    m2m_changed.connect(relations_changed, dispatch_uid="cabinet_site.page_cache.relations_changed")
