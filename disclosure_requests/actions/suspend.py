"""中止 and its resumption: the clock stands still while the case is suspended."""
from django.utils.translation import gettext as _

from ..choices import EventKind, Status
from .base import CaseAction, CaseActionError, CasePermissionError, end_pause, start_pause


class SuspendError(CaseActionError):
    pass


class SuspendPermissionError(SuspendError, CasePermissionError):
    pass


class SuspendCase(CaseAction):
    error = SuspendError
    permission_error = SuspendPermissionError
    allowed_statuses = (Status.IN_PROGRESS,)
    event_kind = EventKind.SUSPENDED

    def check_state(self):
        self.require(self.note.strip(), _("Give the reason for the suspension."))

    def apply(self):
        self.case.status = Status.SUSPENDED
        start_pause(self.case, self.on)


class ResumeCase(CaseAction):
    error = SuspendError
    permission_error = SuspendPermissionError
    allowed_statuses = (Status.SUSPENDED,)
    event_kind = EventKind.RESUMED

    def check_state(self):
        self.require(self.on >= self.case.paused_since, _("The case cannot resume before it was suspended."))

    def apply(self):
        end_pause(self.case, self.on)
        self.case.status = Status.IN_PROGRESS
