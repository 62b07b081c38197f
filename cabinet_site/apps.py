from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CabinetSiteConfig(AppConfig):
    name = "cabinet_site"
    verbose_name = _("Cabinet")

    def ready(self):
        from . import signals  # noqa: F401
