"""Where identity proofs, released files and issued notices live: a file system storage outside MEDIA_ROOT,
so no web server serves them by path; only permission-checked views read them."""
import hashlib
import os
from pathlib import Path

from django.conf import settings
from django.core.files.storage import FileSystemStorage

from . import conf


def private_root():
    configured = conf.get("GONGKAI_REQUESTS_PRIVATE_ROOT")
    return Path(configured) if configured else Path(settings.MEDIA_ROOT).parent / "private" / "disclosure_requests"


class PrivateStorage(FileSystemStorage):
    """Reads its location at every access (like every setting of the app) and has no URL."""

    @property
    def base_location(self):
        return str(private_root())

    @property
    def location(self):
        return os.path.abspath(self.base_location)

    @property
    def base_url(self):
        return None


def private_storage():
    """The storage of every file of this app (a callable, so migrations never record a path)."""
    return PrivateStorage()


CHUNK = 1024 * 1024


def stored_sha256(field_file):
    """The SHA-256 of the bytes stored for `field_file` now (not as they were when saved)."""
    digest = hashlib.sha256()
    with field_file.open("rb") as handle:
        for chunk in iter(lambda: handle.read(CHUNK), b""):
            digest.update(chunk)
    return digest.hexdigest()
