"""Receivers of disclosure_requests."""
from django.db.models.signals import post_delete, post_save

from gongkai.disclosure_pages.models import WorkingDayOverride
from gongkai.disclosure_pages.signals import organ_set_up

from .calendar_changes import flag_cases_moved_by_calendar
from .models import RequestOffice
from .notifications import notify_applicant
from .office_setup import grant_case_access, on_organ_set_up
from .signals import case_event_recorded


def calendar_changed(sender, instance, **kwargs):
    """An override was added, changed or removed: flag the cases whose due date it would move."""
    flag_cases_moved_by_calendar()


def office_saved(sender, instance, raw=False, **kwargs):
    """The groups an office names, by setup_organ or in the admin, hold the case permission
    (the admin menu shows the cases to its holders only)."""
    if raw:
        return
    for group in (instance.handlers, instance.leaders):
        if group is not None:
            grant_case_access(group)


def register_signal_handlers():
    for signal in (post_save, post_delete):
        signal.connect(calendar_changed, sender=WorkingDayOverride, dispatch_uid="gongkai-requests-calendar")
    post_save.connect(office_saved, sender=RequestOffice, dispatch_uid="gongkai-requests-office-access")
    organ_set_up.connect(on_organ_set_up, dispatch_uid="gongkai-requests-office")
    case_event_recorded.connect(notify_applicant, dispatch_uid="gongkai-requests-notify")
