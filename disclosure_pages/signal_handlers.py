"""Receivers of disclosure_pages: a changed file sends the live items carrying it back to review."""
import logging

from django.db.models.signals import post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from .constants import PUBLICATION_LOGGER
from .publication import publication_refusal
from .serving import items_referring_to

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


def register_signal_handlers():
    for model in (get_document_model(), get_image_model()):
        post_save.connect(send_carrying_items_to_review, sender=model, dispatch_uid="gongkai-file-changed")
