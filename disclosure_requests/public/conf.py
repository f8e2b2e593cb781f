"""Settings of the public request pages, each with its default (docs/settings.md lists them all)."""
from django.conf import settings

DEFAULTS = {
    # An applicant rarely sends more than a few requests an hour; a script sends hundreds.
    "GONGKAI_REQUESTS_APPLY_LIMIT": 5,
    "GONGKAI_REQUESTS_APPLY_WINDOW_SECONDS": 3600,
    # Wrong 查询码 before the tracking page locks that address or that number out.
    "GONGKAI_REQUESTS_TRACK_FAILURE_LIMIT": 10,
    "GONGKAI_REQUESTS_TRACK_LOCKOUT_SECONDS": 1800,
    # A scanned identity card or business licence fits in a few megabytes.
    "GONGKAI_REQUESTS_PROOF_MAX_BYTES": 5 * 1024 * 1024,
    # The cache that counts submissions and failed look-ups (shared by all workers in production).
    "GONGKAI_REQUESTS_RATE_CACHE": "default",
}


def get(name):
    """The site's value of one of these settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
