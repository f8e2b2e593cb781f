"""Request statistics per organ and year, with the definitions of the annual report's table 三
(2021 format) and table 四.

Table 三, per applicant column: 一 received this year (by receipt date); 二 carried over (received
earlier, not closed before 1 January); 三 closed this year, one row per outcome, and their total;
四 carried to next year (received by 31 December, not closed by then). Since every case closes on
or after its receipt, 一 + 二 = 三总计 + 四 in every column, and last year's 四 is this year's 二.
"""
import datetime
from collections import Counter
from dataclasses import dataclass, field

from django.utils import timezone

from .choices import AppealKind, AppealResult, ApplicantKind, Outcome, outcome_group
from .models import Appeal, DisclosureRequest

TOTAL = "total"
COLUMNS = [*ApplicantKind.values, TOTAL]


@dataclass
class TableThree:
    new: Counter = field(default_factory=Counter)
    carried_over: Counter = field(default_factory=Counter)
    outcomes: dict = field(default_factory=lambda: {outcome: Counter() for outcome in Outcome.values})
    results_total: Counter = field(default_factory=Counter)
    carried_forward: Counter = field(default_factory=Counter)

    def group_total(self, group, column=TOTAL):
        """A result group's count (不予公开, 无法提供 … as the table's headings sum their rows)."""
        return sum(row[column] for outcome, row in self.outcomes.items() if outcome_group(outcome) == group)

    def add(self, row, kind):
        row[kind] += 1
        row[TOTAL] += 1


def receipt_days(cases):
    """(applicant kind, receipt day, closed on, outcome) of each case."""
    for kind, received_on, submitted_at, closed_on, outcome in cases.values_list(
        "applicant_kind", "received_on", "submitted_at", "closed_on", "outcome"
    ):
        yield kind, received_on or timezone.localtime(submitted_at).date(), closed_on, outcome


def table_three(organ, year):
    first, last = datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    table = TableThree()
    for kind, received, closed_on, outcome in receipt_days(DisclosureRequest.objects.filter(organ=organ)):
        if received > last or (closed_on is not None and closed_on < first):
            continue
        table.add(table.new if received >= first else table.carried_over, kind)
        if closed_on is not None and closed_on <= last:
            table.add(table.outcomes[outcome], kind)
            table.add(table.results_total, kind)
        else:
            table.add(table.carried_forward, kind)
    return table


def table_four(organ, year):
    """Appeals filed in `year` against the organ's replies: {kind: Counter(result → count, total)}."""
    table = {kind: Counter({result: 0 for result in AppealResult.values}) for kind in AppealKind.values}
    appeals = Appeal.objects.filter(request__organ=organ, filed_on__year=year)
    for kind, result in appeals.values_list("kind", "result"):
        table[kind][result] += 1
        table[kind][TOTAL] += 1
    return table
