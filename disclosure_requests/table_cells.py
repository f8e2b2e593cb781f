"""The cases one cell of the annual report's tables 三 and 四 counts, as a queryset: what the admin
lists when an office follows a report's cell to its cases. The rules are statistics.py's (the
tests hold both to the same counts); this module selects in SQL what that one counts in Python.

A cell is named by GET parameters: `organ` (pk), `year`, `row` (new, carried_over,
results_total, carried_forward, an outcome, several outcomes joined by commas, or
`appeal:<kind>:<result or total>`) and `kind` (an applicant kind, or `total`).
"""
import datetime

from django.db.models import Q
from django.db.models.functions import Coalesce, TruncDate

from .choices import AppealKind, AppealResult, ApplicantKind, Outcome
from .statistics import TOTAL

COUNTED_ROWS = ("new", "carried_over", "results_total", "carried_forward")


def open_on(day):
    return Q(closed_on__isnull=True) | Q(closed_on__gte=day)


def row_condition(row, year):
    first, next_first = datetime.date(year, 1, 1), datetime.date(year + 1, 1, 1)
    conditions = {
        "new": Q(receipt__gte=first, receipt__lt=next_first),
        "carried_over": Q(receipt__lt=first) & open_on(first),
        "results_total": Q(closed_on__gte=first, closed_on__lt=next_first),
        "carried_forward": Q(receipt__lt=next_first) & open_on(next_first),
    }
    if row in conditions:
        return conditions[row]
    outcomes = row.split(",")
    if not set(outcomes) <= set(Outcome.values):
        return None
    return Q(closed_on__gte=first, closed_on__lt=next_first, outcome__in=outcomes)


def appeal_condition(row, year):
    _prefix, kind, result = (row.split(":") + ["", ""])[:3]
    if kind not in AppealKind.values or result not in [*AppealResult.values, TOTAL]:
        return None
    condition = Q(appeals__kind=kind, appeals__filed_on__year=year)
    return condition if result == TOTAL else condition & Q(appeals__result=result)


def cell_from_query(query):
    """The cell the GET parameters name, or None when they name none (or not validly)."""
    year, row, kind = query.get("year", ""), query.get("row", ""), query.get("kind", TOTAL)
    if not (year.isdigit() and query.get("organ", "").isdigit() and row) or kind not in [*ApplicantKind.values, TOTAL]:
        return None
    condition = appeal_condition(row, int(year)) if row.startswith("appeal:") else row_condition(row, int(year))
    if condition is None:
        return None
    return {"organ_id": int(query["organ"]), "condition": condition, "kind": kind}


def cases_in_cell(cases, cell):
    cases = cases.filter(organ_id=cell["organ_id"]).annotate(
        receipt=Coalesce("received_on", TruncDate("submitted_at"))
    )
    if cell["kind"] != TOTAL:
        cases = cases.filter(applicant_kind=cell["kind"])
    return cases.filter(cell["condition"]).distinct()
