"""The events admin: methodologists keep the kinds of event and see the registrations (nobody else does)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel
from wagtail.snippets.views.snippets import SnippetViewSet

from resources.viewsets import TermViewSet

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
    list_display = ["name", "event", "school", "email", "status", "attended", "created_at"]
    list_export = [
        "event",
        "name",
        "school",
        "subject",
        "position",
        "email",
        "phone",
        "status",
        "attended",
        "created_at",
    ]
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
