"""Site-wide admin additions: the translation overview (cabinet_site/translation_overview.py), and
yes/no filters named in words (cabinet_site/filter_adapters.py)."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import filter_adapters
from .translation_overview import TranslationOverviewView, can_view_translation_overview

filter_adapters.register()


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
