"""Wagtail's admin search backend (WAGTAILSEARCH_BACKENDS["default"]): Elasticsearch 8 that
never answers an admin page with a 500 and never lets a write create its index unmapped.

Elasticsearch creates a missing index on the first document written to it, with a guessed
mapping on which every later search fails; here the index is made with Wagtail's mapping
first. A search that fails (node down, index missing, a hostile query) is logged and answers
no results.
"""
import logging

from modelsearch.backends.base import get_model_root
from modelsearch.backends.elasticsearch8 import (
    Elasticsearch8Index,
    Elasticsearch8SearchBackend,
    Elasticsearch8SearchResults,
)
from modelsearch.index import get_indexed_models

from .constants import SEARCH_LOGGER

logger = logging.getLogger(SEARCH_LOGGER)


class AdminSearchResults(Elasticsearch8SearchResults):
    def _do_search(self):
        try:
            # The parent is a generator: only listing it runs the search.
            return list(super()._do_search())
        except Exception:
            logger.exception("Admin search failed; answering no results")
            return []

    def _do_count(self):
        try:
            return super()._do_count()
        except Exception:
            logger.exception("Admin search count failed; answering 0")
            return 0

    def facet(self, field_name):
        try:
            return super().facet(field_name)
        except Exception:
            logger.exception("Admin search facet failed; answering none")
            return {}


class AdminSearchIndex(Elasticsearch8Index):
    def ensure_exists(self, model):
        """Create this index with the mapping of every model stored in it, if it is missing."""
        if self.es.indices.exists(index=self.name):  # the inherited exists() fails on the ES 8 client
            return
        self.put()
        root = get_model_root(model)
        for indexed_model in get_indexed_models():
            if get_model_root(indexed_model) is root:
                self.add_model(indexed_model)

    def add_item(self, item):
        self.ensure_exists(type(item))
        super().add_item(item)


class AdminSearchBackend(Elasticsearch8SearchBackend):
    index_class = AdminSearchIndex
    results_class = AdminSearchResults


SearchBackend = AdminSearchBackend
