"""Signals of annual_reports (docs/extending.md lists them)."""
from django.dispatch import Signal

# Sent after a report's figures were frozen and it was submitted for review.
# Arguments: report, user, revision.
report_submitted = Signal()
