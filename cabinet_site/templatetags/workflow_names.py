"""The `workflow_name` filter (cabinet_site/workflow_names.py), a template builtin."""

from django import template
from wagtail.admin.templatetags import wagtailadmin_tags

from cabinet_site.workflow_names import translated_name, with_names_translated_in

register = template.Library()


@register.filter
def workflow_name(name):
    return translated_name(name)


@register.filter
def workflow_names_in(text):
    return with_names_translated_in(text)


@register.simple_tag
def workflow_status_with_date_named(workflow_state):
    """Wagtail's `workflow_status_with_date` ("Sent to <task> 2 minutes ago"), with the task's name
    in the admin's language; Wagtail's templates call this one instead (AppDirectoriesLoader)."""
    status = wagtailadmin_tags.workflow_status_with_date(workflow_state)
    name = workflow_state.current_task_state.task.name
    return status.replace(name, translated_name(name))
