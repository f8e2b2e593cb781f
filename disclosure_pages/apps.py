from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisclosurePagesConfig(AppConfig):
    name = "gongkai.disclosure_pages"
    verbose_name = _("Disclosure items")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the settings' system checks)
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
