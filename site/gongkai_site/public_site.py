"""The Wagtail site record answers at GONGKAI_PUBLIC_BASE_URL, the site's one public address.

Page URLs, the sitemap and the feeds take their host from the site record, so they name the
real host instead of Wagtail's initial `localhost:80`, whatever host a request came in on.
"""
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def public_host_and_port():
    parts = urlsplit(settings.GONGKAI_PUBLIC_BASE_URL)
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ImproperlyConfigured(
            f"GONGKAI_PUBLIC_BASE_URL must be an http:// or https:// address, not {settings.GONGKAI_PUBLIC_BASE_URL!r}."
        )
    if parts.scheme == "https" and parts.port not in (None, 443):
        # Wagtail's site record can only say https through port 443.
        raise ImproperlyConfigured("GONGKAI_PUBLIC_BASE_URL may use https only on port 443.")
    return parts.hostname, parts.port or DEFAULT_PORTS[parts.scheme]


def align_default_site():
    """Point the default site record at the public address; returns the number of records changed."""
    hostname, port = public_host_and_port()
    changed = Site.objects.filter(is_default_site=True).exclude(hostname=hostname, port=port)
    count = changed.update(hostname=hostname, port=port)
    if count:
        Site.clear_site_root_paths_cache()
    return count
