"""Site-wide admin additions: the translation overview (cabinet_site/translation_overview.py), the
pages' workflow actions that tell the reviewer what they did (cabinet_site/workflow_actions.py), and
the yes/no filters' active-filter pills in words (cabinet_site/active_filters.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import (
    active_filters,  # noqa: F401  (registers the adapter)
    new_pages,  # noqa: F401  (its hook)
)
from .translation_overview import TranslationOverviewView, can_view_translation_overview
from .workflow_actions import page_viewset
from .workflow_names import translate_submit_button


@hooks.register("register_admin_urls")
def register_translation_overview_url():
    return [path("translation-overview/", TranslationOverviewView.as_view(), name="cabinet_translation_overview")]


class TranslationOverviewMenuItem(MenuItem):
    def is_shown(self, request):
        return can_view_translation_overview(request.user)


@hooks.register("register_reports_menu_item")
def register_translation_overview_menu_item():
    return TranslationOverviewMenuItem(
        _("Translation overview"),
        reverse("cabinet_translation_overview"),
        name="translation-overview",
        icon_name="globe",
        order=900,
    )


@hooks.register("register_admin_viewset", order=100)
def register_page_viewset():
    """After Wagtail's base page viewset (order 0), so that this one serves every page type."""
    return page_viewset


hooks.register("construct_page_action_menu", translate_submit_button)
