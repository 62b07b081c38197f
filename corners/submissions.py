"""“My submissions”: the materials a teacher added to the catalogue, and where each one stands."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Locale, TaskState, WorkflowState

from resources.models import ResourceIndexPage, ResourcePage

PUBLISHED = "published"
AWAITING = "awaiting"
CHANGES_REQUESTED = "changes_requested"
DRAFT = "draft"
STATUS_LABELS = {
    PUBLISHED: _("Published"),
    AWAITING: _("Awaiting a methodologist's approval"),
    CHANGES_REQUESTED: _("Sent back for changes"),
    DRAFT: _("Draft"),
}


@dataclass
class Submission:
    record: ResourcePage
    status: str
    comment: str = ""

    @property
    def status_label(self):
        return STATUS_LABELS[self.status]


def submission(record):
    state = record.current_workflow_state
    if state is not None and state.status == WorkflowState.STATUS_IN_PROGRESS:
        return Submission(record, AWAITING)
    if state is not None and state.status == WorkflowState.STATUS_NEEDS_CHANGES:
        rejected = state.task_states.filter(status=TaskState.STATUS_REJECTED).order_by("-finished_at").first()
        return Submission(record, CHANGES_REQUESTED, rejected.get_comment() if rejected else "")
    return Submission(record, PUBLISHED if record.live else DRAFT)


def submissions_of(user):
    """The user's own records; not the aliases that stand for them in the other languages' catalogues."""
    records = (
        ResourcePage.objects.filter(owner=user, alias_of__isnull=True)
        .select_related("locale")
        .order_by("-latest_revision_created_at")
    )
    return [submission(record) for record in records]


def add_material_url(user):
    """Where the user adds a record: the catalogue in the admin's language, else any catalogue they may add to."""
    catalogues = ResourceIndexPage.objects.order_by("path")
    active = Locale.get_active()
    for catalogue in [*catalogues.filter(locale=active), *catalogues.exclude(locale=active)]:
        if catalogue.permissions_for_user(user).can_add_subpage():
            return reverse("wagtailadmin_pages:add", args=["resources", "resourcepage", catalogue.pk])
    return None


class MySubmissionsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("My submissions")
    header_icon = "doc-full"
    template_name = "corners/admin/my_submissions.html"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.page_title}]

    @cached_property
    def add_url(self):
        return add_material_url(self.request.user)

    def get_header_buttons(self):
        return [HeaderButton(_("Add a material"), self.add_url, icon_name="plus")] if self.add_url else []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submissions"] = submissions_of(self.request.user)
        context["add_url"] = self.add_url
        return context
