"""Receivers of disclosure_pages, connected by register_signal_handlers() from the app's ready()."""
import datetime
import logging

from django.db.models.signals import post_delete, post_save, pre_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Revision

from .admin_index_sync import item_deleted, item_saved
from .choices import Disclosure
from .constants import PUBLICATION_LOGGER
from .models import DisclosureItemPage, WorkingDayOverride
from .publication import publication_refusal, refuse_scheduled_publication
from .serving import items_referring_to
from .working_days import PROACTIVE_DISCLOSURE_WORKING_DAYS, disclosure_due_date

logger = logging.getLogger(PUBLICATION_LOGGER)


def send_carrying_items_to_review(sender, instance, created, raw=False, **kwargs):
    """A document or image of a live item was edited (its file replaced, its title changed).

    The item's stored content now differs from what was reviewed, so serving already refuses
    it (the public gets 404, never the new bytes); a new revision puts the changed content in
    front of the editors, to be submitted for a secrecy review."""
    if created or raw:
        return
    for item in items_referring_to(instance):
        # A change outside the reviewed content (tags, collection) leaves the item as it was.
        if item.live and publication_refusal(item) is not None:
            item.save_revision(log_action=True)
            logger.warning(
                "File %s carried by live item %s (%s) changed: withheld until a new secrecy review",
                instance.pk,
                item.pk,
                item.title,
            )


def refresh_due_dates(sender, instance, **kwargs):
    """post_save/post_delete of WorkingDayOverride: recount the stored due dates the changed
    day can move (items written up to ~2 months before it)."""
    earliest = instance.date - datetime.timedelta(days=PROACTIVE_DISCLOSURE_WORKING_DAYS * 3 + 14)
    items = DisclosureItemPage.objects.filter(
        disclosure=Disclosure.PUBLIC, written_date__range=(earliest, instance.date)
    )
    for pk, written_date in items.values_list("pk", "written_date"):
        items.filter(pk=pk).update(disclosure_due_date=disclosure_due_date(written_date).date)


def register_signal_handlers():
    pre_save.connect(refuse_scheduled_publication, sender=Revision, dispatch_uid="gongkai-refuse-schedule")
    post_save.connect(item_saved, dispatch_uid="gongkai-admin-index-sync")
    post_delete.connect(item_deleted, dispatch_uid="gongkai-admin-index-sync")
    post_save.connect(refresh_due_dates, sender=WorkingDayOverride, dispatch_uid="gongkai-refresh-due-dates")
    post_delete.connect(refresh_due_dates, sender=WorkingDayOverride, dispatch_uid="gongkai-refresh-due-dates")
    for model in (get_document_model(), get_image_model()):
        post_save.connect(send_carrying_items_to_review, sender=model, dispatch_uid="gongkai-file-changed")
