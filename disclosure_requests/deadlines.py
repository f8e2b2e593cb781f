"""The deadlines of a request, counted on the one working-day calendar
(gongkai.disclosure_pages.working_days: chinesecalendar, the admin's overrides, weekdays as an
estimate for unannounced years).

Counting follows Chinese law: the starting day is not counted and a period of N working days
ends on the Nth working day after it. The reply is due N working days after the clock started
(receipt, or the arrival of the correction, which restarts it), plus the approved extension,
plus the working days the clock stood still (third-party consultation, payment, suspension).
"""
import datetime
from dataclasses import dataclass

from django.utils.translation import gettext as _

from gongkai.disclosure_pages.working_days import WorkingDayCalendar, add_working_days

from .models import RequestOffice


def working_days_between(start, end):
    """The working days in (start, end]: how long a pause from `start` to `end` lasted."""
    if end <= start:
        return 0
    calendar = WorkingDayCalendar(start, end)
    day, count = start, 0
    while day < end:
        day += datetime.timedelta(days=1)
        count += calendar.is_working_day(day)
    return count


@dataclass(frozen=True)
class ReplyDeadline:
    date: datetime.date
    estimated: bool
    reason: str


def reply_deadline(case):
    """When the reply is due as the case stands, and why (None before the clock starts)."""
    if case.clock_started_on is None:
        return None
    office = RequestOffice.for_organ(case.organ)
    counted = add_working_days(
        case.clock_started_on, office.reply_working_days + case.extension_working_days + case.paused_working_days
    )
    return ReplyDeadline(counted.date, counted.estimated, deadline_reason(case, office))


def deadline_reason(case, office):
    start = _("correction received on %(date)s") if case.corrected else _("received on %(date)s")
    parts = [
        start % {"date": f"{case.clock_started_on:%Y-%m-%d}"},
        _("%(days)d working days to reply") % {"days": office.reply_working_days},
    ]
    if case.extension_working_days:
        parts.append(_("extended by %(days)d working days") % {"days": case.extension_working_days})
    if case.paused_working_days:
        parts.append(_("%(days)d working days paused") % {"days": case.paused_working_days})
    if case.paused_since:
        parts.append(_("paused since %(date)s") % {"date": f"{case.paused_since:%Y-%m-%d}"})
    return _("; ").join(parts)


def correction_notice_due(case):
    """Art. 30: the 补正 notice is sent within 7 working days of receipt."""
    return add_working_days(case.received_on, RequestOffice.for_organ(case.organ).correction_notice_working_days).date


def correction_due(case, notified_on):
    """The last day the applicant may send the correction."""
    return add_working_days(notified_on, RequestOffice.for_organ(case.organ).correction_period_working_days).date


def consultation_due(case, sent_on):
    """Art. 32: the third party answers within 15 working days."""
    return add_working_days(sent_on, RequestOffice.for_organ(case.organ).consultation_working_days).date


def payment_due(case, notified_on):
    return add_working_days(notified_on, RequestOffice.for_organ(case.organ).payment_working_days).date


def store_reply_deadline(case):
    """Recompute and store the reply due date (only actions call this, never a calendar change)."""
    deadline = reply_deadline(case)
    case.due_date = deadline.date if deadline else None
    case.due_date_estimated = deadline.estimated if deadline else False
    case.calendar_changed = False
    return deadline
