"""Receivers of portal: a change of what is public starts a new generation of the page cache.

The page cache holds every anonymous page of the site, so while caching is on a change of any
page counts; while it is off (the default) every receiver returns at once and touches no cache.
"""
from django.db.models.signals import post_delete, post_save
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_slug_changed, page_unpublished, post_page_move

from gongkai.disclosure_pages.models import Genre, Organ, Topic
from gongkai.disclosure_pages.signals import item_withdrawn
from gongkai.review_workflow.models import SecrecyReviewRecord

from .page_cache import is_caching, start_new_generation


def public_content_changed(**kwargs):
    if is_caching():
        start_new_generation()


def shown_object_deleted(sender, instance, **kwargs):
    """Deleting a page (of any type) or a taxonomy entry changes what the portal shows."""
    if is_caching() and isinstance(instance, (Page, Organ, Topic, Genre)):
        start_new_generation()


def register_signal_handlers():
    for signal in (page_published, page_unpublished, post_page_move, page_slug_changed, item_withdrawn):
        signal.connect(public_content_changed, dispatch_uid="portal-page-cache")
    # A changed file or a new review decision can change whether an item may be public now.
    for model in (Organ, Topic, Genre, get_document_model(), get_image_model(), SecrecyReviewRecord):
        post_save.connect(public_content_changed, sender=model, dispatch_uid="portal-page-cache")
    post_delete.connect(shown_object_deleted, dispatch_uid="portal-page-cache")
