from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from gongkai.review_workflow.actions.withdraw import WithdrawItemAction

from . import urls
from .constants import REPORT_SUBMITTED_ACTION
from .models import AnnualReportPage
from .panels import ReportsDuePanel
from .quarterly.menu import QuarterlyStatisticsMenuItem
from .quarterly.views import quarterly_statistics


@hooks.register("construct_homepage_panels")
def add_reports_due_panel(request, panels):
    """The dashboard's warning of reports due (annual_reports.deadlines)."""
    panels.append(ReportsDuePanel(request.user))


@hooks.register("register_log_actions")
def register_report_log_actions(actions):
    actions.register_action(REPORT_SUBMITTED_ACTION, _("Figures frozen and submitted for review"), _("Figures frozen and submitted for review"))


@hooks.register("register_admin_urls")
def register_annual_report_urls():
    quarterly = [path("", quarterly_statistics, name="statistics")]
    return [
        path("annual-reports/quarterly/", include((quarterly, "annual_reports_quarterly"), namespace="annual_reports_quarterly")),
        path("annual-reports/", include((urls.urlpatterns, "annual_reports"), namespace="annual_reports")),
    ]


@hooks.register("register_reports_menu_item")
def register_overview_menu_item():
    return MenuItem(_("Annual report overview"), reverse("annual_reports:overview"), name="annual-report-overview", icon_name="table", order=60)


@hooks.register("register_reports_menu_item")
def register_quarterly_statistics_menu_item():
    return QuarterlyStatisticsMenuItem(
        _("Quarterly statistics"), reverse("annual_reports_quarterly:statistics"), icon_name="table", order=730
    )


@hooks.register("register_actions")
def register_report_actions(registry):
    """撤稿 of a live report is the items' withdrawal: the organ's secrecy reviewers and leaders
    take it down at once, with a reason, and only a new review lets it out again."""
    registry.register(AnnualReportPage, WithdrawItemAction)
