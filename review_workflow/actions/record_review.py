"""保密审查意见: the reviewer's conclusion on the revision they were shown, with the checklist
and every scan finding acknowledged, recorded in the ledger; the conclusion moves the workflow."""
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from ..acknowledgements import acknowledged_summary
from ..choices import RecordKind
from ..companions import record_companion_decisions
from ..fingerprints import revision_fingerprint
from ..forms import SecrecyReviewForm
from ..ledger import append_record
from ..review_rules import ReviewRefused, pending_referral
from .review import ReviewAction, ReviewPermissionError, complete_step, errors_of


class RecordReviewError(ReviewRefused):
    """The review was not recorded: its data is incomplete or names stale content."""


class RecordReviewPermissionError(RecordReviewError, ReviewPermissionError):
    """The user may not review this item at this step."""


class RecordReviewAction(ReviewAction):
    action_name = "approve"
    permission_error_class = RecordReviewPermissionError
    form_class = SecrecyReviewForm
    label = gettext_lazy("Review and approve")

    @classmethod
    def is_offered(cls, task, page, revision, user):
        """Not while a referral awaits the authority: its determination settles the review."""
        return super().is_offered(task, page, revision, user) and pending_referral(page, revision) is None

    def _decide(self):
        form = self.form_class(self.data, page=self.page)
        if not form.is_valid():
            raise RecordReviewError(_("The secrecy review was not recorded: %(errors)s") % {"errors": errors_of(form)})
        cleaned = form.cleaned_data
        opinion = cleaned["opinion"].strip()
        record = append_record(
            self.page,
            self.user,
            kind=RecordKind.REVIEW,
            revision=form.revision,
            fingerprint=revision_fingerprint(form.revision),
            checklist=sorted(cleaned["checklist"]),
            conclusion=cleaned["conclusion"],
            opinion=opinion,
            override_reason=cleaned["override_reason"].strip(),
            scan_summary=acknowledged_summary(form.scan_findings(), cleaned["acknowledged"]),
        )
        record_companion_decisions(
            self.page,
            self.user,
            checklist=sorted(cleaned["checklist"]),
            conclusion=cleaned["conclusion"],
            opinion=opinion,
            override_reason=cleaned["override_reason"].strip(),
        )
        complete_step(self.task_state, self.page, self.user, cleaned["conclusion"], opinion)
        return record
