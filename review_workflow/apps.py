from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewWorkflowConfig(AppConfig):
    name = "gongkai.review_workflow"
    verbose_name = _("Secrecy review")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        # Receivers are connected here, not in wagtail_hooks, because setup_organ also runs
        # from management commands, before any admin hook module is imported.
        from gongkai.disclosure_pages.signals import organ_set_up

        from . import checks  # noqa: F401 (registers the ledger's system checks)
        from .organ_workflows import on_organ_set_up

        organ_set_up.connect(on_organ_set_up, dispatch_uid="review_workflow-organ-workflow")
