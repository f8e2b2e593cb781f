from .organ_groups import OrganReviewGroups
from .records import DeterminationLetter, ImmutableRecord, SecrecyReviewRecord, private_letter_storage
from .tasks import SecrecyReviewTask, UnknownDecision

__all__ = [
    "DeterminationLetter",
    "ImmutableRecord",
    "OrganReviewGroups",
    "SecrecyReviewRecord",
    "SecrecyReviewTask",
    "UnknownDecision",
    "private_letter_storage",
]
