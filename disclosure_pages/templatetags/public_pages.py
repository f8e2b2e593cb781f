"""What the plugin's public base template needs from the site, with nothing but Wagtail installed."""
from django import template
from django.conf import settings
from wagtail.models import Site

register = template.Library()


@register.simple_tag(takes_context=True)
def site_name(context):
    """The site's public name: the Wagtail site record's own name, else WAGTAIL_SITE_NAME.

    A tag rather than a context processor, so that a site adding the plugin needs no setting for it.
    """
    request = getattr(context, "request", None)
    site = Site.find_for_request(request) if request is not None else None
    return (site and site.site_name) or getattr(settings, "WAGTAIL_SITE_NAME", "")
