"""行政复议 / 行政诉讼 against a reply, and their results, as table 四 counts them."""
from django.utils.translation import gettext as _

from ..choices import AppealKind, AppealResult, EventKind, Status
from ..models import Appeal
from .base import CaseAction, CaseActionError, CasePermissionError


class AppealError(CaseActionError):
    pass


class AppealPermissionError(AppealError, CasePermissionError):
    pass


class RecordAppeal(CaseAction):
    """A new appeal (`appeal` None) or the result of a recorded one."""

    error = AppealError
    permission_error = AppealPermissionError
    allowed_statuses = (Status.CLOSED,)
    event_kind = EventKind.APPEAL_RECORDED

    def __init__(self, case, *, kind=None, result=AppealResult.PENDING, decided_on=None, appeal=None, **kwargs):
        super().__init__(case, **kwargs)
        self.appeal = appeal
        self.kind = appeal.kind if appeal else kind
        self.result, self.decided_on = result, decided_on

    def check_state(self):
        self.require(self.kind in AppealKind.values, _("Choose the kind of appeal."))
        self.require(self.result in AppealResult.values, _("Choose the result."))
        self.require(self.on >= self.case.closed_on, _("An appeal cannot precede the reply."))
        if self.kind == AppealKind.LITIGATION_AFTER and self.appeal is None:
            self.require(
                self.case.appeals.filter(kind=AppealKind.RECONSIDERATION).exists(),
                _("Record the administrative reconsideration first."),
            )
        if self.result != AppealResult.PENDING:
            self.require(self.decided_on is not None, _("Enter the date of the decision."))

    def apply(self):
        appeal = self.appeal or Appeal(request=self.case, kind=self.kind, filed_on=self.on)
        appeal.result, appeal.decided_on = self.result, self.decided_on
        if self.note:
            appeal.note = self.note
        appeal.save()
        self.appeal = appeal

    def event_data(self):
        return {"appeal": self.appeal.pk, "kind": self.kind, "result": self.result}
