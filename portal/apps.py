from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PortalConfig(AppConfig):
    name = "gongkai.portal"
    label = "gongkai_portal"
    verbose_name = _("Public portal")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks, page_cache  # noqa: F401 (checks registers itself)

        page_cache.connect_invalidation()
