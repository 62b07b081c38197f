from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.permissions import register_permission_policy

from cabinet_site.permission_policies import SentFromTheSitePermissionPolicy

from .models import Question
from .submissions import MySubmissionsView, add_material_url
from .viewsets import QuestionViewSet

# Before any viewset asks for the model's policy (Wagtail would create the default one).
register_permission_policy(Question, SentFromTheSitePermissionPolicy(Question), exact_class=True)


@hooks.register("register_admin_viewset")
def register_corner_viewsets():
    return [QuestionViewSet()]


@hooks.register("register_admin_urls")
def register_submission_urls():
    return [path("my-submissions/", MySubmissionsView.as_view(), name="my_submissions")]


class SubmissionsMenuItem(MenuItem):
    """For those who add materials to the catalogue (teachers, librarians), not for methodologists."""

    def is_shown(self, request):
        return add_material_url(request.user) is not None


@hooks.register("register_admin_menu_item")
def register_submissions_menu_item():
    return SubmissionsMenuItem(_("My submissions"), reverse("my_submissions"), icon_name="doc-full", order=50)
