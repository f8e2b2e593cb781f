"""延期 (Art. 33): once, by at most the organ's extension period, approved by a leader (the
disclosure office head), decided before the reply period ends; the applicant is told."""
from django.utils.translation import gettext as _

from ..choices import EventKind, Status
from ..models import RequestOffice
from ..permissions import may_approve_extension
from .base import CaseAction, CaseActionError, CasePermissionError


class ExtendError(CaseActionError):
    pass


class ExtendPermissionError(ExtendError, CasePermissionError):
    pass


class ExtendDeadline(CaseAction):
    error = ExtendError
    permission_error = ExtendPermissionError
    allowed_statuses = (Status.IN_PROGRESS, Status.CONSULTING)
    event_kind = EventKind.EXTENDED

    def __init__(self, case, *, working_days, approved_by, **kwargs):
        super().__init__(case, **kwargs)
        self.working_days, self.approved_by = working_days, approved_by

    def check_state(self):
        longest = RequestOffice.for_organ(self.case.organ).extension_working_days
        self.require(self.case.extension_working_days == 0, _("The deadline may be extended only once."))
        self.require(
            isinstance(self.working_days, int) and 1 <= self.working_days <= longest,
            _("An extension is 1 to %(days)d working days.") % {"days": longest},
        )
        self.require(
            self.approved_by is not None and may_approve_extension(self.approved_by, self.case.organ),
            _("An extension needs the approval of the organ's leader."),
        )
        self.require(self.case.due_date is None or self.on <= self.case.due_date, _("The reply period has ended."))

    def apply(self):
        self.case.extension_working_days = self.working_days

    def event_data(self):
        return {"working_days": self.working_days, "approved_by": self.approved_by.get_username()}
