"""Receivers of disclosure_requests."""
from django.db.models.signals import post_delete, post_save

from gongkai.disclosure_pages.models import WorkingDayOverride

from .calendar_changes import flag_cases_moved_by_calendar


def calendar_changed(sender, instance, **kwargs):
    """An override was added, changed or removed: flag the cases whose due date it would move."""
    flag_cases_moved_by_calendar()


def register_signal_handlers():
    for signal in (post_save, post_delete):
        signal.connect(calendar_changed, sender=WorkingDayOverride, dispatch_uid="gongkai-requests-calendar")
