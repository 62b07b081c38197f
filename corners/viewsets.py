"""The corners' admin: methodologists read the questions sent from corners, answer and publish them."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.snippets.views.snippets import SnippetViewSet

from cabinet_site.admin_columns import YesNoColumn

from .models import Question


class QuestionFilterSet(WagtailFilterSet):
    class Meta:
        model = Question
        fields = ["corner", "is_published", "language"]


class QuestionViewSet(SnippetViewSet):
    model = Question
    icon = "help"
    menu_label = _("Questions")
    menu_name = "corner-questions"
    add_to_admin_menu = True
    menu_order = 150
    copy_view_enabled = False
    inspect_view_enabled = True
    filterset_class = QuestionFilterSet
    list_display = [
        "question",
        "corner",
        "name",
        "email",
        "created_at",
        "answered_at",
        YesNoColumn(Question, "is_published"),
    ]
    inspect_view_fields = ["corner", "language", "question", "name", "email", "consent_at", "created_at", "answer"]
