from django.apps import AppConfig
from django.db.models.signals import post_delete, post_save, pre_save
from django.utils.translation import gettext_lazy as _


class DisclosurePagesConfig(AppConfig):
    name = "gongkai.disclosure_pages"
    verbose_name = _("Disclosure items")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from wagtail.models import Revision

        from . import checks  # noqa: F401 (registers the settings' system checks)
        from .admin_index_sync import item_deleted, item_saved
        from .models import WorkingDayOverride
        from .publication import refuse_scheduled_publication
        from .signal_handlers import register_signal_handlers
        from .working_days import refresh_due_dates

        pre_save.connect(refuse_scheduled_publication, sender=Revision, dispatch_uid="gongkai-refuse-schedule")
        post_save.connect(item_saved, dispatch_uid="gongkai-admin-index-sync")
        post_delete.connect(item_deleted, dispatch_uid="gongkai-admin-index-sync")
        post_save.connect(refresh_due_dates, sender=WorkingDayOverride, dispatch_uid="gongkai-refresh-due-dates")
        post_delete.connect(refresh_due_dates, sender=WorkingDayOverride, dispatch_uid="gongkai-refresh-due-dates")
        register_signal_handlers()
