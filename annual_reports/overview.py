"""The county overview: each organ's headline figures of a year, and their sum — what the county's
own report on the disclosure work of its departments and townships compiles."""
from gongkai.disclosure_pages.models import Organ

from .reports import report_for

# (label, table, row, column): the headline cells, read from each organ's report.
HEADLINES = [
    ("一、本年新收", "三", "new", "total"),
    ("二、上年结转", "三", "carried_over", "total"),
    ("三、本年办结", "三", "results_total", "total"),
    ("（一）予以公开", "三", "public", "total"),
    ("四、结转下年", "三", "carried_forward", "total"),
    ("行政复议", "四", "appeals", "reconsideration:total"),
    ("行政诉讼（直接起诉）", "四", "appeals", "litigation_direct:total"),
    ("行政诉讼（复议后起诉）", "四", "appeals", "litigation_after:total"),
]


def headline_values(report):
    figures = report.figures()
    return [figures[table].get(row, {}).get(column, 0) for _label, table, row, column in HEADLINES]


def county_overview(organ_ids, year):
    """Rows (organ, whether its report is live, values) for the organs with a catalogue, and the total."""
    organs = Organ.objects.filter(pk__in=organ_ids, catalogue__isnull=False).order_by("name")
    rows = []
    for organ in organs:
        report = report_for(organ, year)
        rows.append({"organ": organ, "published": bool(report.pk and report.live), "values": headline_values(report)})
    total = [sum(values) for values in zip(*(row["values"] for row in rows))] if rows else [0] * len(HEADLINES)
    return {"columns": [label for label, *_cell in HEADLINES], "rows": rows, "total": total}
