from django.conf import settings
from django.utils.functional import lazy
from wagtail.models import Site


def site_name(request):
    site = Site.find_for_request(request)
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


def portal(request):
    """The site's name for the header; the Wagtail site's own name wins when set. Lazy: the
    site is looked up only by a template that shows the name, not by every admin page."""
    return {"portal_site_name": lazy(site_name, str)(request)}
