"""政策解读 三同步: the one answer to "may this policy be submitted for review?".

A policy marked as needing an interpretation goes to review only with at least one
interpretation linked to it, or with the recorded reason why none is needed.
"""
from django.utils.translation import gettext as _

# The edit form's buttons that send the content into review (submit, or restart after changes).
SUBMIT_ACTIONS = ("action-submit", "action-restart-workflow")


def has_interpretation(policy):
    return policy.pk is not None and policy.interpretation_links.exists()


def submission_refusal(policy):
    """Why `policy`, as it stands in memory, may not be submitted yet; None if it may."""
    if not policy.needs_interpretation or policy.no_interpretation_reason.strip():
        return None
    if has_interpretation(policy):
        return None
    return _(
        "This policy needs a policy interpretation: add one linked to it before submitting, "
        "or record why none is needed."
    )
