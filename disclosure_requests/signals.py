"""Signals of disclosure_requests."""
from django.dispatch import Signal

# Sent after an action appended a step to a case's timeline and committed.
# Arguments: case (DisclosureRequest), event (CaseEvent), user (None for the applicant).
case_event_recorded = Signal()
