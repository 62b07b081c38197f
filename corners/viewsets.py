"""The corners' admin: methodologists read the questions sent from corners, answer and publish them."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Question


class QuestionPermissionPolicy(ModelPermissionPolicy):
    """Questions come from the site; in the admin they are answered, never added."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


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
    list_display = ["question", "corner", "name", "email", "created_at", "answered_at", "is_published"]
    inspect_view_fields = ["corner", "language", "question", "name", "email", "consent_at", "created_at", "answer"]
