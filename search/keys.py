"""Many integer keys as one query parameter, for `pk__in` filters."""

import json

from django.db import connections, router
from django.db.models.expressions import RawSQL


def key_set(keys, model):
    """`keys` (integers) for a `pk__in` filter on `model` as one query parameter.

    A list of keys becomes one placeholder per key, which Django and the database driver format
    anew for each query: with thousands of search hits, most of a catalogue page's time.
    """
    keys = [int(key) for key in keys]
    if connections[router.db_for_read(model)].vendor == "postgresql":
        return RawSQL("SELECT unnest(%s::integer[])", [keys])
    return RawSQL("SELECT value FROM json_each(%s)", [json.dumps(keys)])
