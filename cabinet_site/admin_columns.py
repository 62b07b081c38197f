"""Columns of the admin's listings that Wagtail does not have in the editor's words."""

from django.utils.text import capfirst
from django.utils.translation import gettext
from wagtail.admin.ui.tables import Column


def yes_no(value):
    """«иә» or «жоқ» in the active language: a yes/no value as a listing or an export writes it."""
    return gettext("yes") if value else gettext("no")


class YesNoColumn(Column):
    """A yes/no field as words (Wagtail prints True/False, and its BooleanColumn titles its tick and
    cross icons so), headed by the field's own name and sortable by it."""

    def __init__(self, model, name, **kwargs):
        kwargs.setdefault("label", capfirst(model._meta.get_field(name).verbose_name))
        super().__init__(name, sort_key=name, **kwargs)

    def get_value(self, instance):
        return yes_no(super().get_value(instance))
