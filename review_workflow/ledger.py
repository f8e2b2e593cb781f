"""The review ledger (审查台账): an append-only hash chain of SecrecyReviewRecords, each signed
with the ledger key (ledger_signing) and the head anchored outside the database (ledger_anchors).
What this does and does not protect against: docs/ledger.md."""
import hashlib
import json
from datetime import timezone as dt_timezone

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log

from .constants import SECRECY_REVIEW_ACTION
from .ledger_anchors import anchor_after_commit
from .ledger_signing import record_message, sign, signature_matches
from .models import SecrecyReviewRecord

# Fields covered by a record's hash (everything but the hash itself and the row id).
HASHED_FIELDS = (
    "sequence",
    "kind",
    "page_id",
    "page_title",
    "organ_id",
    "revision_id",
    "fingerprint",
    "reviewer_id",
    "reviewer_name",
    "reviewed_at",
    "checklist",
    "conclusion",
    "opinion",
    "override_reason",
    "scan_summary",
    "basis",
    "determination_reference",
    "determination_date",
    "previous_hash",
)
APPEND_ATTEMPTS = 5


def record_hash(record):
    values = {name: getattr(record, name) for name in HASHED_FIELDS}
    values["reviewed_at"] = record.reviewed_at.astimezone(dt_timezone.utc).isoformat()
    if record.determination_date:
        values["determination_date"] = record.determination_date.isoformat()
    if record.determination_letter_sha256:
        # Only when set, so records written before letters existed keep their hashes.
        values["determination_letter_sha256"] = record.determination_letter_sha256
    canonical = json.dumps(values, sort_keys=True, ensure_ascii=False, cls=DjangoJSONEncoder)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def append_record(page, user=None, **fields):
    """Add a record at the end of the chain and note it in the page's history.

    Two concurrent appends race for the same previous hash; the unique constraint lets one
    win and the other retries on the new end of the chain.
    """
    for attempt in range(APPEND_ATTEMPTS):
        try:
            with transaction.atomic():
                record = build_record(page, user, fields)
                record.save()
                log(
                    instance=page,
                    action=SECRECY_REVIEW_ACTION,
                    user=user,
                    revision=record.revision,
                    data={
                        "sequence": record.sequence,
                        "hash": record.record_hash,
                        "conclusion": record.conclusion,
                        "kind": record.kind,
                    },
                )
                transaction.on_commit(anchor_after_commit(record.sequence, record.record_hash))
                return record
        except IntegrityError:
            if attempt == APPEND_ATTEMPTS - 1:
                raise
    raise AssertionError("unreachable")


def build_record(page, user, fields):
    last = SecrecyReviewRecord.objects.order_by("-sequence").first()
    record = SecrecyReviewRecord(
        sequence=(last.sequence + 1) if last else 1,
        previous_hash=last.record_hash if last else "",
        page=page,
        page_title=page.get_admin_display_title()[:255],
        organ_id=getattr(page, "organ_id", None),
        reviewer=user,
        reviewer_name=(user.get_full_name() or user.get_username()) if user else "",
        reviewed_at=timezone.now().replace(microsecond=0),
        **fields,
    )
    record.record_hash = record_hash(record)
    record.record_hmac = sign(record_message(record.record_hash))
    return record


def record_verifies(record):
    """Is this record trustworthy? Its content matches its hash, and the hash carries the
    ledger key's signature, which nobody without the key can make for a forged record."""
    return record_hash(record) == record.record_hash and signature_matches(
        record_message(record.record_hash), record.record_hmac
    )


def verified_records(records):
    """The records of `records` (any iterable or queryset) that verify, in the same order."""
    return [record for record in records if record_verifies(record)]
