"""The deadline calculator and the request register as .xlsx (identity numbers masked, every
text cell written so that a spreadsheet never reads it as a formula)."""
from io import BytesIO

from django import forms
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _, gettext_lazy
from openpyxl import Workbook

from gongkai.disclosure_pages.spreadsheet_export import spreadsheet_safe
from gongkai.disclosure_pages.working_days import add_working_days

from ..masking import masked_certificate
from ..permissions import cases_visible_to
from .access import require_office


class CalculatorForm(forms.Form):
    start = forms.DateField(label=gettext_lazy("Start date (not counted)"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))
    working_days = forms.IntegerField(label=gettext_lazy("Working days"), min_value=0, max_value=1000, initial=20)


def calculator(request):
    require_office(request)
    form = CalculatorForm(request.GET if "start" in request.GET else None)
    result = add_working_days(form.cleaned_data["start"], form.cleaned_data["working_days"]) if form.is_valid() else None
    return TemplateResponse(
        request,
        "disclosure_requests/admin/calculator.html",
        {"form": form, "result": result, "page_title": _("Deadline calculator")},
    )


def register_rows(cases):
    yield [
        _("request number"), _("organ"), _("applicant kind"), _("applicant name"), _("certificate number"),
        _("received by"), _("receipt date"), _("status"), _("reply due"), _("outcome"), _("closed on"),
    ]
    for case in cases:
        yield [
            case.number, case.organ.name, case.get_applicant_kind_display(), case.applicant_name,
            masked_certificate(case.certificate_number), case.get_channel_display(), case.received_on,
            case.get_status_display(), case.due_date, case.get_outcome_display(), case.closed_on,
        ]


def export_register(request):
    require_office(request)
    cases = cases_visible_to(request.user).select_related("organ").order_by("organ__name", "year", "serial")
    year = request.GET.get("year", "")
    if year.isdigit():
        cases = cases.filter(year=int(year))
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = _("Request register")[:31]
    for row in register_rows(cases):
        sheet.append([spreadsheet_safe(str(value)) if isinstance(value, str) else value for value in row])
    buffer = BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(), content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    )
    response["Content-Disposition"] = 'attachment; filename="requests.xlsx"'
    return response
