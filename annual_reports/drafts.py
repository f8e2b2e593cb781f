"""Factual draft paragraphs generated from a report's figures: the office starts section 一 总体情况
and the fee sentence of section 六 from them and adds the narrative."""
from decimal import Decimal

from django.db.models import Sum
from django.utils.html import format_html
from django.utils.translation import gettext as _

from gongkai.disclosure_requests.models import FeeRecord


def overview_draft(report, figures=None):
    figures = figures or report.figures()
    three, two = figures["三"], figures["二"]
    appeals = figures["四"]["appeals"]
    text = _(
        "In %(year)s, %(organ)s issued %(issued)s administrative normative documents and repealed %(repealed)s; "
        "%(in_force)s are in force. It received %(new)s requests for government information disclosure and carried "
        "over %(carried)s from the previous year; it closed %(closed)s (%(public)s disclosed, %(partial)s partly "
        "disclosed) and carries %(forward)s into next year. %(reconsiderations)s administrative reconsiderations and "
        "%(lawsuits)s administrative lawsuits concerned its disclosure."
    ) % {
        "year": report.year,
        "organ": report.organ.name,
        "issued": two["normative"].get("issued", two["normative"].get("made", 0)),
        "repealed": two["normative"].get("repealed", 0),
        "in_force": two["normative"].get("in_force", two["normative"].get("public_total", 0)),
        "new": three["new"]["total"],
        "carried": three["carried_over"]["total"],
        "closed": three["results_total"]["total"],
        "public": three["public"]["total"],
        "partial": three["partial"]["total"],
        "forward": three["carried_forward"]["total"],
        "reconsiderations": appeals["reconsideration:total"],
        "lawsuits": appeals["litigation_direct:total"] + appeals["litigation_after:total"],
    }
    return format_html("<p>{}</p>", text)


def fees_collected(organ, year):
    """信息处理费 paid in `year` for the organ's requests, in yuan."""
    paid = FeeRecord.objects.filter(request__organ=organ, paid_on__year=year)
    return paid.aggregate(total=Sum("amount"))["total"] or Decimal("0")


def fees_draft(report):
    return format_html(
        "<p>{}</p>",
        _("In %(year)s, information processing fees of %(amount)s yuan were collected.")
        % {"year": report.year, "amount": fees_collected(report.organ, report.year)},
    )
