"""Where identity proofs and released files live: a file system storage outside MEDIA_ROOT,
so no web server serves them by path; only permission-checked views read them."""
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage

from . import conf


def private_root():
    configured = conf.get("GONGKAI_REQUESTS_PRIVATE_ROOT")
    return Path(configured) if configured else Path(settings.MEDIA_ROOT).parent / "private" / "disclosure_requests"


def private_storage():
    """The storage of every file of this app (a callable, so migrations never record a path)."""
    return FileSystemStorage(location=private_root(), base_url=None)
