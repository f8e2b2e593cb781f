from django.apps import AppConfig


class GongkaiSiteConfig(AppConfig):
    name = "gongkai_site"
    verbose_name = "Gongkai reference site"

    def ready(self):
        from . import signal_handlers  # noqa: F401
