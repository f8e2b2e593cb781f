"""Signals of review_workflow, for other apps and sites to follow the secrecy review."""
from django.dispatch import Signal

# Sent once a secrecy-review decision was taken, after the atomic block that recorded it.
# Arguments: page (the specific item), user, task_state and
# record (the SecrecyReviewRecord written, or None for a request for changes).
review_decided = Signal()
