"""The one answer to "may this be public now?", asked by every path that changes what the
public sees (the model's save, publishing, scheduling) and by every path that serves it
(gongkai.disclosure_pages.serving for pages, documents and images; portal feeds and sitemap).

Every piece of disclosure content (an item, an annual report: any model with GatedPublicationMixin)
goes public through this one answer. The item's own rule (may_be_public: 主动公开 and 非密, so never
非政府信息) comes first, for content that has those attributes; other apps add their conditions,
for all gated content, through the `check_disclosure_publication` hook: a function taking the page and
returning a refusal message, or None to allow; or through `check_disclosure_publication_among`, a
function taking a list of pages and returning a refusal or None for each, in order, which a public
result list asks once for all its hits. review_workflow's secrecy-review gate plugs in there, so
this module never imports it.
"""
import logging

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail import hooks
from wagtail.log_actions import log
from wagtail.models import COMMENTS_RELATION_NAME

from .choices import Disclosure
from .constants import PUBLICATION_LOGGER, PUBLICATION_REFUSED_ACTION
from .visibility import may_be_public

logger = logging.getLogger(PUBLICATION_LOGGER)

# Page columns that say where, when and by whom, not what is published: the content a
# secrecy review is bound to is everything else (review_workflow.fingerprints).
BOOKKEEPING_FIELDS = frozenset(
    {
        "pk",
        "path",
        "depth",
        "numchild",
        "url_path",
        "live",
        "has_unpublished_changes",
        "first_published_at",
        "last_published_at",
        "live_revision",
        "latest_revision",
        "latest_revision_created_at",
        "draft_title",
        "go_live_at",
        "expire_at",
        "expired",
        "locked",
        "locked_at",
        "locked_by",
        "owner",
        "published_date",
        "disclosure_due_date",
        COMMENTS_RELATION_NAME,
    }
)
# Bookkeeping that makes content public, or says it was: a save touching one of these goes
# through the gate like any publication.
PUBLISHING_FIELDS = frozenset({"live", "live_revision", "first_published_at", "last_published_at", "published_date"})


class PublicationRefused(PermissionDenied):
    """A page was about to go live (or change while live) without meeting the rules."""


def own_rule_refusal(page):
    """The item's own rule, for content that has 公开属性 and 密级 (a report has neither: it is
    proactively disclosed by law, and its secrecy is the review's question)."""
    if not hasattr(page, "disclosure"):
        return None
    if page.disclosure == Disclosure.NON_GOVERNMENT:
        return _("Information that is not government information is never published in the public catalogue.")
    if not may_be_public(page):
        return _(
            "Only proactively disclosed, unclassified items may be published on the portal; "
            "this item is kept as a record in the admin."
        )
    return None


def publication_refusals_among(pages):
    """publication_refusal of each of `pages`, in order. Each check is asked once for the whole
    list (a `check_disclosure_publication_among` function) or page by page, and only about the
    pages no earlier rule refused."""
    refusals = [own_rule_refusal(page) for page in pages]
    for check in hooks.get_hooks("check_disclosure_publication_among"):
        answers = iter(check([page for page, refusal in zip(pages, refusals) if not refusal]))
        refusals = [refusal or next(answers) for refusal in refusals]
    for check in hooks.get_hooks("check_disclosure_publication"):
        refusals = [refusal or check(page) for page, refusal in zip(pages, refusals)]
    return refusals


def publication_refusal(page):
    """Why `page`, with its current in-memory content, may not be public; None if it may."""
    return publication_refusals_among([page])[0]


def may_be_public_now_among(pages):
    """may_be_public_now of each of `pages`, in order: one list check for a whole result list."""
    shown = [page for page in pages if page.live and not page.expired]
    allowed = {id(page) for page, refusal in zip(shown, publication_refusals_among(shown)) if not refusal}
    return [id(page) in allowed for page in pages]


def may_be_public_now(page):
    """May the public see `page` (disclosure content as stored) now? Live, not expired, and its
    content passes every rule of publication_refusal."""
    return may_be_public_now_among([page])[0]


def is_bookkeeping_save(update_fields):
    """A save of bookkeeping only, which neither publishes nor changes what is public."""
    return update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS - PUBLISHING_FIELDS


def ensure_may_go_live(page, update_fields=None):
    """Raise PublicationRefused, and log it, unless `page` may be live as it stands."""
    if is_bookkeeping_save(update_fields):
        return
    refusal = publication_refusal(page)
    if refusal is None:
        return
    logger.warning("Publication refused for page %s (%s): %s", page.pk, page.title, refusal)
    record_refusal(page, refusal)
    raise PublicationRefused(refusal)


def record_refusal(page, refusal):
    """The refusal in the page's history."""
    if page.pk:
        log(instance=page, action=PUBLICATION_REFUSED_ACTION, data={"reason": str(refusal)})


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
    # The content type comes from ContentType's cache: a revision of any other model costs no query here.
    if not issubclass(ContentType.objects.get_for_id(instance.content_type_id).model_class(), GatedPublicationMixin):
        return
    ensure_may_go_live(instance.as_object())


# The log action Wagtail's publish_scheduled command publishes with.
SCHEDULED_PUBLICATION = "wagtail.publish.scheduled"


class CancelsRefusedSchedule:
    """Part of GatedPublicationMixin. A schedule is refused when it is set (refuse_scheduled_publication),
    but an item's conditions can change before its go-live time (another app's gate), and Wagtail's
    publish_scheduled stops at the first error, leaving every later page unpublished. So a refused
    scheduled publication cancels that revision's schedule (the refusal stays in the page's
    history) and the command goes on; every other path still gets the error. Either
    way the publication and its receivers are one transaction, so nothing half-published stays."""

    def publish(self, revision, *args, log_action=True, **kwargs):
        try:
            # One transaction with the receivers of page_published, whatever path publishes: what
            # they publish along (a policy's interpretations) fails or goes live with the page.
            with transaction.atomic():
                return super().publish(revision, *args, log_action=log_action, **kwargs)
        except PublicationRefused as refusal:
            # The rollback took the refusal's history entry with it: write it again.
            record_refusal(self, refusal)
            if log_action != SCHEDULED_PUBLICATION:
                raise
            type(revision).objects.filter(pk=revision.pk).update(approved_go_live_at=None)
            return None


class GatedPublicationMixin(CancelsRefusedSchedule):
    """Mixin of every disclosure content page (items, annual reports): it goes live only through
    the gate. Only publishing a revision makes it live, so every path goes through the gate with a
    revision to bind a review to; a new page (created, copied) starts as a draft. Subclasses fill
    what editors never type in prepare_content(), which the gate sees."""

    def prepare_content(self):
        """Fill derived fields before the gate looks at the content."""

    def save(self, *args, **kwargs):
        update_fields = kwargs.get("update_fields")
        if is_bookkeeping_save(update_fields):
            return super().save(*args, **kwargs)
        if self._state.adding:
            self.live = False
            self.has_unpublished_changes = True
        self.prepare_content()
        if self.live:
            ensure_may_go_live(self, update_fields=update_fields)
            self.going_live()
        return super().save(*args, **kwargs)

    def going_live(self):
        """Bookkeeping of content that passed the gate and is about to be saved live."""
