"""The serialisation of backup archives: Django's "jsonl", with natural keys for content types and
permissions only.

Their ids are made by migrate and differ between databases, so rows refer to them as
["app_label", "model"] and ["codename", "app_label", "model"]. Every other foreign key keeps its
id: pages, documents and images are referred to by id inside StreamField JSON too, so ids are
restored as they were. Django's own --natural-foreign would also turn pages, users, tags and
collections into natural keys (and fails on log entries of deleted pages).

Loading needs no code of its own: Django's jsonl deserializer resolves natural keys.
"""

from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core.serializers import jsonl

Deserializer = jsonl.Deserializer


class Serializer(jsonl.Serializer):
    def handle_fk_field(self, obj, field):
        if field.remote_field.model is ContentType:
            content_type_id = getattr(obj, field.attname)
            content_type = ContentType.objects.get_for_id(content_type_id) if content_type_id else None
            self._current[field.name] = content_type.natural_key() if content_type else None
        else:
            super().handle_fk_field(obj, field)

    def handle_m2m_field(self, obj, field):
        if field.remote_field.model is Permission and field.remote_field.through._meta.auto_created:
            permissions = getattr(obj, field.name).select_related("content_type")
            self._current[field.name] = [permission.natural_key() for permission in permissions]
        else:
            super().handle_m2m_field(obj, field)
