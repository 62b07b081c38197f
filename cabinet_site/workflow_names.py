"""Workflow and task names in the admin's language.

Wagtail stores a workflow's and a task's name as typed and shows it as is: on the submit button, in
the status panel, on the dashboard, in reports and in notification e-mails. The site's own workflow
and task (migration 0003) and Wagtail's default one keep English names, which are msgids in the
project's catalogues, and Wagtail's templates show every workflow and task name through the
`workflow_name` filter, which translates it into the active language (a name an administrator typed
and nobody translated is shown as typed).

Wagtail has no hook for this: AppDirectoriesLoader adds the filter to Wagtail's templates as it loads
them, and its tag `workflow_status_with_date` is replaced by one that translates the task's name.
test_workflow_names.py looks at the screens and e-mails that show them.
"""

import re
from pathlib import Path

import wagtail
from django.template.loaders import app_directories
from django.utils.safestring import SafeData, mark_safe
from django.utils.translation import gettext, gettext_noop
from wagtail.admin.action_menu import SubmitForModerationMenuItem

NAMES = (
    gettext_noop("Methodologist approval"),  # the site's workflow
    gettext_noop("Methodologist review"),  # its one task
    gettext_noop("Moderators approval"),  # Wagtail's default workflow and task
)

WAGTAIL_DIRECTORY = Path(wagtail.__file__).parent

# An expression that ends in a workflow's or a task's name: workflow.name, task.name,
# workflow_state.current_task_state.task.name, … (not task.content_type.name).
NAME_EXPRESSION = re.compile(r"(?<![\w.])((?:\w+\.)*(?:workflow|task)\.name)\b(?!\|workflow_name)")


def translated_name(name):
    """The name (or a workflow's or task's name) in the active language."""
    return gettext(str(name)) if name else name


# A workflow or task shown by its str() (its name): {{ workflow_state.workflow }}. A bare {{ task }} is
# left alone: inside {% blocktrans %} it is a name translated already, and filters are not allowed there.
OBJECT_EXPRESSION = re.compile(r"{{ ((?:\w+\.)+(?:workflow|task)) }}")
# Wagtail's tag that writes a task's name into a sentence in Python.
STATUS_TAG = re.compile(r"{% workflow_status_with_date ")

# Log entries keep the names they were written with ("'Methodologist approval' started"); the history
# screens translate the known names inside the message.
LOG_MESSAGES = {
    "wagtailadmin/generic/history/action_cell.html": "{{ value }}",
    "wagtailadmin/reports/site_history_results.html": "{{ entry.message }}",
}


def with_names_translated_in(text):
    """`text` with every known English name replaced by its translation (names hold no markup, so
    text already safe stays safe)."""
    translated = str(text)
    for name in NAMES:
        translated = translated.replace(name, gettext(name))
    return mark_safe(translated) if isinstance(text, SafeData) else translated


def with_translated_names(source, template_name=None):
    source = NAME_EXPRESSION.sub(r"\1|workflow_name", source)
    source = OBJECT_EXPRESSION.sub(r"{{ \1|workflow_name }}", source)
    source = STATUS_TAG.sub("{% workflow_status_with_date_named ", source)
    if message := LOG_MESSAGES.get(template_name):
        source = source.replace(message, message.replace(" }}", "|workflow_names_in }}"))
    return source


class AppDirectoriesLoader(app_directories.Loader):
    """Django's app-directories loader; Wagtail's templates get the `workflow_name` filter."""

    def get_contents(self, origin):
        contents = super().get_contents(origin)
        if Path(origin.name).is_relative_to(WAGTAIL_DIRECTORY):
            return with_translated_names(contents, origin.template_name)
        return contents


class SubmitForModerationInAdminLanguage(SubmitForModerationMenuItem):
    """The "Submit to …" and "Resubmit to …" button, which Wagtail labels in Python."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        page = context.get("page")
        workflow_state = page.current_workflow_state if page else None
        if workflow_state and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
            task = workflow_state.current_task_state.task
            context["label"] = gettext("Resubmit to %(task_name)s") % {"task_name": translated_name(task.name)}
        else:
            workflow = (page if page and page.pk else context["parent_page"]).get_workflow()
            if workflow:
                context["label"] = gettext("Submit to %(workflow_name)s") % {
                    "workflow_name": translated_name(workflow.name)
                }
        return context


def translate_submit_button(menu_items, request, context):
    """construct_page_action_menu: Wagtail's submit button, replaced by the one above."""
    for index, item in enumerate(menu_items):
        if type(item) is SubmitForModerationMenuItem:
            menu_items[index] = SubmitForModerationInAdminLanguage(order=item.order)
