from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReviewWorkflowConfig(AppConfig):
    name = "review_workflow"
    verbose_name = _("Secrecy review")
    default_auto_field = "django.db.models.BigAutoField"
