from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views

# Import and export of the catalogue (resources/admin_views.py) ------------------------------------


@hooks.register("register_admin_urls")
def register_catalogue_import_urls():
    return [
        path("catalogue-import/", admin_views.ImportView.as_view(), name="resources_catalogue_import"),
        path(
            "catalogue-import/confirm/",
            admin_views.ConfirmImportView.as_view(),
            name="resources_catalogue_import_confirm",
        ),
        path("catalogue-export/", admin_views.ExportView.as_view(), name="resources_catalogue_export"),
    ]


class LibrarianMenuItem(MenuItem):
    def is_shown(self, request):
        return admin_views.can_manage_catalogue(request.user)


@hooks.register("register_catalogue_menu_item")
def register_catalogue_import_menu_item():
    return LibrarianMenuItem(
        _("Import catalogue"),
        reverse("resources_catalogue_import"),
        name="catalogue-import",
        icon_name="upload",
        order=10,
    )


# The "Catalogue" menu: the records listing and the type and subject vocabularies (resources/viewsets.py)


@hooks.register("register_admin_viewset")
def register_catalogue_viewsets():
    from .viewsets import CatalogueViewSetGroup

    return CatalogueViewSetGroup()
