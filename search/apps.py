from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CatalogueSearchConfig(AppConfig):
    name = "search"
    label = "catalogue_search"
    verbose_name = _("Catalogue search")
    default_auto_field = "django.db.models.BigAutoField"
