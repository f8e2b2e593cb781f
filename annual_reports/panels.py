"""The dashboard's warning of annual reports due soon or late, for the organs the user edits."""
from django.utils import timezone
from wagtail.admin.ui.components import Component

from gongkai.disclosure_pages.models import Organ
from gongkai.review_workflow.admin_isolation import organs_of

from .deadlines import due_reports


class ReportsDuePanel(Component):
    name = "annual_reports_due"
    template_name = "annual_reports/reports_due_panel.html"
    order = 95

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        organs = Organ.objects.filter(pk__in=organs_of(self.user)).order_by("name")
        return {"reports": due_reports(organs, timezone.localdate())}
