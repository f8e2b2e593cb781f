"""What the index answers is checked against the database before anyone sees it.

The index lags the database whenever Elasticsearch was unreachable at the moment of a
change (a withdrawal, a reclassification): its queued sync waits for a retry. Every public
list built from the index — search page, API, search feed, catalogue browsing — therefore
keeps only the hits whose item the database says may be public now.
"""
from dataclasses import replace

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.publication import may_be_public_now_among

from .engine import search_catalogue


def publishable_page_ids(page_ids):
    """The pages among `page_ids` that are unrestricted and may be public now (the gate, asked
    once for the whole list)."""
    # Specific pages: a policy interpretation's content (its links to policies) is what its review passed.
    items = list(DisclosureItemPage.objects.live().public().filter(pk__in=page_ids).specific())
    return {item.pk for item, public in zip(items, may_be_public_now_among(items)) if public}


def drop_unpublishable(hits):
    """The hits (result dicts with a page_id) whose item may be public now, in their order."""
    publishable = publishable_page_ids({hit["page_id"] for hit in hits})
    return [hit for hit in hits if hit["page_id"] in publishable]


def search_public_catalogue(params):
    """search_catalogue, with stale hits dropped and the total lowered by as many."""
    found = search_catalogue(params)
    results = drop_unpublishable(found.results)
    return replace(found, results=results, total=max(0, found.total - (len(found.results) - len(results))))
