"""The edit page's view of the figures: every table as it will print, each computed cell linked to
the cases it counts, and the checks' failures, shown on every save."""
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import Panel

from .cell_links import figure_tables


class FiguresPanel(Panel):
    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("Figures and checks"))
        super().__init__(**kwargs)

    class BoundPanel(Panel.BoundPanel):
        template_name = "annual_reports/figures_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            report = self.instance
            if report.pk is None or report.organ_id is None:
                return context
            context["tables"] = figure_tables(report)
            context["failures"] = [str(failure) for failure in report.failures(report.figures())]
            context["frozen"] = report.frozen_figures is not None
            return context
