from django.apps import AppConfig


class GongkaiAdminLocaleConfig(AppConfig):
    name = "gongkai.admin_locale"
    label = "gongkai_admin_locale"
    verbose_name = "Gongkai admin locale"
