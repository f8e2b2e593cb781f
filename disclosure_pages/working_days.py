"""Chinese working days (工作日): the one calendar every deadline is counted with.

The State Council holiday notice decides which days are worked, 调休 included. Announced
years come from the `chinesecalendar` package; the admin-editable WorkingDayOverride table
corrects it or adds later years. For a year neither knows, plain weekdays are counted and
the answer is reported as an estimate.
"""
import datetime
from dataclasses import dataclass
from functools import cache

import chinese_calendar

from .models.calendar import WorkingDayOverride

PROACTIVE_DISCLOSURE_WORKING_DAYS = 20  # Art. 26
ONE_DAY = datetime.timedelta(days=1)


@dataclass(frozen=True)
class WorkingDayCount:
    """A date reached by counting working days; `estimated` when a year on the way was
    counted as plain weekdays because its holiday notice is unknown."""

    date: datetime.date
    estimated: bool


@cache
def package_knows(year):
    try:
        chinese_calendar.is_workday(datetime.date(year, 1, 1))
    except NotImplementedError:
        return False
    return True


class WorkingDayCalendar:
    """Counts working days between two dates, reading the overrides once."""

    def __init__(self, start, end):
        overrides = WorkingDayOverride.objects.filter(date__year__gte=start.year, date__year__lte=end.year)
        self.overrides = dict(overrides.values_list("date", "is_working_day"))
        self.override_years = {day.year for day in self.overrides}

    def is_announced(self, year):
        return year in self.override_years or package_knows(year)

    def is_working_day(self, day):
        if day in self.overrides:
            return self.overrides[day]
        if package_knows(day.year):
            return chinese_calendar.is_workday(day)
        return day.weekday() < 5

    def add_working_days(self, start, count):
        day, counted, estimated = start, 0, False
        while counted < count:
            day += ONE_DAY
            estimated = estimated or not self.is_announced(day.year)
            if self.is_working_day(day):
                counted += 1
        return WorkingDayCount(day, estimated)


def add_working_days(start, count):
    """The `count`-th working day after `start` (`start` itself is not counted)."""
    # Even the Spring Festival leaves far fewer than two idle days per working day.
    calendar = WorkingDayCalendar(start, start + datetime.timedelta(days=count * 3 + 14))
    return calendar.add_working_days(start, count)


def is_announced_year(year):
    """False when neither the package nor the overrides know `year`'s holiday notice."""
    return WorkingDayCalendar(datetime.date(year, 1, 1), datetime.date(year, 12, 31)).is_announced(year)


def disclosure_due_date(written_date):
    """主动公开 deadline: 20 working days after the information was made (Art. 26)."""
    return add_working_days(written_date, PROACTIVE_DISCLOSURE_WORKING_DAYS)

