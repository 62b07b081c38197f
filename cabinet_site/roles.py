"""The staff groups and what each may do (DESIGN.md, "Who may do what")."""

from django.contrib.auth.models import Group, Permission

LIBRARIANS = "Librarians"
METHODOLOGISTS = "Methodologists"
TEACHERS = "Teachers"
GROUPS = (LIBRARIANS, METHODOLOGISTS, TEACHERS)

EDIT = ("add_page", "change_page", "publish_page", "lock_page", "unlock_page")

# Which group edits which section of the page tree, by the section's page type.
SECTION_EDITORS = {
    "corners.cornerindexpage": {METHODOLOGISTS: EDIT},
    "events.eventindexpage": {METHODOLOGISTS: EDIT},
    "events.newsindexpage": {METHODOLOGISTS: EDIT},
    "resources.resourceindexpage": {LIBRARIANS: EDIT, TEACHERS: ("add_page",)},
}


def grant_section_permissions(page):
    """Give the section's groups their page permissions on a newly created section page."""
    from wagtail.models import GroupPagePermission

    content_type = page.content_type if page.content_type_id else None
    if content_type is None:
        return
    editors = SECTION_EDITORS.get(f"{content_type.app_label}.{content_type.model}", {})
    for group_name, codenames in editors.items():
        group, _created = Group.objects.get_or_create(name=group_name)
        for codename in codenames:
            permission = Permission.objects.get(content_type__app_label="wagtailcore", codename=codename)
            GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)
