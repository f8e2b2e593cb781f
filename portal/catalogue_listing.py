"""Browsing reads the search index (gongkai.search.engine), which filters, sorts and counts fast;
gongkai.search.public_results checks each page of hits against the database, since the index can lag.
This module turns the portal's browsing questions into catalogue queries, so the views
never build search queries themselves."""
import datetime
from dataclasses import dataclass, replace

from gongkai.search.engine import PAGE_SIZE, CatalogueQuery, SearchUnavailable, max_page
from gongkai.search.public_results import search_public_catalogue
from gongkai.search.search_request import InvalidSearch, parse_search_request

# The orders a reader may pick for a listing (by publication date), the default first.
SORTS = ("newest", "oldest")


class CatalogueUnavailable(Exception):
    """The index cannot answer; the page says so instead of failing."""


@dataclass
class Listing:
    results: list
    total: int
    page: int

    @property
    def num_pages(self):
        return max(1, min(max_page(), -(-self.total // PAGE_SIZE)))

    @property
    def has_previous(self):
        return self.page > 1

    @property
    def has_next(self):
        return self.page < self.num_pages


def as_date(value):
    """The index answers ISO date strings; templates format dates."""
    return datetime.date.fromisoformat(value) if isinstance(value, str) and value else value


def listed(result):
    return {
        **result,
        "written_date": as_date(result["written_date"]),
        "published_date": as_date(result["published_date"]),
    }


def browse_catalogue(*, organ=None, topic=None, sort=SORTS[0], page=1):
    """One page of public items: an organ's (with its subordinate organs'), a topic's (with
    its second-level topics'), or all of them."""
    query = CatalogueQuery(
        organ=(organ.code,) if organ else (),
        topic=(topic.code,) if topic else (),
        sort=sort,
        page=min(max(page, 1), max_page()),
    )
    try:
        found = search_public_catalogue(query)
    except SearchUnavailable as error:
        raise CatalogueUnavailable from error
    return Listing(results=[listed(result) for result in found.results], total=found.total, page=found.page)


def search_feed_results(params):
    """The newest results of the search described by the query string `params`."""
    try:
        query = parse_search_request(params)
        found = search_public_catalogue(replace(query, sort="newest", page=1))
    except (InvalidSearch, SearchUnavailable):
        return []
    return [listed(result) for result in found.results]
