"""The durable queue between item changes and Wagtail's admin search index (django-tasks).

Wagtail's own index update runs once and only logs a failure, and never removes an item that
stopped being indexable. Every saved or deleted item is therefore also queued here, in the
transaction that changed it; the task brings the admin index in line with the database and,
while Elasticsearch is unreachable, enqueues itself again with a growing delay
(GONGKAI_SEARCH_RETRY_DELAY seconds, doubled per attempt up to
GONGKAI_SEARCH_RETRY_MAX_DELAY) until it succeeds. A draft reclassified to 绝密 while the
node was down leaves the index once the node is back.
"""
import logging

from django.utils import timezone
from django_tasks import task
from wagtail.search.backends import get_search_backends

from .constants import SEARCH_LOGGER
from .index_retries import retry_delay
from .task_backend import on_plugin_backend

logger = logging.getLogger(SEARCH_LOGGER)


def indexable_items(page_ids):
    """{page id: the item to index, or None where the index must not hold it}."""
    from .models import DisclosureItemPage

    items = {page.pk: page.specific for page in DisclosureItemPage.objects.filter(pk__in=page_ids)}
    return {page_id: items[page_id].get_indexed_instance() if page_id in items else None for page_id in page_ids}


def apply_to_backends(items):
    from .models import DisclosureItemPage

    for backend in get_search_backends(with_auto_update=True):
        for page_id, item in items.items():
            if item is None:
                backend.delete(DisclosureItemPage(pk=page_id))
            else:
                backend.add(item)


@task()
def sync_admin_index(page_ids, attempt=0):
    """Bring the admin index in line with the database for these items, retrying until done."""
    items = indexable_items(page_ids)
    try:
        apply_to_backends(items)
    except Exception as error:
        # Any failure of the node (down, timing out, refusing) is retried: a state secret
        # must leave the index whatever went wrong the first time.
        delay = retry_delay(attempt)
        logger.warning("Admin search index unavailable (%s); retrying pages %s in %s", error, page_ids, delay)
        on_plugin_backend(sync_admin_index, run_after=timezone.now() + delay).enqueue(page_ids, attempt + 1)
        return "retry scheduled"
    return "synced"


def is_item(instance):
    from .models import DisclosureItemPage

    return isinstance(instance, DisclosureItemPage) and instance.pk is not None


def item_saved(sender, instance, raw=False, **kwargs):
    """post_save: queue the item's sync in the same transaction, and take an item that may no
    longer be indexed out at once if the node answers."""
    if raw or not is_item(instance):
        return
    on_plugin_backend(sync_admin_index).enqueue([instance.pk])
    if instance.get_indexed_instance() is None:
        remove_now(instance)


def item_deleted(sender, instance, **kwargs):
    if is_item(instance):
        on_plugin_backend(sync_admin_index).enqueue([instance.pk])


def remove_now(item):
    try:
        for backend in get_search_backends(with_auto_update=True):
            backend.delete(item)
    except Exception as error:
        logger.warning("Item %s stays queued for removal from the admin index: %s", item.pk, error)
