"""Who may take a secrecy-review decision, and on what: one place for the questions the
review dialog, the review actions and the determination page all ask."""
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.models import TaskState, WorkflowState

from gongkai.disclosure_pages.publication import own_rule_refusal

from .choices import PUBLIC_ITEM_CONCLUSIONS, RECORD_CONCLUSIONS, Conclusion
from .fingerprints import revision_fingerprint
from .models import SecrecyReviewRecord, SecrecyReviewTask
from .separation import separation_of_duties_refusal


class ReviewRefused(PermissionDenied):
    """A review action that may not be taken, or whose data is invalid; the message says why."""


def reviewer_refusal(task, page, revision, user):
    """Why `user` may not review `revision` at this step, or None."""
    if not task.is_reviewer(user):
        return _("Only the organ's secrecy reviewers may review this item.")
    if not task.reviews_organ_of(page):
        return _("This review step belongs to another organ; only that organ's items are reviewed here.")
    return separation_of_duties_refusal(page, revision, user)


def completed_step_message(task_state):
    finisher = task_state.finished_by
    name = (finisher.get_full_name() or finisher.get_username()) if finisher else _("another user")
    return _("This review step has already been completed by %(user)s. Reload the item to see where it stands.") % {
        "user": name
    }


def completed_step_refusal(page):
    """Why a decision taken in a dialog opened earlier comes too late (another reviewer
    completed the secrecy review step meanwhile), or None while the step is still open."""
    current = page.current_workflow_task_state
    if current is not None and isinstance(current.task.specific, SecrecyReviewTask):
        return None
    finished = (
        TaskState.objects.filter(
            workflow_state__in=WorkflowState.objects.for_instance(page),
            task_id__in=SecrecyReviewTask.objects.values("pk"),
        )
        .exclude(status=TaskState.STATUS_IN_PROGRESS)
        .select_related("finished_by")
        .order_by("-finished_at", "-pk")
        .first()
    )
    return completed_step_message(finished) if finished else None


def pending_referral(page, revision):
    """The escalation (提请审定) of `revision` awaiting the authority's determination, or None."""
    latest = SecrecyReviewRecord.objects.filter(page_id=page.pk).order_by("-sequence").first()
    if latest and revision and latest.revision_id == revision.pk and latest.conclusion == Conclusion.ESCALATE:
        return latest
    return None


def seen_revision_refusal(page, revision_id):
    """Why a decision naming `revision_id` (the revision the reviewer was shown) may not be
    taken on `page` as it now stands, or None. A later revision with the same content (a
    save that changed nothing) is not a change."""
    revision = page.revisions.filter(pk=revision_id).first() if str(revision_id or "").isdigit() else None
    if revision is None:
        return _(
            "The decision does not name the version of the content you reviewed. Close the dialog, "
            "reload the item and review it again."
        )
    latest = page.get_latest_revision()
    if latest.pk != revision.pk and revision_fingerprint(latest) != revision_fingerprint(revision):
        return _(
            "The item was changed after you opened it for review (you were shown version %(seen)s, "
            "it is now version %(latest)s). Nothing was recorded: reload the item, look at the "
            "changes and review it again."
        ) % {"seen": revision.pk, "latest": latest.pk}
    return None


def seen_revision(page, revision_id):
    """The revision a decision names, if it is still the content under review."""
    refusal = seen_revision_refusal(page, revision_id)
    if refusal:
        raise ReviewRefused(refusal)
    return page.revisions.get(pk=revision_id)


def conclusions_for(page):
    """The conclusions offered for `page`: 同意公开 only where its own rule (an item's 公开属性 and
    密级; a report has none) allows publishing."""
    return PUBLIC_ITEM_CONCLUSIONS if own_rule_refusal(page) is None else RECORD_CONCLUSIONS
