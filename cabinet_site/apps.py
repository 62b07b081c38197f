from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CabinetSiteConfig(AppConfig):
    name = "cabinet_site"
    verbose_name = _("Cabinet")

    def ready(self):
        from . import alias_slugs, chooser_nonce, page_cache_signals, root_page, signals  # noqa: F401

        page_cache_signals.register()
        chooser_nonce.install()
        root_page.register(self)
