"""补正 (Art. 30): one notice within 7 working days of receipt; the reply period restarts when
the correction arrives; no correction in time closes the case as 逾期不补正."""
from django.utils.translation import gettext as _

from ..choices import EventKind, Outcome, Status
from ..deadlines import correction_due
from .base import CaseAction, CaseActionError, CasePermissionError


class CorrectionError(CaseActionError):
    pass


class CorrectionPermissionError(CorrectionError, CasePermissionError):
    pass


class RequestCorrection(CaseAction):
    error = CorrectionError
    permission_error = CorrectionPermissionError
    allowed_statuses = (Status.IN_PROGRESS,)
    event_kind = EventKind.CORRECTION_REQUESTED

    def check_state(self):
        self.require(
            not self.case.corrected and self.case.correction_due is None,
            _("A request may be sent back for correction only once."),
        )
        self.require(
            self.on <= self.case.correction_notice_due,
            _("The correction notice had to be sent by %(date)s (7 working days after receipt).")
            % {"date": f"{self.case.correction_notice_due:%Y-%m-%d}"},
        )
        self.require(self.note.strip(), _("Say what the applicant must correct."))

    def apply(self):
        self.case.status = Status.AWAITING_CORRECTION
        self.case.correction_due = correction_due(self.case, self.on)
        self.case.clock_started_on = None

    def event_data(self):
        return {"correction_due": self.case.correction_due.isoformat()}


class RecordCorrection(CaseAction):
    """The corrected request arrived (from the tracking page or by other means): the reply
    period counts afresh from this day."""

    error = CorrectionError
    permission_error = CorrectionPermissionError
    allowed_statuses = (Status.AWAITING_CORRECTION,)
    event_kind = EventKind.CORRECTED
    applicant_may = True

    def __init__(self, case, *, description="", **kwargs):
        super().__init__(case, **kwargs)
        self.description = description.strip()

    def check_state(self):
        self.require(
            self.on <= self.case.correction_due,
            _("The correction period ended on %(date)s.") % {"date": f"{self.case.correction_due:%Y-%m-%d}"},
        )

    def apply(self):
        self.previous_description = self.case.description
        if self.description:
            self.case.description = self.description
        self.case.status = Status.IN_PROGRESS
        self.case.corrected = True
        self.case.clock_started_on = self.on
        self.case.paused_working_days = 0
        self.case.extension_working_days = 0

    def event_data(self):
        return {"previous_description": self.previous_description} if self.description else {}


class CloseUncorrected(CaseAction):
    """逾期不补正: the correction period passed without a correction."""

    error = CorrectionError
    permission_error = CorrectionPermissionError
    allowed_statuses = (Status.AWAITING_CORRECTION,)
    event_kind = EventKind.CLOSED_NO_CORRECTION

    def check_state(self):
        self.require(
            self.on > self.case.correction_due,
            _("The correction period runs until %(date)s.") % {"date": f"{self.case.correction_due:%Y-%m-%d}"},
        )

    def apply(self):
        self.case.status = Status.CLOSED
        self.case.outcome = Outcome.OTHER_NO_CORRECTION
        self.case.closed_on = self.on
