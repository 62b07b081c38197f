"""A new page exists once its editor saves it, never from an "add" form left open or abandoned.

Wagtail's autosave posts the add form as soon as something is typed into it, which creates the
page as a draft (and wagtail-localize its ru and en aliases): an abandoned form left a page behind,
and adding the same title again clashed with its slug. Wagtail has one setting for autosave in
every editor (WAGTAIL_AUTOSAVE_INTERVAL); the `before_create_page` hook refuses just the add form's
autosave, and the editor's footer says why (Wagtail shows an autosave error's message there). Autosave
of pages that exist is unchanged.
"""

from django.http import JsonResponse
from django.utils.translation import gettext as _
from wagtail import hooks

EXPLICIT_ACTIONS = ("action-publish", "action-submit")


def is_autosave(request):
    """An autosave posts the form asking for JSON, without one of the buttons' actions."""
    return (
        request.method == "POST"
        and not request.accepts("text/html")
        and not any(request.POST.get(action) for action in EXPLICIT_ACTIONS)
    )


@hooks.register("before_create_page")
def create_pages_only_when_saved(request, parent_page, page_class):
    if not is_autosave(request):
        return None
    return JsonResponse(
        {
            "success": False,
            # Wagtail's editor shows the message of this code in its footer; the form stays as it is.
            "error_code": "validation_error",
            "error_message": _("A new page is only created when you press “%(save)s” or “%(publish)s”.")
            % {"save": _("Save draft"), "publish": _("Publish")},
        },
        status=400,
    )
