"""The durable queue between Wagtail's lifecycle and the catalogue index (django-tasks).

django-tasks does not retry, so the task does: while Elasticsearch is unreachable it
enqueues itself again with a growing delay (setting GONGKAI_SEARCH_RETRY_DELAY, seconds,
doubled per attempt up to GONGKAI_SEARCH_RETRY_MAX_DELAY, one minute by default, so the
index catches up within a minute of Elasticsearch's return; until then public results are
checked against the database, see public_results). Nothing is dropped; the worker started
by `make run` (`manage.py db_worker --backend gongkai`) runs it, on the backend
GONGKAI_TASKS_BACKEND names (disclosure_pages/task_backend.py).
"""
import logging

from django.utils import timezone
from django_tasks import task

from gongkai.disclosure_pages.constants import SEARCH_LOGGER
from gongkai.disclosure_pages.index_retries import retry_delay
from gongkai.disclosure_pages.task_backend import on_plugin_backend

from .connection import is_unavailable
from .indexing import sync_items

logger = logging.getLogger(SEARCH_LOGGER)


@task()
def sync_catalogue_items(page_ids, attempt=0):
    """Bring the index in line with the database for these pages, retrying while ES is down."""
    try:
        sync_items(page_ids)
    except Exception as error:
        if not is_unavailable(error):
            raise
        delay = retry_delay(attempt)
        logger.warning("Catalogue index unavailable (%s); retrying pages %s in %s", error, page_ids, delay)
        on_plugin_backend(sync_catalogue_items, run_after=timezone.now() + delay).enqueue(page_ids, attempt + 1)
        return "retry scheduled"
    return "synced"


def schedule_sync(page_ids):
    """Queue a sync of these pages in the current transaction.

    The task row commits (or rolls back) with the change that caused it, so the worker only
    ever sees it after the commit, and a crash can't lose it between commit and enqueue.
    """
    page_ids = sorted(set(page_ids))
    if page_ids:
        on_plugin_backend(sync_catalogue_items).enqueue(page_ids)
