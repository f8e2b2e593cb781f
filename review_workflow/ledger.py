"""The review ledger (审查台账): an append-only hash chain of SecrecyReviewRecords."""
import hashlib
import json
from dataclasses import dataclass
from datetime import timezone as dt_timezone

from django.core.serializers.json import DjangoJSONEncoder
from django.db import IntegrityError, transaction
from django.utils import timezone
from wagtail.log_actions import log
from wagtail.models import PageLogEntry

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
LOG_ACTION = "gongkai.secrecy_review"
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
                    action=LOG_ACTION,
                    user=user,
                    revision=record.revision,
                    data={
                        "sequence": record.sequence,
                        "hash": record.record_hash,
                        "conclusion": record.conclusion,
                        "kind": record.kind,
                    },
                )
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
    return record


@dataclass(frozen=True)
class LedgerProblem:
    sequence: int
    message: str


def verify_ledger():
    """Every problem in the chain: rows whose content no longer matches their hash, rows
    missing between two others, and rows noted in page histories that are gone."""
    problems = []
    expected_previous = ""
    expected_sequence = 1
    hashes = set()
    for record in SecrecyReviewRecord.objects.order_by("sequence").iterator():
        if record.sequence != expected_sequence or record.previous_hash != expected_previous:
            problems.append(
                LedgerProblem(record.sequence, "record(s) removed or reordered before this record")
            )
        if record_hash(record) != record.record_hash:
            problems.append(LedgerProblem(record.sequence, "record altered after it was written"))
        expected_previous = record.record_hash
        expected_sequence = record.sequence + 1
        hashes.add(record.record_hash)
    for entry in PageLogEntry.objects.filter(action=LOG_ACTION).only("data"):
        if entry.data.get("hash") not in hashes:
            problems.append(
                LedgerProblem(entry.data.get("sequence"), "record noted in the page history is missing")
            )
    return problems
