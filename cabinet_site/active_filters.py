"""The pill a listing shows for an active yes/no filter: the choice's words, not True or False.

Wagtail's default adapter prints the filter's cleaned value, which for django-filter's
BooleanFilter is a Python bool. Registered through Wagtail's register_filter_adapter_class.
"""

import django_filters
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class


class BooleanFilterAdapter(BaseFilterAdapter):
    def get_active_filters(self):
        # The widget offers the choices ("true", Yes) and ("false", No) in the admin's language.
        choices = {str(value): label for value, label in self.bound_field.field.widget.choices}
        label = choices.get("true" if self.value else "false", str(self.value))
        yield ActiveFilter(
            self.bound_field.auto_id, self.filter.label, str(label), self.get_url_without_filter_param(self.name)
        )


register_filter_adapter_class(django_filters.BooleanFilter, BooleanFilterAdapter)
