from django.apps import AppConfig


class GongkaiAdminLocaleConfig(AppConfig):
    name = "gongkai_admin_locale"
    verbose_name = "Gongkai admin locale"
