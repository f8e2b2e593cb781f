"""How long a queued index sync waits before its next try while Elasticsearch is unreachable.

One rule for both indexes (the public catalogue's and Wagtail's admin index): doubling from
GONGKAI_SEARCH_RETRY_DELAY seconds, capped at GONGKAI_SEARCH_RETRY_MAX_DELAY, so an index
catches up within about a minute of the node's return.
"""
import datetime

from django.conf import settings


def retry_delay(attempt):
    base = getattr(settings, "GONGKAI_SEARCH_RETRY_DELAY", 5)
    ceiling = getattr(settings, "GONGKAI_SEARCH_RETRY_MAX_DELAY", 60)
    return datetime.timedelta(seconds=min(base * 2**attempt, ceiling))
