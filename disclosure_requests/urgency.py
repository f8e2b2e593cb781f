"""How urgent an open case is, for the inbox's colours: overdue, due within 3 working days,
within 7, later; paused and waiting cases (no running clock) apart."""
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .choices import PAUSED_STATUSES, Status
from .deadlines import working_days_between

URGENT_WORKING_DAYS = 3
SOON_WORKING_DAYS = 7
LABELS = {
    "overdue": _("Overdue"),
    "urgent": _("Due within 3 working days"),
    "soon": _("Due within 7 working days"),
    "later": _("On time"),
    "paused": _("Clock paused"),
    "waiting": _("No running deadline"),
    "closed": _("Closed"),
}


def urgency(case, today=None):
    today = today or timezone.localdate()
    if case.status == Status.CLOSED:
        return "closed"
    if case.status in PAUSED_STATUSES:
        return "paused"
    if case.due_date is None:
        return "waiting"
    if case.due_date < today:
        return "overdue"
    left = working_days_between(today, case.due_date)
    if left <= URGENT_WORKING_DAYS:
        return "urgent"
    return "soon" if left <= SOON_WORKING_DAYS else "later"


def urgency_label(key):
    return LABELS[key]
