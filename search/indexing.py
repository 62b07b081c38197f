"""Updating the search index once for a batch of saves instead of at every save.

Wagtail indexes an object each time it is saved, and a page is saved several times on its way to
being published (created, revised, published, synchronised into the other languages). An import
of thousands of records, or the demo content, would index every page several times, and the
PostgreSQL backend re-averages the titles of the whole index on each of those writes. Inside
`deferred_search_index()` this thread's saves are only noted (other threads' are indexed as
usual); the block's end indexes each object once, in bulk.
"""

import threading
from collections import defaultdict
from contextlib import contextmanager

from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.search.backends import get_search_backends
from wagtail.search.index import insert_or_update_object

BATCH_SIZE = 500
_state = threading.local()


def update_index(instance):
    """Index `instance` now, or at the end of the deferred_search_index() block this thread is in."""
    pending = getattr(_state, "pending", None)
    if pending is None:
        insert_or_update_object(instance)
    else:
        pending[type(instance)].add(instance.pk)


def auto_updated_models():
    return [model for model in get_indexed_models() if getattr(model, "search_auto_update", True)]


def on_save(sender, instance, raw=False, **kwargs):
    if getattr(_state, "pending", None) is None:
        post_save_signal_handler(instance, raw=raw, **kwargs)
    elif not raw:
        update_index(instance)


@contextmanager
def deferred_search_index():
    """Index the objects this thread saves inside the block once, when it ends without an error."""
    if getattr(_state, "pending", None) is not None:  # nested: the outer block indexes
        yield
        return
    models = auto_updated_models()
    for model in models:
        post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.connect(on_save, sender=model)
    _state.pending = pending = defaultdict(set)
    try:
        yield
    finally:
        _state.pending = None
        for model in models:
            post_save.disconnect(on_save, sender=model)
            post_save.connect(post_save_signal_handler, sender=model)
    # Like Wagtail's own indexing at save time this runs inside the caller's transaction, if any:
    # with the database backends the entries are rolled back together with the objects.
    index_objects(pending)


def index_objects(pending):
    """Add {model: primary keys} to every search backend, a batch at a time."""
    for model, pks in pending.items():
        keys = sorted(pks)
        for start in range(0, len(keys), BATCH_SIZE):
            by_type = defaultdict(list)
            for obj in model.get_indexed_objects().filter(pk__in=keys[start : start + BATCH_SIZE]):
                indexed = obj.get_indexed_instance()  # a Page saved as Page is indexed as its own type
                if indexed is not None:
                    by_type[type(indexed)].append(indexed)
            for indexed_model, objects in by_type.items():
                for backend in get_search_backends(with_auto_update=True):
                    backend.add_bulk(indexed_model, objects)
