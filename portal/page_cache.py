"""Whole-page cache of the portal for anonymous readers, emptied by any change of what is public.

Every cached page may list other items (latest items, interpretations, browsing lists), so a
publish, unpublish, withdrawal, move or deletion anywhere starts a new cache generation instead
of hunting for the affected URLs: simple, and never stale (the receivers are in
portal.signal_handlers).
"""
import hashlib
import time

from django.conf import settings
from django.core.cache import caches

from . import conf

GENERATION_KEY = "portal:generation"
# Paths that are never cached: personal, administrative or unbounded.
UNCACHED_PREFIXES = (
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/search/",
    "/api/search/",
    "/feeds/search/",
)


def page_cache():
    return caches[conf.get("PORTAL_CACHE_ALIAS")]


def current_generation():
    cache = page_cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        generation = cache.get(GENERATION_KEY)
    return generation


def is_caching():
    return conf.get("PORTAL_CACHE_SECONDS") > 0


def start_new_generation():
    """Every page cached so far is out of date (portal.signal_handlers calls this)."""
    page_cache().set(GENERATION_KEY, time.time_ns(), None)


def cache_key(request, generation):
    url = f"{request.get_host()}{request.get_full_path()}"
    return f"portal:page:{generation}:{hashlib.sha256(url.encode()).hexdigest()}"


def is_cacheable_request(request):
    return (
        is_caching()
        and request.method == "GET"
        and not request.path.startswith(UNCACHED_PREFIXES)
        and not request.user.is_authenticated
        # A session may hold per-visitor state (e.g. a passed page password).
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
    )


def is_cacheable_response(request, response):
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in response.get("Cache-Control", "")
    )


class AnonymousPageCacheMiddleware:
    """Serves anonymous GETs of portal pages from the cache; after AuthenticationMiddleware."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = cache_key(request, current_generation())
        cached = page_cache().get(key)
        if cached is not None:
            return cached
        response = self.get_response(request)
        if is_cacheable_response(request, response):
            page_cache().set(key, response, conf.get("PORTAL_CACHE_SECONDS"))
        return response
