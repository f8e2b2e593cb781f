"""Settings of portal, each with its default (docs/settings.md lists them all)."""
from django.conf import settings

DEFAULTS = {
    # Any site has a default cache; a site serving from several processes gives the portal a
    # shared one of its own.
    "PORTAL_CACHE_ALIAS": "default",
    # Whole-page caching is the site's decision: off until it sets a lifetime (and installs
    # AnonymousPageCacheMiddleware), so a plugin never serves a site's own pages stale.
    "PORTAL_CACHE_SECONDS": 0,
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
