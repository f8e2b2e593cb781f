"""Freeze a report's figures: compute them, check them, and store them on the page, so the
revision about to be saved (and reviewed) carries them. Saving is the caller's: the edit view
saves the revision it submits, SubmitReport saves its own."""
from django.utils import timezone
from django.utils.translation import gettext as _


class ReportActionError(Exception):
    """A report action may not run; the message is for the user."""


class ReportCheckError(ReportActionError):
    """The figures fail the format's checks; `failures` names each failing cell."""

    def __init__(self, failures):
        self.failures = failures
        super().__init__("\n".join([_("The report fails its checks:")] + [str(failure) for failure in failures]))


class FreezeReport:
    def __init__(self, report, *, user=None):
        self.report = report
        self.user = user
        self.figures = None

    def check(self, skip_permission_checks=False):
        self.figures = self.report.live_figures()
        failures = self.report.failures(self.figures)
        if failures:
            raise ReportCheckError(failures)

    def execute(self):
        self.check()
        self.report.frozen_figures = {
            "format": self.report.format_version,
            "figures": self.figures,
            "entered": dict(self.report.entered_figures),
            "frozen_at": timezone.now().isoformat(),
            "frozen_by": self.user.get_username() if self.user is not None else "",
        }
        return self.report
