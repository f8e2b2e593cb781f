"""After a calendar correction flagged the case: the handler confirms the recounted due date."""
from django.utils.translation import gettext as _

from ..choices import OPEN_STATUSES, EventKind
from .base import CaseAction, CaseActionError, CasePermissionError


class ConfirmDatesError(CaseActionError):
    pass


class ConfirmDatesPermissionError(ConfirmDatesError, CasePermissionError):
    pass


class ConfirmRecountedDates(CaseAction):
    error = ConfirmDatesError
    permission_error = ConfirmDatesPermissionError
    allowed_statuses = tuple(OPEN_STATUSES)
    event_kind = EventKind.CALENDAR_CHANGED

    def check_state(self):
        self.require(self.case.calendar_changed, _("The stored dates agree with the calendar."))

    def event_data(self):
        return {"confirmed": True}
