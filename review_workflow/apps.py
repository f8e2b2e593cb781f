from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewWorkflowConfig(AppConfig):
    name = "gongkai.review_workflow"
    verbose_name = _("Secrecy review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 (registers the ledger's system checks)
        from .signal_handlers import register_signal_handlers

        register_signal_handlers()
