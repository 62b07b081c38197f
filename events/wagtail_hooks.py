from django.contrib import messages
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.permissions import register_permission_policy

from cabinet_site.permission_policies import SentFromTheSitePermissionPolicy

from . import notices
from .models import EventPage, Registration
from .viewsets import EventKindViewSet, RegistrationViewSet

# Before any viewset asks for the model's policy (Wagtail would create the default one).
register_permission_policy(Registration, SentFromTheSitePermissionPolicy(Registration), exact_class=True)


@hooks.register("register_admin_viewset")
def register_event_viewsets():
    return [EventKindViewSet(), RegistrationViewSet()]


@hooks.register("before_edit_page")
def remember_what_registrants_know(request, page):
    """The event's state before an edit: after publishing, the editor hears whom its change reaches."""
    if request.method == "POST" and isinstance(page.specific_deferred, EventPage) and page.live:
        request.cabinet_event_state_before = notices.state_of(page.specific)


@hooks.register("after_publish_page")
def say_who_will_hear_of_the_change(request, page):
    before = getattr(request, "cabinet_event_state_before", None)
    if before is None or not isinstance(page, EventPage) or notices.state_of(page) == before:
        return
    count = Registration.objects.active(page.translation_key).count()
    if count:
        messages.info(
            request,
            ngettext(
                "A letter about the change will be sent to %(count)s registrant.",
                "A letter about the change will be sent to %(count)s registrants.",
                count,
            )
            % {"count": count},
        )
