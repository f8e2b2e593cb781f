"""Review records for items imported from the legacy system (历史数据导入)."""
from .choices import Conclusion, RecordKind
from .fingerprints import revision_fingerprint
from .ledger import append_record


def record_legacy_review(revision, reviewer, basis):
    """Record that `revision` was reviewed before the platform existed, on `basis` (e.g. the
    legacy system's approval reference), so it may be published as imported.

    Returns the passing SecrecyReviewRecord, bound to the revision's content fingerprint.
    """
    page = revision.content_object
    return append_record(
        page.specific,
        user=reviewer,
        kind=RecordKind.LEGACY_IMPORT,
        revision=revision,
        fingerprint=revision_fingerprint(revision),
        conclusion=Conclusion.APPROVE,
        basis=basis,
    )
