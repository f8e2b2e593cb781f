from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import urls

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


# w14a: the county overview, in the reports menu.
@hooks.register("register_admin_urls")
def register_annual_report_urls():
    return [path("annual-reports/", include((urls.urlpatterns, "annual_reports"), namespace="annual_reports"))]


@hooks.register("register_reports_menu_item")
def register_overview_menu_item():
    return MenuItem(_("Annual report overview"), reverse("annual_reports:overview"), name="annual-report-overview", icon_name="table", order=60)
