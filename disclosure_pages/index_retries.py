"""How long a queued index sync waits before its next try while Elasticsearch is unreachable.

One rule for both indexes (the public catalogue's and Wagtail's admin index): doubling from
GONGKAI_SEARCH_RETRY_DELAY seconds, capped at GONGKAI_SEARCH_RETRY_MAX_DELAY, so an index
catches up within about a minute of the node's return.
"""
import datetime

from . import conf


def retry_delay(attempt):
    base = conf.get("GONGKAI_SEARCH_RETRY_DELAY")
    ceiling = conf.get("GONGKAI_SEARCH_RETRY_MAX_DELAY")
    return datetime.timedelta(seconds=min(base * 2**attempt, ceiling))
