"""Elasticsearch: a local node from `make run`/`make test`, or an existing cluster."""
import os

from .environment import env_int

ELASTICSEARCH_URL = os.environ.get(
    "ELASTICSEARCH_URL", f"http://127.0.0.1:{os.environ.get('ES_PORT', '9200')}"
)
ELASTICSEARCH_OPTIONS = {
    key: value
    for key, value in {
        "api_key": os.environ.get("ELASTICSEARCH_API_KEY"),
        "ca_certs": os.environ.get("ELASTICSEARCH_CA_CERTS"),
    }.items()
    if value
}
GONGKAI_INDEX_PREFIX = os.environ.get("GONGKAI_INDEX_PREFIX", "gongkai")

WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch8",
        "URLS": [ELASTICSEARCH_URL],
        "INDEX_PREFIX": f"{GONGKAI_INDEX_PREFIX}-wagtail-",
        "TIMEOUT": 10,
        "OPTIONS": ELASTICSEARCH_OPTIONS,
        # The admin search's Chinese analysis: CJK bigrams (the measured best analysis that runs
        # inside Elasticsearch alone; docs/search-analysis.md), as the index's default analyzer.
        "INDEX_SETTINGS": {
            "settings": {
                "analysis": {
                    "analyzer": {
                        "default": {
                            "type": "custom",
                            "tokenizer": "standard",
                            "filter": ["cjk_width", "lowercase", "cjk_bigram"],
                        }
                    }
                }
            }
        },
    }
}
# The public catalogue index (search app): deepest result page, request timeout (seconds),
# first retry delay of the sync queue while Elasticsearch is down (seconds, doubling).
GONGKAI_SEARCH_MAX_PAGE = env_int("GONGKAI_SEARCH_MAX_PAGE", 50)
GONGKAI_SEARCH_TIMEOUT = float(os.environ.get("GONGKAI_SEARCH_TIMEOUT", "5"))
GONGKAI_SEARCH_RETRY_DELAY = float(os.environ.get("GONGKAI_SEARCH_RETRY_DELAY", "5"))
