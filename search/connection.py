"""The Elasticsearch client of the catalogue index, configured from settings."""
from functools import lru_cache

from elasticsearch import Elasticsearch
from elasticsearch import exceptions as es_exceptions

from . import conf

# Failures that mean "the search service is not there right now", as opposed to a bug.
UNAVAILABLE_ERRORS = (
    es_exceptions.ConnectionError,
    es_exceptions.ConnectionTimeout,
    es_exceptions.TransportError,
)


def is_unavailable(error):
    """True for a connection failure or a server-side (5xx, 429) answer."""
    if isinstance(error, UNAVAILABLE_ERRORS):
        return True
    return isinstance(error, es_exceptions.ApiError) and (error.status_code >= 500 or error.status_code == 429)


def client():
    """The client for the current ELASTICSEARCH_URL (tests point it elsewhere)."""
    options = tuple(sorted(conf.get("ELASTICSEARCH_OPTIONS").items()))
    return _client(conf.get("ELASTICSEARCH_URL"), options, conf.get("GONGKAI_SEARCH_TIMEOUT"))


@lru_cache(maxsize=8)
def _client(url, options, timeout):
    return Elasticsearch(url, **{"request_timeout": timeout, "max_retries": 1, "retry_on_timeout": False, **dict(options)})
