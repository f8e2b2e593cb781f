"""An organ's figures for each quarter of a year.

Items count in the quarter of their 发布日期 (published_date: the day of first publication, kept
when an item is later changed or withdrawn), on time or late by disclosure_pages' own deadline
rule (report_columns.deadline_state against disclosure_due_date, 20 working days after the
written date). Requests count in the quarter they were closed, by table 三's result group; days to
answer are working days from receipt to closing on the one calendar (deadlines.working_days_between).
"""
from collections import Counter
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal

from gongkai.disclosure_pages.models import DisclosureItemPage
from gongkai.disclosure_pages.report_columns import PUBLISHED_LATE, deadline_state
from gongkai.disclosure_requests.choices import OutcomeGroup, outcome_group
from gongkai.disclosure_requests.deadlines import working_days_between
from gongkai.disclosure_requests.models import DisclosureRequest
from gongkai.disclosure_requests.statistics import receipt_days

QUARTERS = (1, 2, 3, 4)


def quarter_of(day):
    return (day.month - 1) // 3 + 1


@dataclass
class QuarterFigures:
    number: int
    published: int = 0
    on_time: int = 0
    late: int = 0
    outcomes: Counter = field(default_factory=lambda: Counter({group: 0 for group in OutcomeGroup.values}))
    answer_days: list = field(default_factory=list)

    @property
    def closed(self):
        return len(self.answer_days)

    @property
    def average_days(self):
        """Mean working days from receipt to closing, to one decimal; None with nothing closed."""
        if not self.answer_days:
            return None
        mean = Decimal(sum(self.answer_days)) / len(self.answer_days)
        return mean.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def count_items(organ, year, quarters):
    items = DisclosureItemPage.objects.filter(organ=organ, published_date__year=year).only(
        "published_date", "disclosure_due_date"
    )
    for item in items:
        quarter = quarters[quarter_of(item.published_date)]
        quarter.published += 1
        # The day an item was published is in the past, so `today` never decides here.
        if deadline_state(item, item.published_date) == PUBLISHED_LATE:
            quarter.late += 1
        else:
            quarter.on_time += 1


def count_requests(organ, year, quarters):
    # Closing records the outcome (disclosure_requests' close action requires one).
    cases = DisclosureRequest.objects.filter(organ=organ, closed_on__year=year).exclude(outcome="")
    for _kind, received, closed_on, outcome in receipt_days(cases):
        quarter = quarters[quarter_of(closed_on)]
        quarter.outcomes[outcome_group(outcome)] += 1
        quarter.answer_days.append(working_days_between(received, closed_on))


def quarterly_figures(organ, year):
    """[QuarterFigures] for quarters 1–4 of `year` for `organ`."""
    quarters = {number: QuarterFigures(number) for number in QUARTERS}
    count_items(organ, year, quarters)
    count_requests(organ, year, quarters)
    return list(quarters.values())
