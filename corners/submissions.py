"""“My submissions”: the materials a teacher added to the catalogue, and where each one stands."""

from dataclasses import dataclass

from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import TaskState, WorkflowState

from resources.models import ResourcePage

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
    records = ResourcePage.objects.filter(owner=user).select_related("locale").order_by("-latest_revision_created_at")
    return [submission(record) for record in records]


class MySubmissionsView(WagtailAdminTemplateMixin, TemplateView):
    page_title = _("My submissions")
    header_icon = "doc-full"
    template_name = "corners/admin/my_submissions.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["submissions"] = submissions_of(self.request.user)
        return context
