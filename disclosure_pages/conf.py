"""Settings of disclosure_pages, each with its default (docs/settings.md lists them all)."""
from django.conf import settings

DEFAULTS = {
    # 索引号: the organ's code, the year and a serial restarting each year, as most provincial
    # catalogues number their items.
    "GONGKAI_INDEX_NUMBER_PATTERN": "{organ_code}/{year}-{serial:05d}",
    # Large enough for a scanned annual report, small enough for one request to carry.
    "GONGKAI_ATTACHMENT_MAX_BYTES": 50 * 1024 * 1024,
    # Index queues retry while Elasticsearch is down: the first wait, in seconds, then doubling...
    "GONGKAI_SEARCH_RETRY_DELAY": 5,
    # ...up to this ceiling, so an index catches up within about a minute of the node's return.
    "GONGKAI_SEARCH_RETRY_MAX_DELAY": 60,
    # The TASKS alias of the plugin's index updates: a queue apart from Wagtail's own tasks, so the
    # site's default backend (Wagtail's) may stay immediate (task_backend.py says why).
    "GONGKAI_TASKS_BACKEND": "gongkai",
}


def get(name):
    """The site's value of one of this app's settings, else its default."""
    return getattr(settings, name, DEFAULTS[name])
