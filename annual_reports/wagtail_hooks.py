from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from .constants import REPORT_SUBMITTED_ACTION
from .panels import ReportsDuePanel


# w14a: the dashboard's warning of reports due (annual_reports.deadlines).
@hooks.register("construct_homepage_panels")
def add_reports_due_panel(request, panels):
    panels.append(ReportsDuePanel(request.user))


# w14a: the log action of SubmitReport.
@hooks.register("register_log_actions")
def register_report_log_actions(actions):
    actions.register_action(REPORT_SUBMITTED_ACTION, _("Figures frozen and submitted for review"), _("Figures frozen and submitted for review"))
