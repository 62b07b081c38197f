from wagtail import hooks
from wagtail.permissions import register_permission_policy

from cabinet_site.permission_policies import SentFromTheSitePermissionPolicy

from .models import Registration
from .viewsets import EventKindViewSet, RegistrationViewSet

# Before any viewset asks for the model's policy (Wagtail would create the default one).
register_permission_policy(Registration, SentFromTheSitePermissionPolicy(Registration), exact_class=True)


@hooks.register("register_admin_viewset")
def register_event_viewsets():
    return [EventKindViewSet(), RegistrationViewSet()]
