"""A calendar correction never moves a stored due date silently: the open cases whose stored
reply due date the current calendar would put elsewhere are flagged, with a timeline event;
the handler then confirms the new date (the confirm-dates action)."""
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .choices import OPEN_STATUSES, EventKind
from .deadlines import reply_deadline
from .models import CaseEvent, DisclosureRequest


def cases_moved_by_calendar(cases=None):
    """Open, unflagged cases whose stored due date differs from the one counted now."""
    cases = cases if cases is not None else DisclosureRequest.objects.all()
    for case in cases.filter(status__in=OPEN_STATUSES, calendar_changed=False, due_date__isnull=False):
        deadline = reply_deadline(case)
        if deadline is not None and deadline.date != case.due_date:
            yield case, deadline


@transaction.atomic
def flag_cases_moved_by_calendar():
    """Flag each such case; return how many were flagged."""
    flagged = 0
    for case, deadline in list(cases_moved_by_calendar()):
        DisclosureRequest.objects.filter(pk=case.pk).update(calendar_changed=True)
        CaseEvent.objects.create(
            request=case,
            kind=EventKind.CALENDAR_CHANGED,
            occurred_on=timezone.localdate(),
            due_date=case.due_date,
            note=_("The working-day calendar now gives %(new)s instead of the stored %(old)s.")
            % {"new": f"{deadline.date:%Y-%m-%d}", "old": f"{case.due_date:%Y-%m-%d}"},
            data={"counted_now": deadline.date.isoformat()},
        )
        flagged += 1
    return flagged
