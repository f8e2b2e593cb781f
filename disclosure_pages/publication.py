"""The one answer to "may this be public now?", asked by every path that changes what the
public sees (the model's save, publishing, scheduling) and by every path that serves it
(gongkai.disclosure_pages.serving for pages, documents and images; portal feeds and sitemap).

The item's own rule (may_be_public: 主动公开 and 非密) comes first; other apps add their
conditions through the `check_disclosure_publication` hook: a function taking the page and
returning a refusal message, or None to allow. review_workflow's secrecy-review gate plugs in
there, so this module never imports it.
"""
import logging

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.log_actions import log

from .visibility import may_be_public

logger = logging.getLogger("gongkai.publication")

# Saves that touch only these columns neither publish nor change live content.
BOOKKEEPING_FIELDS = frozenset(
    {
        "latest_revision",
        "latest_revision_created_at",
        "has_unpublished_changes",
        "draft_title",
        "locked",
        "locked_at",
        "locked_by",
        "numchild",
        "path",
        "depth",
        "url_path",
        "expired",
        "expire_at",
        "go_live_at",
        "wagtail_admin_comments",
    }
)


class PublicationRefused(PermissionDenied):
    """A page was about to go live (or change while live) without meeting the rules."""


def publication_refusal(page):
    """Why `page`, with its current in-memory content, may not be public; None if it may."""
    if not may_be_public(page):
        return _(
            "Only proactively disclosed, unclassified items may be published on the portal; "
            "this item is kept as a record in the admin."
        )
    for check in hooks.get_hooks("check_disclosure_publication"):
        refusal = check(page)
        if refusal:
            return refusal
    return None


def may_be_public_now(page):
    """May the public see `page` (a disclosure item as stored) now? Live, not expired, and its
    content passes every rule of publication_refusal."""
    return bool(page.live and not page.expired and publication_refusal(page) is None)


def is_bookkeeping_save(update_fields):
    return update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS


def ensure_may_go_live(page, update_fields=None):
    """Raise PublicationRefused, and log it, unless `page` may be live as it stands."""
    if is_bookkeeping_save(update_fields):
        return
    refusal = publication_refusal(page)
    if refusal is None:
        return
    logger.warning("Publication refused for page %s (%s): %s", page.pk, page.title, refusal)
    if page.pk:
        log(instance=page, action="gongkai.publication_refused", data={"reason": str(refusal)})
    raise PublicationRefused(refusal)


class AliasRefused(PermissionDenied):
    """Disclosure items are never aliased: an alias would be a second live copy outside
    the review and the catalogue's numbering."""


def refuse_scheduled_publication(sender, instance, update_fields=None, **kwargs):
    """pre_save of Revision: a go-live schedule (approved_go_live_at) is accepted only for
    content that may be public, whatever path sets it."""
    if instance.approved_go_live_at is None:
        return
    if update_fields is not None and "approved_go_live_at" not in update_fields:
        return
    from .models import DisclosureItemPage

    # From ContentType's cache: a revision of any other model costs no query here.
    if not issubclass(ContentType.objects.get_for_id(instance.content_type_id).model_class(), DisclosureItemPage):
        return
    ensure_may_go_live(instance.as_object())


# The log action Wagtail's publish_scheduled command publishes with.
SCHEDULED_PUBLICATION = "wagtail.publish.scheduled"


class CancelsRefusedSchedule:
    """Mixin of the item model. A schedule is refused when it is set (refuse_scheduled_publication),
    but an item's conditions can change before its go-live time (another app's gate), and Wagtail's
    publish_scheduled stops at the first error, leaving every later page unpublished. So a refused
    scheduled publication cancels that revision's schedule (the refusal is logged by
    ensure_may_go_live) and the command goes on; every other path still gets the error."""

    def publish(self, revision, *args, log_action=True, **kwargs):
        try:
            return super().publish(revision, *args, log_action=log_action, **kwargs)
        except PublicationRefused:
            if log_action != SCHEDULED_PUBLICATION:
                raise
            type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            return None
