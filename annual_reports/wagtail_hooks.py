from wagtail import hooks

from .panels import ReportsDuePanel


# w14a: the dashboard's warning of reports due (annual_reports.deadlines).
@hooks.register("construct_homepage_panels")
def add_reports_due_panel(request, panels):
    panels.append(ReportsDuePanel(request.user))
