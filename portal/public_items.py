"""The items the public may see, read from the database: live items that may be public now.

Feeds, the sitemap and the "latest items" lists read from here; browsing and search read
the index, which only ever holds public items.
"""
from itertools import islice

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now


def live_items(*conditions, **filters):
    """Live items matching the filters, newest publication first (not yet checked for publicity)."""
    return (
        DisclosureItemPage.objects.live()
        .public()
        .filter(*conditions, **filters)
        .select_related("organ", "topic", "topic__parent", "genre")
        .order_by("-published_date", "-last_published_at", "-pk")
    )


def public_items(queryset):
    """The items of `queryset` that may be public now; `may_be_public_now` stays the one rule."""
    return (item for item in queryset.iterator(chunk_size=200) if may_be_public_now(item))


def latest_public_items(limit, *conditions, **filters):
    return list(islice(public_items(live_items(*conditions, **filters)), limit))
