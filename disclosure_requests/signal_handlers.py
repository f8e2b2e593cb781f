"""Receivers of disclosure_requests."""
from django.db.models.signals import post_delete, post_save

from gongkai.disclosure_pages.models import WorkingDayOverride
from gongkai.disclosure_pages.signals import organ_set_up

from .calendar_changes import flag_cases_moved_by_calendar
from .notifications import notify_applicant
from .office_setup import on_organ_set_up
from .signals import case_event_recorded


def calendar_changed(sender, instance, **kwargs):
    """An override was added, changed or removed: flag the cases whose due date it would move."""
    flag_cases_moved_by_calendar()


def register_signal_handlers():
    for signal in (post_save, post_delete):
        signal.connect(calendar_changed, sender=WorkingDayOverride, dispatch_uid="gongkai-requests-calendar")
    organ_set_up.connect(on_organ_set_up, dispatch_uid="gongkai-requests-office")
    case_event_recorded.connect(notify_applicant, dispatch_uid="gongkai-requests-notify")
