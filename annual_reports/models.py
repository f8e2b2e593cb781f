"""The annual report (政府信息公开工作年度报告) as a page in the organ's catalogue.

Its figures are computed from the platform's records while it is a draft, and frozen — stored as
JSON on the page — when it is submitted for review or published: the frozen figures are part of
the revision's content, so the secrecy review's fingerprint covers them, and the public page shows
exactly what was reviewed. A report keeps the format version it was made with.
"""
from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.contrib.routable_page.models import RoutablePageMixin, re_path
from wagtail.models import Page

from gongkai.disclosure_pages.publication import GatedPublicationMixin

from . import conf
from .checks_arithmetic import check_figures
from .export import report_data
from .figures_panel import FiguresPanel
from .formats import FORMATS, entered_figures, format_choices, get_format
from .forms import AnnualReportPageForm, entered_field_name
from .rendering.downloads import FORMATS as DOWNLOAD_FORMATS, report_download
from .tables import compute_figures, previous_carried_forward


def default_format():
    return conf.get("GONGKAI_ANNUAL_REPORT_FORMAT")


class AnnualReportPage(GatedPublicationMixin, RoutablePageMixin, Page):
    organ = models.ForeignKey(
        "disclosure_pages.Organ", verbose_name=_("disclosing organ"), on_delete=models.PROTECT, related_name="annual_reports"
    )
    year = models.PositiveSmallIntegerField(_("year reported on"))
    format_version = models.CharField(
        _("format"), max_length=10, choices=format_choices, default=default_format,
        help_text=_("The national format the report is made in; a report keeps its format."),
    )
    overview = RichTextField(_("1. Overview"), blank=True)
    problems = RichTextField(_("5. Main problems and improvements"), blank=True)
    other_matters = RichTextField(
        _("6. Other matters to report"), blank=True,
        help_text=_("Including the information processing fees collected."),
    )
    entered_figures = models.JSONField(_("entered figures"), default=dict, blank=True, editable=False)
    entered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("figures entered by"), null=True, blank=True,
        on_delete=models.SET_NULL, related_name="+", editable=False,
    )
    entered_at = models.DateTimeField(_("figures entered at"), null=True, blank=True, editable=False)
    frozen_figures = models.JSONField(_("frozen figures"), null=True, blank=True, editable=False)

    base_form_class = AnnualReportPageForm
    parent_page_types = ["disclosure_pages.DisclosureCatalogueIndexPage"]
    subpage_types = []
    template = "annual_reports/annual_report_page.html"
    # What the secrecy scan reads besides the title (review_workflow.scanning).
    reviewed_text_fields = ("overview", "problems", "other_matters")

    class Meta:
        verbose_name = _("annual report")
        verbose_name_plural = _("annual reports")

    @property
    def published_date(self):
        """The day it went public: the 年报 section lists reports with catalogue items by their
        publication (else written) date."""
        return self.first_published_at.date() if self.first_published_at else None

    written_date = published_date

    @property
    def spec(self):
        return get_format(self.format_version)

    def previous_report(self):
        """Last year's report of the same organ, if it was frozen."""
        return (
            AnnualReportPage.objects.filter(organ_id=self.organ_id, year=self.year - 1, frozen_figures__isnull=False)
            .exclude(pk=self.pk)
            .order_by("-pk")
            .first()
        )

    def previous_frozen_carried_forward(self):
        previous = self.previous_report()
        return previous.frozen_figures["figures"]["三"]["carried_forward"] if previous else None

    def live_figures(self):
        return compute_figures(
            self.spec, self.organ, self.year, self.entered_figures, carried_over=self.previous_frozen_carried_forward()
        )

    def figures(self):
        """What the report prints: the frozen figures once frozen, else the live ones."""
        return self.frozen_figures["figures"] if self.frozen_figures else self.live_figures()

    def carried_over_reference(self):
        """Last year's 结转下年 that this year's 上年结转 must equal."""
        frozen = self.previous_frozen_carried_forward()
        return frozen if frozen is not None else previous_carried_forward(self.organ, self.year)

    def failures(self, figures=None):
        figures = self.live_figures() if figures is None else figures
        return check_figures(self.spec, figures, self.carried_over_reference())

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["report_data"] = report_data(self)
        context["downloads"] = [
            (extension, self.url + self.reverse_subpage("download", args=[extension])) for extension in DOWNLOAD_FORMATS
        ]
        return context

    @re_path(r"^(xlsx|docx|pdf)/$", name="download")
    def download(self, request, extension):
        """The tables as a file, served exactly when the page itself may be public now."""
        return report_download(request, self, report_data, extension)


AnnualReportPage.content_panels = Page.content_panels + [
    FieldRowPanel([FieldPanel("organ"), FieldPanel("year"), FieldPanel("format_version")]),
    FieldPanel("overview"),
    MultiFieldPanel(
        [
            FieldPanel(entered_field_name(name))
            for name in dict.fromkeys(name for spec in FORMATS.values() for name, _label, _places in entered_figures(spec))
        ],
        heading=_("Figures entered by the office (table 2)"),
    ),
    FiguresPanel(),
    FieldPanel("problems"),
    FieldPanel("other_matters"),
]


class ReportReminder(models.Model):
    """One day's reminder e-mail to an organ about its report due (annual_report remind): the
    record that keeps an hourly cron to one e-mail per organ per day."""

    organ = models.ForeignKey(
        "disclosure_pages.Organ", verbose_name=_("disclosing organ"), on_delete=models.CASCADE, related_name="+"
    )
    year = models.PositiveSmallIntegerField(_("year reported on"))
    sent_on = models.DateField(_("reminded on"))
    recipients = models.TextField(_("recipients"))

    class Meta:
        verbose_name = _("annual report reminder")
        verbose_name_plural = _("annual report reminders")
        constraints = [models.UniqueConstraint(fields=["organ", "sent_on"], name="one_report_reminder_per_organ_a_day")]
