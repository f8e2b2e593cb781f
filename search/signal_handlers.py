"""Wagtail's lifecycle, followed by the catalogue index (never post_save, which sees drafts)."""
import logging

from django.db import transaction
from django.db.models.signals import post_delete
from wagtail.signals import page_published, page_unpublished, post_page_move

from gongkai.disclosure_pages.constants import SEARCH_LOGGER
from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.signals import item_withdrawn

from .connection import is_unavailable
from .indexing import sync_items
from .tasks import schedule_sync

logger = logging.getLogger(SEARCH_LOGGER)

MOVE_BATCH = 500


def item_changed(sender, instance, **kwargs):
    """Published (first time or a new revision), unpublished, expired or deleted."""
    if isinstance(instance, DisclosureItemPage):
        schedule_sync([instance.pk])


def page_moved(sender, instance, **kwargs):
    """A moved item, or every item under a moved catalogue, has a new URL."""
    items = DisclosureItemPage.objects.descendant_of(instance, inclusive=True)
    page_ids = list(items.values_list("pk", flat=True))
    for start in range(0, len(page_ids), MOVE_BATCH):
        schedule_sync(page_ids[start : start + MOVE_BATCH])


def item_was_withdrawn(sender, page, **kwargs):
    """撤稿: out of search at once after the commit; the queued sync is the fallback."""
    page_id = page.pk
    schedule_sync([page_id])
    transaction.on_commit(lambda: remove_now(page_id))


def remove_now(page_id):
    try:
        sync_items([page_id], refresh=True)
    except Exception as error:
        if not is_unavailable(error):
            raise
        logger.warning("Withdrawn page %s stays queued for the index: %s", page_id, error)


def register_signal_handlers():
    page_published.connect(item_changed, dispatch_uid="catalogue_search_published")
    page_unpublished.connect(item_changed, dispatch_uid="catalogue_search_unpublished")
    post_delete.connect(item_changed, sender=DisclosureItemPage, dispatch_uid="catalogue_search_deleted")
    post_page_move.connect(page_moved, dispatch_uid="catalogue_search_moved")
    item_withdrawn.connect(item_was_withdrawn, dispatch_uid="catalogue_search_withdrawn")
