from django.conf import settings
from wagtail.models import Site


def portal(request):
    """The site's name for the header; the Wagtail site's own name wins when set."""
    site = Site.find_for_request(request)
    return {"portal_site_name": (site and site.site_name) or settings.WAGTAIL_SITE_NAME}
