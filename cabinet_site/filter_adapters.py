"""Yes/no filters of the admin's listings name their value in words on the active-filter chip.

Wagtail's chip for a django-filter BooleanFilter prints the Python value («Ештеңе табылмады:
True»; the registrations' «Қатысты», the questions' «Бұрышта жариялау»): it has no adapter for
that filter. Wagtail's registry of filter adapters (wagtail.admin.active_filters) takes one; the
chip then shows the label the filter's own select gives the value (Иә / Жоқ).
"""

import django_filters
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class


class BooleanFilterAdapter(BaseFilterAdapter):
    def get_active_filters(self):
        # Both of django-filter's widgets for it (BooleanWidget, NullBooleanSelect) use these keys.
        labels = dict(self.filter.field.widget.choices)
        yield ActiveFilter(
            self.bound_field.auto_id,
            self.filter.label,
            str(labels.get("true" if self.value else "false", self.value)),
            self.get_url_without_filter_param(self.name),
        )


def register():
    register_filter_adapter_class(django_filters.BooleanFilter, BooleanFilterAdapter)
