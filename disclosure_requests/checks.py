"""System checks of disclosure_requests' configuration."""
from django.conf import settings
from django.core.checks import Error, register
from django.utils.module_loading import import_string

from . import conf
from .private_storage import private_root
from .sms import SmsBackend


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


@register()
def sms_backend_is_importable(app_configs, **kwargs):
    path = conf.get("GONGKAI_REQUESTS_SMS_BACKEND")
    try:
        backend = import_string(path)
    except ImportError:
        backend = None
    if backend is None or not issubclass(backend, SmsBackend):
        return [
            Error(
                f"GONGKAI_REQUESTS_SMS_BACKEND ({path}) is not an importable SmsBackend subclass.",
                hint="Name a subclass of gongkai.disclosure_requests.sms.SmsBackend.",
                id="disclosure_requests.E002",
            )
        ]
    return []
