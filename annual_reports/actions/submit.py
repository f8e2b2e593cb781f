"""Submit a report for review outside the edit view (the command line, tests): freeze its
figures, save the revision carrying them, and start the organ's review workflow on it."""
from django.db import transaction
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from ..constants import REPORT_SUBMITTED_ACTION
from ..signals import report_submitted
from .freeze import FreezeReport, ReportActionError


class ReportPermissionError(ReportActionError):
    """The user may not submit this report."""


class NoReviewWorkflow(ReportActionError):
    """The organ's catalogue has no review workflow to submit to."""


class SubmitReport:
    def __init__(self, report, *, user):
        self.report = report
        self.user = user
        self.freeze = FreezeReport(report, user=user)

    def check(self, skip_permission_checks=False):
        permissions = self.report.permissions_for_user(self.user)
        # Wagtail's can_submit_for_moderation asks only about the workflow, not the user: both.
        if not skip_permission_checks and not (permissions.can_edit() and permissions.can_submit_for_moderation()):
            raise ReportPermissionError(_("You may not submit this report for review."))
        if self.report.get_workflow() is None:
            raise NoReviewWorkflow(_("The organ's catalogue has no review workflow."))
        self.freeze.check()

    def execute(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)
        with transaction.atomic():
            self.freeze.execute()
            revision = self.report.save_revision(user=self.user, log_action=True)
            workflow_state = self.report.get_workflow().start(self.report, self.user)
            log(instance=self.report, action=REPORT_SUBMITTED_ACTION, user=self.user, revision=revision)
        report_submitted.send(sender=type(self), report=self.report, user=self.user, revision=revision)
        return workflow_state
