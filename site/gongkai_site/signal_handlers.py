from django.db.models.signals import post_migrate
from django.dispatch import receiver

from .public_site import align_default_site


@receiver(post_migrate, dispatch_uid="gongkai_site_public_address")
def align_site_after_migrate(sender, app_config=None, **kwargs):
    # Once per migrate run, after Wagtail's own migrations created the default site.
    if app_config is not None and app_config.name == "gongkai_site":
        align_default_site()
