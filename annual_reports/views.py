"""The admin's county overview (年报汇总): the organs the user may see, one row each, summed."""
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.review_workflow.admin_isolation import organs_of

from .forms import FIRST_YEAR
from .overview import county_overview


def requested_year(request):
    """The year asked for, else last year (the report being compiled); a bad year is last year."""
    last_year = timezone.localdate().year - 1
    text = request.GET.get("year", "")
    year = int(text) if text.isdigit() else last_year
    return year if FIRST_YEAR <= year <= last_year + 1 else last_year


def county_overview_view(request):
    year = requested_year(request)
    return TemplateResponse(
        request,
        "annual_reports/county_overview.html",
        {
            "overview": county_overview(organs_of(request.user), year),
            "year": year,
            "years": range(timezone.localdate().year, FIRST_YEAR - 1, -1),
            "page_title": _("Annual report overview"),
        },
    )
