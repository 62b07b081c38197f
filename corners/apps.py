from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CornersConfig(AppConfig):
    name = "corners"
    verbose_name = _("Corners")
