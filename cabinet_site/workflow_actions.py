"""The workflow actions of pages (the dashboard's "Approve" and "Request changes"), telling the
reviewer what became of the page, which Wagtail's own does not (wagtail/wagtail#7132)."""

from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.admin.utils import get_latest_str
from wagtail.admin.views.pages.workflow import WorkflowActionView
from wagtail.admin.viewsets.pages import PageViewSet
from wagtail.models import Page, TaskState, WorkflowState


def outcome_message(task_state, page):
    """What became of `page` after its reviewer acted on `task_state`, or None while it waits."""
    title = get_latest_str(page)
    if task_state.status == TaskState.STATUS_REJECTED:
        return _("“%(title)s” was sent back to its author for changes.") % {"title": title}
    if task_state.status != TaskState.STATUS_APPROVED:
        return None
    workflow_state = task_state.workflow_state
    if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
        return _("“%(title)s” was approved and passed on to “%(task)s”.") % {
            "title": title,
            "task": workflow_state.current_task_state.task,
        }
    if page.live and not page.has_unpublished_changes:
        return _("“%(title)s” was approved and published.") % {"title": title}
    return _("“%(title)s” was approved; it will be published at its scheduled time.") % {"title": title}


class ReviewerToldWorkflowActionView(WorkflowActionView):
    """Wagtail's workflow action, leaving a message for the screen that follows."""

    def post(self, request, *args, **kwargs):
        response = super().post(request, *args, **kwargs)
        task_state = TaskState.objects.select_related("workflow_state").get(pk=self.task_state.pk)
        message = outcome_message(task_state, Page.objects.get(pk=self.object.pk).specific)
        if message:
            messages.success(request, message)
        return response


class CabinetPageViewSet(PageViewSet):
    workflow_action_view_class = ReviewerToldWorkflowActionView


# For every page type: registered for Page after Wagtail's own base viewset (wagtail_hooks.py).
page_viewset = CabinetPageViewSet(model=Page, name="cabinet_pages")
