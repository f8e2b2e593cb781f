"""When each organ's report of the previous year is due, and which are due soon or late: a
report is done once it is live."""
import datetime
from dataclasses import dataclass

from django.core.exceptions import ImproperlyConfigured

from . import conf
from .models import AnnualReportPage


@dataclass(frozen=True)
class DueReport:
    organ: object
    year: int
    deadline: datetime.date
    days_left: int

    @property
    def overdue(self):
        return self.days_left < 0


def parse_month_day(text, year):
    try:
        month, day = (int(part) for part in str(text).split("-"))
        return datetime.date(year, month, day)
    except ValueError as error:
        raise ImproperlyConfigured(f"Annual report deadlines are written MM-DD; got {text!r}.") from error


def deadline(organ, publication_year):
    """The day `organ` must have published the report of `publication_year - 1` by."""
    text = conf.get("GONGKAI_ANNUAL_REPORT_ORGAN_DEADLINES").get(organ.code, conf.get("GONGKAI_ANNUAL_REPORT_DEADLINE"))
    return parse_month_day(text, publication_year)


def due_reports(organs, today):
    """The organs' reports of last year not yet live whose deadline is within the warning days,
    before or after it (an office that published its report another way is not warned all year)."""
    year = today.year - 1
    published = set(AnnualReportPage.objects.live().filter(year=year).values_list("organ_id", flat=True))
    due = []
    for organ in organs:
        if organ.pk in published:
            continue
        days_left = (deadline(organ, today.year) - today).days
        if abs(days_left) <= conf.get("GONGKAI_ANNUAL_REPORT_WARNING_DAYS"):
            due.append(DueReport(organ=organ, year=year, deadline=deadline(organ, today.year), days_left=days_left))
    return sorted(due, key=lambda report: report.deadline)
