"""The report's edit form: the figures the office enters (one field per entered cell of the
report's format), who entered them and when, and the checks run on every save. Submitting or
publishing freezes the figures into the revision; a failing check blocks both."""
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext as _
from wagtail.admin.forms import WagtailAdminPageForm

from . import conf
from .actions.freeze import FreezeReport
from .drafts import fees_draft, overview_draft
from .formats import FORMATS, entered_figures, get_format, UnknownFormat

FIRST_YEAR = 2008  # the Regulations took effect on 1 May 2008: no report is older
FREEZING_ACTIONS = ("action-submit", "action-publish")


def entered_field_name(name):
    return f"entered_{name}"


def as_json_number(value):
    return int(value) if value == value.to_integral_value() else float(value)


def declared_fields():
    fields = {}
    for spec in FORMATS.values():
        for name, label, places in entered_figures(spec):
            fields.setdefault(
                entered_field_name(name),
                forms.DecimalField(label=label, required=False, decimal_places=places, max_digits=14),
            )
    return fields


class EnteredFiguresForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        names = {name for name, _label, _places in entered_figures(self.report_format())}
        for field_name in [key for key in self.fields if key.startswith("entered_")]:
            name = field_name.removeprefix("entered_")
            if name not in names:
                del self.fields[field_name]
            else:
                # As the Decimal the field cleans to: a stored 12.36 (a JSON float) compared with
                # the posted Decimal would count as a change, and a reviewer's approval would be
                # refused as an edit.
                self.fields[field_name].initial = Decimal(str(self.instance.entered_figures.get(name, 0)))
        if self.instance.pk is not None and "format_version" in self.fields:
            # A report keeps the format it was made in: past years render as they were published.
            self.fields["format_version"].disabled = True
        self.offer_drafts()

    def offer_drafts(self):
        """Empty text sections of a saved report start from the factual drafts."""
        report = self.instance
        if report.pk is None or "overview" not in self.fields:
            return
        if not report.overview:
            self.initial["overview"] = overview_draft(report)
        if not report.other_matters:
            self.initial["other_matters"] = fees_draft(report)

    def report_format(self):
        """A new report's chosen format (its entered cells differ), else the report's own."""
        chosen = self.data.get("format_version") if self.is_bound and self.instance.pk is None else None
        for version in (chosen, self.instance.format_version):
            try:
                return get_format(version)
            except UnknownFormat:
                continue
        return get_format(conf.get("GONGKAI_ANNUAL_REPORT_FORMAT"))

    def entered(self):
        return {
            field_name.removeprefix("entered_"): as_json_number(self.cleaned_data.get(field_name) or Decimal(0))
            for field_name in self.fields
            if field_name.startswith("entered_")
        }

    def freezing(self):
        return any(action in self.data for action in FREEZING_ACTIONS)

    def clean(self):
        cleaned = super().clean()
        organ, year = cleaned.get("organ"), cleaned.get("year")
        catalogue_organ = getattr(getattr(self.parent_page, "specific", None), "organ", None)
        if organ is not None and catalogue_organ is not None and organ != catalogue_organ:
            self.add_error("organ", _("A report belongs in its own organ's catalogue: choose %(organ)s.") % {"organ": catalogue_organ})
        if year is not None and not FIRST_YEAR <= year < timezone.localdate().year + 1:
            self.add_error("year", _("Enter a year from %(first)s to this year.") % {"first": FIRST_YEAR})
        if organ is not None and year is not None and self.duplicates(organ, year):
            self.add_error("year", _("This organ already has a report for %(year)s.") % {"year": year})
        if not self.errors:
            self.check_figures(organ, year)
        return cleaned

    def duplicates(self, organ, year):
        return type(self.instance).objects.filter(organ=organ, year=year).exclude(pk=self.instance.pk).exists()

    def check_figures(self, organ, year):
        self.instance.organ, self.instance.year = organ, year
        self.instance.entered_figures = self.entered()
        failures = self.instance.failures()
        if failures and self.freezing():
            raise ValidationError(
                [_("The report fails its checks and cannot be submitted:")] + [str(failure) for failure in failures]
            )

    def clean_entered_figure(self, field_name):
        value = self.cleaned_data.get(field_name)
        if value is not None and value < 0:
            raise ValidationError(
                _("%(cell)s: enter a number of zero or more.") % {"cell": self.fields[field_name].label}
            )
        return value

    def _clean_fields(self):
        super()._clean_fields()
        for field_name in list(self.cleaned_data):
            if field_name.startswith("entered_"):
                try:
                    self.cleaned_data[field_name] = self.clean_entered_figure(field_name)
                except ValidationError as error:
                    self.add_error(field_name, error)

    def save(self, commit=True):
        report = super().save(commit=False)
        entered = self.entered()
        if entered != (self.initial_entered or {}):
            report.entered_figures = entered
            report.entered_by = self.for_user
            report.entered_at = timezone.now()
        if self.freezing():
            FreezeReport(report, user=self.for_user).execute()
        else:
            # A draft shows the figures as they are now; only what is submitted is frozen.
            report.frozen_figures = None
        if commit:
            report.save()
        return report

    def full_clean(self):
        self.initial_entered = dict(self.instance.entered_figures or {})
        super().full_clean()


AnnualReportPageForm = type("AnnualReportPageForm", (EnteredFiguresForm,), declared_fields())
