"""What a secrecy reviewer may do on a task, and doing it: one place for the rules of
保密审查 (who may review, what the form must say, what the ledger records)."""
import datetime
import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .choices import PASSING_CONCLUSIONS, Conclusion, RecordKind
from .fingerprints import revision_fingerprint
from .forms import DeterminationForm, RequestChangesForm, SecrecyReviewForm
from .ledger import append_record
from .models import SecrecyReviewRecord
from .scanning import scan_item, summarise

logger = logging.getLogger("gongkai.review")


class ReviewRefused(PermissionDenied):
    """A review action that may not be taken, or whose data is invalid; the message says why."""


def separation_of_duties_applies():
    return getattr(settings, "GONGKAI_SEPARATION_OF_DUTIES", True)


def separation_of_duties_refusal(page, revision, user):
    """Whoever submitted or last edited the content may not secrecy-review it."""
    if not separation_of_duties_applies():
        return None
    workflow_state = page.current_workflow_state
    submitter_id = workflow_state.requested_by_id if workflow_state else None
    if user.pk in {submitter_id, revision.user_id if revision else None}:
        return _("You submitted or last edited this content, so someone else must review it.")
    return None


def reviewer_refusal(task, page, revision, user):
    if not task.is_reviewer(user):
        return _("Only the organ's secrecy reviewers may review this item.")
    if not task.reviews_organ_of(page):
        return _("This review step belongs to another organ; only that organ's items are reviewed here.")
    return separation_of_duties_refusal(page, revision, user)


def awaiting_determination(page, revision):
    """The latest decision on this revision referred it to the secrecy administration."""
    latest = SecrecyReviewRecord.objects.filter(page_id=page.pk).order_by("-sequence").first()
    return bool(
        latest
        and revision
        and latest.revision_id == revision.pk
        and latest.conclusion == Conclusion.ESCALATE
    )


def available_review_actions(task, page, user):
    revision = page.get_latest_revision()
    if reviewer_refusal(task, page, revision, user):
        return []
    if awaiting_determination(page, revision):
        return [
            ("record_determination", gettext_lazy("Record the determination"), True),
            ("reject", gettext_lazy("Request changes"), True),
        ]
    return [
        ("reject", gettext_lazy("Request changes"), True),
        ("approve", gettext_lazy("Review and approve"), True),
    ]


def validated(form):
    if not form.is_valid():
        errors = "; ".join(str(error) for errors in form.errors.values() for error in errors)
        raise ReviewRefused(_("The secrecy review was not recorded: %(errors)s") % {"errors": errors})
    return form.cleaned_data


def perform_review_action(task, task_state, user, action_name, data):
    """Validate `data` again (the workflow modal posts it unchecked), record the decision in the
    ledger, then move the task on: approve, reject, or stay open awaiting determination."""
    page = task_state.workflow_state.content_object.specific
    revision = page.get_latest_revision()
    refusal = reviewer_refusal(task, page, revision, user)
    if refusal:
        logger.warning("Secrecy review by %s on page %s refused: %s", user, page.pk, refusal)
        raise ReviewRefused(refusal)
    if action_name == "approve":
        return review(page, revision, task_state, user, data)
    if action_name == "record_determination":
        if not awaiting_determination(page, revision):
            raise ReviewRefused(_("This item is not awaiting a determination."))
        return record_determination(page, revision, task_state, user, data)
    if action_name == "reject":
        opinion = validated(RequestChangesForm(data))["opinion"]
        task_state.reject(user=user, comment=opinion)
        return None
    raise ReviewRefused(_("Unknown review action."))


def review(page, revision, task_state, user, data):
    findings = scan_item(revision.as_object())
    cleaned = validated(SecrecyReviewForm(data, findings=findings))
    conclusion = cleaned["conclusion"]
    append_record(
        page,
        user,
        kind=RecordKind.REVIEW,
        revision=revision,
        fingerprint=revision_fingerprint(revision),
        checklist=sorted(cleaned["checklist"]),
        conclusion=conclusion,
        opinion=cleaned["opinion"].strip(),
        override_reason=cleaned["override_reason"].strip(),
        scan_summary=summarise(findings),
    )
    decide(task_state, user, conclusion, cleaned["opinion"].strip())


def record_determination(page, revision, task_state, user, data):
    cleaned = validated(DeterminationForm(data))
    append_record(
        page,
        user,
        kind=RecordKind.AUTHORITY_DETERMINATION,
        revision=revision,
        fingerprint=revision_fingerprint(revision),
        conclusion=cleaned["result"],
        opinion=cleaned["opinion"].strip(),
        determination_reference=cleaned["determination_reference"].strip(),
        determination_date=datetime.date.fromisoformat(cleaned["determination_date"]),
    )
    decide(task_state, user, cleaned["result"], cleaned["opinion"].strip())


def decide(task_state, user, conclusion, opinion):
    """A passing conclusion approves the step; 不予公开 sends the item back; an escalation
    keeps the step open until the authority's determination is recorded."""
    if conclusion in PASSING_CONCLUSIONS:
        task_state.approve(user=user, comment=opinion)
    elif conclusion == Conclusion.WITHHOLD:
        task_state.reject(user=user, comment=opinion)
