"""Counting what one address (or one request number) did recently, in the cache, so abuse is
limited without any outside service: submissions per address, failed look-ups per address and
per number."""
import hashlib

from django.core.cache import caches

from . import conf

PREFIX = "gongkai-requests"


def client_address(request):
    """The address the site's proxy set-up reports (REMOTE_ADDR; a proxy must set it right)."""
    return request.META.get("REMOTE_ADDR") or "unknown"


def cache_key(scope, value):
    # Hashed: keys stay short and valid whatever the visitor typed.
    return f"{PREFIX}:{scope}:{hashlib.sha256(str(value).encode()).hexdigest()}"


def count(scope, value):
    return caches[conf.get("GONGKAI_REQUESTS_RATE_CACHE")].get(cache_key(scope, value), 0)


def record(scope, value, window_seconds):
    """Add one to the counter of `value` in `scope`; the window starts at the first count."""
    cache, key = caches[conf.get("GONGKAI_REQUESTS_RATE_CACHE")], cache_key(scope, value)
    if cache.add(key, 1, window_seconds):
        return 1
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.add(key, 1, window_seconds)
        return 1


def submissions_exhausted(address):
    return count("apply", address) >= conf.get("GONGKAI_REQUESTS_APPLY_LIMIT")


def record_submission(address):
    record("apply", address, conf.get("GONGKAI_REQUESTS_APPLY_WINDOW_SECONDS"))


def tracking_locked(address, number):
    """Too many wrong codes from this address, or for this number (whether it exists or not)."""
    limit = conf.get("GONGKAI_REQUESTS_TRACK_FAILURE_LIMIT")
    return count("track-ip", address) >= limit or count("track-number", number) >= limit


def record_tracking_failure(address, number):
    window = conf.get("GONGKAI_REQUESTS_TRACK_LOCKOUT_SECONDS")
    record("track-ip", address, window)
    record("track-number", number, window)
