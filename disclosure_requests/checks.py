"""System checks of disclosure_requests' configuration."""
from django.conf import settings
from django.core.checks import Error, register

from .private_storage import private_root


@register()
def proofs_are_outside_media(app_configs, **kwargs):
    """Identity proofs under MEDIA_ROOT could be served by the web server to anyone."""
    media_root = str(settings.MEDIA_ROOT or "")
    if media_root and str(private_root()).startswith(media_root.rstrip("/") + "/"):
        return [
            Error(
                "GONGKAI_REQUESTS_PRIVATE_ROOT lies inside MEDIA_ROOT: identity proofs could be served publicly.",
                hint="Point GONGKAI_REQUESTS_PRIVATE_ROOT outside MEDIA_ROOT.",
                id="disclosure_requests.E001",
            )
        ]
    return []
