"""受理: confirm the receipt date (Art. 31) and start the reply period."""
from django.utils import timezone
from django.utils.translation import gettext as _

from ..choices import Channel, EventKind, Status
from ..deadlines import correction_notice_due
from .base import CaseAction, CaseActionError, CasePermissionError


class AcceptError(CaseActionError):
    pass


class AcceptPermissionError(AcceptError, CasePermissionError):
    pass


class AcceptRequest(CaseAction):
    """`received_on`: for an online request, the day both sides confirmed it (default: the day
    it was submitted); for requests registered by staff, the receipt date they entered."""

    error = AcceptError
    permission_error = AcceptPermissionError
    allowed_statuses = (Status.RECEIVED,)
    event_kind = EventKind.ACCEPTED

    def __init__(self, case, *, received_on=None, **kwargs):
        super().__init__(case, **kwargs)
        self.received_on = received_on

    def receipt_date(self):
        return self.received_on or self.case.received_on or self.submitted_on()

    def submitted_on(self):
        return timezone.localtime(self.case.submitted_at).date()

    def check_state(self):
        received_on = self.receipt_date()
        self.require(received_on <= self.on, _("The receipt date may not be after the day of acceptance."))
        if self.case.channel == Channel.ONLINE:
            self.require(
                received_on >= self.submitted_on(),
                _("An online request cannot have been received before it was submitted."),
            )

    def apply(self):
        self.case.received_on = self.receipt_date()
        self.case.clock_started_on = self.case.received_on
        self.case.correction_notice_due = correction_notice_due(self.case)
        self.case.status = Status.IN_PROGRESS

    def event_data(self):
        return {"received_on": self.case.received_on.isoformat()}
