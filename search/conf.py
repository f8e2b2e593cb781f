"""Settings of search, each with its default (docs/settings.md lists them all)."""
from pathlib import Path

from django.conf import settings

DEFAULTS = {
    # Where the catalogue's Elasticsearch cluster answers, e.g. "https://es.example.gov.cn:9200".
    # No default: a site must say which cluster holds its public index (search.E001).
    "ELASTICSEARCH_URL": None,
    # Further keyword arguments of the Elasticsearch client: api_key, ca_certs, basic_auth...
    "ELASTICSEARCH_OPTIONS": {},
    # Prefix of every index name, so test, staging and production can share a cluster.
    "GONGKAI_INDEX_PREFIX": "gongkai",
    # Seconds a request to Elasticsearch may take before the reader is told search is down.
    "GONGKAI_SEARCH_TIMEOUT": 5,
    # Deepest result page served (20 results a page): beyond it a reader refines the search.
    "GONGKAI_SEARCH_MAX_PAGE": 50,
    # Replicas of the catalogue index: 0 suits one node; a cluster of n nodes may hold n - 1.
    "GONGKAI_SEARCH_REPLICAS": 0,
    # The reviewed synonym lexicon (同义词表) shipped with the app.
    "GONGKAI_SEARCH_SYNONYMS_FILE": Path(__file__).resolve().parent / "data" / "synonyms.json",
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
