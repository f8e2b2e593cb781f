from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GongkaiSecurityConfig(AppConfig):
    """等保 2.0 basics of the reference site: login audit, password rules, security headers."""

    name = "gongkai_security"
    verbose_name = _("Security")

    def ready(self):
        from . import signal_handlers  # noqa: F401
