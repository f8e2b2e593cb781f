from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DisclosurePagesConfig(AppConfig):
    name = "disclosure_pages"
    verbose_name = _("Disclosure items")
    default_auto_field = "django.db.models.BigAutoField"
