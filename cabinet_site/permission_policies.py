from wagtail.permission_policies import ModelPermissionPolicy


class SentFromTheSitePermissionPolicy(ModelPermissionPolicy):
    """For what visitors send from the site (registrations, questions): staff read, answer, mark
    and export it in the admin, but never add it there."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)
