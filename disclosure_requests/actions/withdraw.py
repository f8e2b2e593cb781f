"""撤回: the applicant withdraws (from the tracking page, or by telling the office); table 三
counts the case under 其他处理 · 其他."""
from ..choices import OPEN_STATUSES, EventKind, Outcome, Status
from .base import CaseAction, CaseActionError, CasePermissionError


class WithdrawError(CaseActionError):
    pass


class WithdrawPermissionError(WithdrawError, CasePermissionError):
    pass


class WithdrawRequest(CaseAction):
    error = WithdrawError
    permission_error = WithdrawPermissionError
    allowed_statuses = tuple(OPEN_STATUSES)
    event_kind = EventKind.WITHDRAWN
    applicant_may = True

    def apply(self):
        self.case.status = Status.CLOSED
        self.case.outcome = Outcome.OTHER
        self.case.closed_on = self.on
        self.case.paused_since = None
