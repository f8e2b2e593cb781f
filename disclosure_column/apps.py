from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisclosureColumnConfig(AppConfig):
    name = "gongkai.disclosure_column"
    label = "disclosure_column"
    verbose_name = _("Disclosure column")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the column's system checks)
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
