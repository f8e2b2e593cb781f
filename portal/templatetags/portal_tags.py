from django import template
from django.urls import reverse

from gongkai.disclosure_pages.models import Topic
from gongkai.search.search_request import DATE_PARAMETERS, FACET_PARAMETERS

from ..public_items import latest_public_items
from ..sections import SECTIONS

register = template.Library()


@register.simple_tag
def latest_items(limit=10, organ=None):
    """The newest public items, of one organ or of the whole site."""
    if organ:
        return latest_public_items(limit, organ=organ)
    return latest_public_items(limit)


@register.simple_tag
def top_level_topics():
    return Topic.objects.filter(parent__isnull=True).prefetch_related("children")


@register.simple_tag
def section_links(organ=None):
    """The fixed sections (栏目), for one organ or for the site: [(title, url)]."""
    if organ:
        return [(title, reverse("portal:organ_section", args=[slug, organ.pk])) for slug, title in SECTIONS.items()]
    return [(title, reverse("portal:section", args=[slug])) for slug, title in SECTIONS.items()]


@register.simple_tag(takes_context=True)
def canonical_url(context):
    """The one address search engines should keep: the page's own URL, listing page kept."""
    request = context["request"]
    page = context.get("page")
    if page is not None and hasattr(page, "get_full_url"):
        return page.get_full_url(request)
    url = request.build_absolute_uri(request.path)
    number = request.GET.get("page", "")
    return f"{url}?page={number}" if number.isdigit() and number != "1" else url


@register.filter
def file_type(document):
    return document.file_extension.upper()


def filter_count(params):
    """How many filter values a search carries (facet values and date bounds)."""
    return sum(len([value for value in params.getlist(name) if value.strip()]) for name in FACET_PARAMETERS + DATE_PARAMETERS)


@register.inclusion_tag("portal/includes/search_head.html", takes_context=True)
def search_head(context):
    """For the search page's extra_head: its Atom feed, and noindex once it combines several
    filters (endless combinations that would crowd out the item pages in search engines)."""
    params = context["request"].GET
    query = params.urlencode()
    return {
        "feed_url": reverse("portal:search_feed") + (f"?{query}" if query else ""),
        "noindex": filter_count(params) >= 2,
    }
