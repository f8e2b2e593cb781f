"""The secrecy administration's determination (保密行政管理部门审定) of a referred review.

A reviewer who cannot decide refers the item (the 提请审定 conclusion); the authority's
written reply is then recorded by someone else among the organ's secrecy reviewers, with the
authority's document number and the letter itself, so no reviewer both refers and settles.
"""
from django.utils.translation import gettext as _

from ..choices import RecordKind
from ..fingerprints import file_sha256, revision_fingerprint
from ..ledger import append_record
from ..models import DeterminationLetter
from ..review_rules import ReviewRefused, pending_referral, reviewer_refusal, seen_revision
from .review import ReviewAction, ReviewPermissionError, complete_step


def determination_refusal(task, page, user):
    """Why `user` may not record the determination on `page` at `task`, or None."""
    revision = page.get_latest_revision()
    referral = pending_referral(page, revision)
    if referral is None:
        return _("This item is not awaiting a determination of the secrecy administration.")
    if referral.reviewer_id == user.pk:
        return _(
            "You referred this item to the secrecy administration, so another secrecy reviewer "
            "records its determination."
        )
    return reviewer_refusal(task, page, revision, user)


class RecordDeterminationError(ReviewRefused):
    """The determination was not recorded; the message says why."""


class RecordDeterminationPermissionError(RecordDeterminationError, ReviewPermissionError):
    """The user may not record this determination (they referred it, or review no such items)."""


class RecordDeterminationAction(ReviewAction):
    """`data` is the cleaned data of a DeterminationForm, its `letter` the uploaded file."""

    action_name = "record_determination"
    permission_error_class = RecordDeterminationPermissionError

    def check(self, skip_permission_checks=False):
        # Who refers never settles: a rule of the review itself, kept even when permission
        # checks are skipped.
        refusal = determination_refusal(self.task, self.page, self.user)
        if refusal:
            raise self.permission_error_class(refusal)

    def _decide(self):
        revision = seen_revision(self.page, self.data["revision"])
        letter = DeterminationLetter(page_id=self.page.pk, uploaded_by=self.user)
        letter.file.save(self.data["letter"].name, self.data["letter"], save=False)
        letter.sha256 = file_sha256(letter.file)
        letter.save()
        opinion = (self.data.get("opinion") or "").strip()
        record = append_record(
            self.page,
            self.user,
            kind=RecordKind.AUTHORITY_DETERMINATION,
            revision=revision,
            fingerprint=revision_fingerprint(revision),
            conclusion=self.data["result"],
            opinion=opinion,
            determination_reference=self.data["determination_reference"],
            determination_date=self.data["determination_date"],
            determination_letter=letter,
            determination_letter_sha256=letter.sha256,
        )
        complete_step(self.task_state, self.page, self.user, self.data["result"], opinion)
        return record
