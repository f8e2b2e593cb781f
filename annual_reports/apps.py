from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AnnualReportsConfig(AppConfig):
    name = "gongkai.annual_reports"
    label = "annual_reports"
    verbose_name = _("Annual reports")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .page_tree import allow_reports_in_catalogues

        allow_reports_in_catalogues()
