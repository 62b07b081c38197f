"""The events admin: methodologists keep the kinds of event and see the registrations (nobody else does)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import IndexView, SnippetViewSet

from cabinet_site.admin_columns import YesNoColumn
from resources.viewsets import TermViewSet

from . import exporting
from .models import EventKind, Registration


class EventKindViewSet(TermViewSet):
    model = EventKind
    icon = "date"
    menu_label = _("Kinds of event")
    menu_name = "event-kinds"
    add_to_admin_menu = True
    menu_order = 160


class RegistrationFilterSet(WagtailFilterSet):
    class Meta:
        model = Registration
        fields = ["event", "status", "attended"]


class RegistrationIndexView(IndexView):
    def as_spreadsheet(self, queryset, spreadsheet_format):
        # Wagtail's own writer puts raw values, UTC times and a comma CSV without BOM.
        return exporting.spreadsheet_response(queryset, spreadsheet_format, self.get_filename())


class RegistrationViewSet(SnippetViewSet):
    model = Registration
    icon = "group"
    menu_label = _("Registrations")
    menu_name = "event-registrations"
    add_to_admin_menu = True
    menu_order = 161
    copy_view_enabled = False
    inspect_view_enabled = False
    filterset_class = RegistrationFilterSet
    list_display = [
        "name",
        "event",
        "school",
        "email",
        "status",
        YesNoColumn(Registration, "attended"),
        "created_at",
    ]
    index_view_class = RegistrationIndexView
    list_export = exporting.FIELD_NAMES  # the columns themselves: events/exporting.py
    export_filename = "registrations"
    ordering = ["-created_at"]
    panels = [
        FieldPanel("attended"),
        FieldPanel("status"),
        *(
            FieldPanel(name, read_only=True)
            for name in ("event", "name", "school", "subject", "position", "email", "phone", "consent_at")
        ),
    ]
