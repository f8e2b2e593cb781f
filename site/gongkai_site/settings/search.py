"""Elasticsearch: a local node from `make run`/`make test`, or an existing cluster."""
import os

from .environment import LOCAL_DATA_DIR, env_int

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
        # Elasticsearch 8, never answering the admin with a 500 (disclosure_pages/admin_search.py).
        "BACKEND": "gongkai.disclosure_pages.admin_search",
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

# The review ledger's signing key (keep it out of the database and its backups; without it the
# key is derived from SECRET_KEY and `check --deploy` warns) and its append-only anchor file.
# docs/ledger.md says what they protect against.
GONGKAI_LEDGER_KEY = os.environ.get("GONGKAI_LEDGER_KEY", "")
GONGKAI_LEDGER_ANCHOR_FILE = os.environ.get("GONGKAI_LEDGER_ANCHOR_FILE", str(LOCAL_DATA_DIR / "ledger-anchors.log"))
