from wagtail import hooks
from wagtail.permissions import register_permission_policy

from .models import Registration
from .viewsets import EventKindViewSet, RegistrationPermissionPolicy, RegistrationViewSet

# Before any viewset asks for the model's policy (Wagtail would create the default one).
register_permission_policy(Registration, RegistrationPermissionPolicy(Registration), exact_class=True)


@hooks.register("register_admin_viewset")
def register_event_viewsets():
    return [EventKindViewSet(), RegistrationViewSet()]
