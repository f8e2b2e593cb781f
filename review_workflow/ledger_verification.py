"""`verify_review_ledger`: every reason to distrust the ledger as it stands in the database."""
from dataclasses import dataclass

from wagtail.models import PageLogEntry

from .constants import SECRECY_REVIEW_ACTION
from .ledger import record_hash, record_verifies
from .ledger_anchors import read_anchors
from .models import SecrecyReviewRecord


@dataclass(frozen=True)
class LedgerProblem:
    sequence: int
    message: str


def verify_ledger():
    """The chain, each record's signature, the page history and the anchors, cross-checked."""
    records_by_sequence = {}
    problems = chain_problems(records_by_sequence)
    problems += history_problems(records_by_sequence)
    problems += anchor_problems(records_by_sequence)
    return sorted(problems, key=lambda problem: problem.sequence or 0)


def chain_problems(records_by_sequence):
    """Rows altered (hash or signature), missing between two others, or forged."""
    problems = []
    expected_previous = ""
    expected_sequence = 1
    for record in SecrecyReviewRecord.objects.order_by("sequence").iterator():
        if record.sequence != expected_sequence or record.previous_hash != expected_previous:
            problems.append(LedgerProblem(record.sequence, "record(s) removed or reordered before this record"))
        if record_hash(record) != record.record_hash:
            problems.append(LedgerProblem(record.sequence, "record altered after it was written"))
        elif not record_verifies(record):
            problems.append(LedgerProblem(record.sequence, "record not signed with the ledger key (forged)"))
        expected_previous = record.record_hash
        expected_sequence = record.sequence + 1
        records_by_sequence[record.sequence] = (record.record_hash, record.page_id)
    return problems


def history_problems(records_by_sequence):
    """Wagtail's page history notes every record, on its page, when it is written: the two
    must agree."""
    problems = []
    noted = set()
    recorded = {record_hash: page_id for record_hash, page_id in records_by_sequence.values()}
    for entry in PageLogEntry.objects.filter(action=SECRECY_REVIEW_ACTION).only("data", "page_id"):
        entry_hash = entry.data.get("hash")
        noted.add(entry_hash)
        if entry_hash not in recorded:
            problems.append(LedgerProblem(entry.data.get("sequence"), "record noted in the page history is missing"))
        elif recorded[entry_hash] != entry.page_id:
            problems.append(LedgerProblem(entry.data.get("sequence"), "record noted in another page's history"))
    for sequence, (recorded_hash, _page_id) in records_by_sequence.items():
        if recorded_hash not in noted:
            problems.append(LedgerProblem(sequence, "record has no entry in the page history"))
    return problems


def anchor_problems(records_by_sequence):
    """Each signed anchor names a record that must still be there, unchanged."""
    problems = []
    for anchor in read_anchors():
        if not anchor.is_signed():
            problems.append(
                LedgerProblem(anchor.sequence, f"anchor line {anchor.line_number} is not signed with the ledger key")
            )
        elif anchor.sequence not in records_by_sequence:
            problems.append(LedgerProblem(anchor.sequence, "anchored record is missing"))
        elif records_by_sequence[anchor.sequence][0] != anchor.record_hash:
            problems.append(LedgerProblem(anchor.sequence, "anchored record was rewritten"))
    return problems
