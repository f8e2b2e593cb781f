"""收费通知 and payment (国办函〔2020〕109号): the clock stands still from the notice to the
payment; no payment in time closes the case as 逾期未缴费."""
from django.utils.translation import gettext as _

from ..choices import EventKind, FeeMethod, Outcome, Status
from ..deadlines import payment_due
from ..fees import fee_by_count, fee_by_pages
from ..models import FeeRecord
from .base import CaseAction, CaseActionError, CasePermissionError, end_pause, start_pause


class FeeError(CaseActionError):
    pass


class FeePermissionError(FeeError, CasePermissionError):
    pass


class NotifyFee(CaseAction):
    error = FeeError
    permission_error = FeePermissionError
    allowed_statuses = (Status.IN_PROGRESS,)
    event_kind = EventKind.FEE_NOTIFIED

    def __init__(self, case, *, method, pages=None, **kwargs):
        super().__init__(case, **kwargs)
        self.method, self.pages = method, pages

    def amount(self):
        return fee_by_pages(self.pages) if self.method == FeeMethod.BY_PAGES else fee_by_count(self.case)

    def check_state(self):
        self.require(self.method in FeeMethod.values, _("Choose how the fee is charged."))
        if self.method == FeeMethod.BY_PAGES:
            self.require(isinstance(self.pages, int) and self.pages > 0, _("Enter the number of pages."))
        self.require(self.amount() > 0, _("Nothing to charge: this request is within the free allowance."))

    def apply(self):
        self.fee = FeeRecord.objects.create(
            request=self.case,
            method=self.method,
            pages=self.pages if self.method == FeeMethod.BY_PAGES else None,
            amount=self.amount(),
            notified_on=self.on,
            payment_due=payment_due(self.case, self.on),
            note=self.note,
        )
        self.case.payment_due = self.fee.payment_due
        self.case.status = Status.AWAITING_PAYMENT
        start_pause(self.case, self.on)

    def event_data(self):
        return {"fee": self.fee.pk, "amount": str(self.fee.amount)}


def open_fee(case):
    return case.fees.filter(paid_on__isnull=True).last()


class RecordPayment(CaseAction):
    error = FeeError
    permission_error = FeePermissionError
    allowed_statuses = (Status.AWAITING_PAYMENT,)
    event_kind = EventKind.FEE_PAID

    def check_state(self):
        fee = open_fee(self.case)
        self.require(fee is not None, _("No fee is waiting for payment."))
        self.require(self.on >= fee.notified_on, _("The payment cannot precede the notice."))
        self.require(
            self.on <= fee.payment_due,
            _("The payment period ended on %(date)s.") % {"date": f"{fee.payment_due:%Y-%m-%d}"},
        )

    def apply(self):
        fee = open_fee(self.case)
        fee.paid_on = self.on
        fee.save()
        end_pause(self.case, self.on)
        self.case.payment_due = None
        self.case.status = Status.IN_PROGRESS


class CloseUnpaid(CaseAction):
    """逾期未缴费."""

    error = FeeError
    permission_error = FeePermissionError
    allowed_statuses = (Status.AWAITING_PAYMENT,)
    event_kind = EventKind.CLOSED_UNPAID

    def check_state(self):
        self.require(
            self.on > self.case.payment_due,
            _("The payment period runs until %(date)s.") % {"date": f"{self.case.payment_due:%Y-%m-%d}"},
        )

    def apply(self):
        self.case.status = Status.CLOSED
        self.case.outcome = Outcome.OTHER_UNPAID
        self.case.closed_on = self.on
        self.case.paused_since = None
