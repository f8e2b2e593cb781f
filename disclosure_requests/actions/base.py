"""What every case action shares: the permission check, the case locked for the change, the
stored reply due date, one timeline event with the notice it issues, the signal after the commit."""
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from ..deadlines import store_reply_deadline, working_days_between
from ..documents.issued import issue_notice
from ..models import CaseEvent, DisclosureRequest
from ..permissions import may_handle
from ..signals import case_event_recorded


class CaseActionError(Exception):
    """A case action may not run; the message is for the user."""


class CasePermissionError(CaseActionError):
    """The user may not handle this organ's requests."""


class CaseAction:
    """`on` is the date the step happened (today unless given); `by_applicant` marks a step
    the applicant takes from the tracking page (only actions with `applicant_may` allow it)."""

    error = CaseActionError
    permission_error = CasePermissionError
    allowed_statuses = ()
    event_kind = None
    applicant_may = False

    def __init__(self, case, *, user=None, on=None, note="", by_applicant=False):
        self.case = case
        self.user = user
        self.on = on or timezone.localdate()
        self.note = note
        self.by_applicant = by_applicant

    def check(self, skip_permission_checks=False):
        if not skip_permission_checks:
            self.check_permission()
        if self.allowed_statuses and self.case.status not in self.allowed_statuses:
            raise self.error(
                _("This step is not possible while the case is “%(status)s”.")
                % {"status": self.case.get_status_display()}
            )
        if self.on > timezone.localdate():
            raise self.error(_("The date may not be in the future."))
        if self.on < receipt_day(self.case):
            raise self.error(_("The date may not be before the request was received."))
        self.check_state()

    def check_permission(self):
        if self.by_applicant:
            if not self.applicant_may:
                raise self.permission_error(_("Only the organ's request handlers may take this step."))
        elif self.user is None or not may_handle(self.user, self.case.organ):
            raise self.permission_error(_("You may not handle this organ's requests."))

    def check_state(self):
        """The action's own conditions on the case (subclasses)."""

    def execute(self, skip_permission_checks=False):
        with transaction.atomic():
            self.case = DisclosureRequest.objects.select_for_update().get(pk=self.case.pk)
            self.check(skip_permission_checks=skip_permission_checks)
            self.apply()
            deadline = store_reply_deadline(self.case) if self.case.is_open else None
            self.case.save()
            event = CaseEvent.objects.create(
                request=self.case,
                kind=self.event_kind,
                occurred_on=self.on,
                user=None if self.by_applicant else self.user,
                note=self.note,
                due_date=self.case.due_date,
                due_reason=deadline.reason if deadline else "",
                data=self.event_data(),
            )
            issue_notice(event)
            transaction.on_commit(lambda: self.after_execute(event))
        return event

    def apply(self):
        """Change the case (subclasses); the due date is recounted after."""

    def event_data(self):
        return {}

    def after_execute(self, event):
        case_event_recorded.send(sender=type(self), case=self.case, event=event, user=self.user)

    def require(self, condition, message):
        if not condition:
            raise self.error(message)


def receipt_day(case):
    """The day a case counts as received: its receipt date, else the day it was submitted."""
    return case.received_on or timezone.localtime(case.submitted_at).date()


def end_pause(case, on):
    """Add the working days since the pause began to the paused total (Art. 32, Art. 33)."""
    if case.paused_since is not None:
        case.paused_working_days += working_days_between(case.paused_since, max(on, case.paused_since))
        case.paused_since = None


def start_pause(case, on):
    if case.paused_since is None:
        case.paused_since = on
