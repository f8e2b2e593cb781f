"""The list behind each computed cell of table 二 (行政规范性文件): exactly the documents the cell
counts, from disclosure_column.normative's one rule per measure, for the organ's own staff."""
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _

from gongkai.disclosure_column.normative import MEASURES, normative_documents
from gongkai.disclosure_pages.models import Organ

from .forms import FIRST_YEAR
from .quarterly.access import organs_for_statistics


def measure_labels():
    return {"issued": _("issued this year"), "repealed": _("repealed this year"), "in_force": _("in force")}


def refusal(request, message, status):
    return TemplateResponse(
        request, "annual_reports/normative_cell.html", {"error": message, "page_title": _("Normative documents counted")}, status=status
    )


def normative_cell_view(request, organ_id, year, measure):
    """An (organ, year, measure) cell of table 二 as the items it counts; another organ's staff
    are told in Chinese that the list is not theirs."""
    organ = get_object_or_404(Organ, pk=organ_id)
    if measure not in MEASURES or not FIRST_YEAR <= year <= timezone.localdate().year:
        return refusal(request, _("There is no such cell in table 2."), 404)
    if not organs_for_statistics(request.user).filter(pk=organ.pk).exists():
        return refusal(request, _("Only the staff of %(organ)s may read its report's figures.") % {"organ": organ.name}, 403)
    items = normative_documents(organ, year, measure).order_by("written_date", "pk")
    label = measure_labels()[measure]
    return TemplateResponse(
        request,
        "annual_reports/normative_cell.html",
        {
            "organ": organ,
            "year": year,
            "label": label,
            "items": items,
            "page_title": _("%(organ)s %(year)s: normative documents %(measure)s")
            % {"organ": organ.name, "year": year, "measure": label},
        },
    )
