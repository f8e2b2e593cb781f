"""Absolute addresses the portal hands out (feeds): the default Wagtail site's root URL.

The site record holds the public address (the reference site sets it from
GONGKAI_PUBLIC_BASE_URL), so a feed fetched through an internal host name still links readers
to the public one.
"""
from urllib.parse import urlsplit

from wagtail.models import Site


def public_url(path):
    if urlsplit(path).scheme:
        return path
    site = Site.objects.filter(is_default_site=True).first()
    return (site.root_url if site else "") + path
