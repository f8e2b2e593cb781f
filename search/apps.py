"""The public catalogue index on Elasticsearch and the public search views."""
from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueSearchConfig(AppConfig):
    name = "gongkai.search"
    label = "catalogue_search"
    verbose_name = _("Catalogue search")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the settings' system checks)
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
