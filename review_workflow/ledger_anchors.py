"""Anchors of the ledger's head outside the database (审查台账 anchoring).

After every append (and whenever `anchor_review_ledger` runs, e.g. from cron) the head's
sequence, hash and time are signed with the ledger key and written as one JSON line to the
append-only file GONGKAI_LEDGER_ANCHOR_FILE and to the `gongkai.ledger` log. A database writer
who removes the newest records, or rewrites the chain, contradicts an anchor they cannot
rewrite without the key and write access to the file or the log.
"""
import json
import logging
import os
from dataclasses import dataclass

from django.utils import timezone

from . import conf
from .constants import LEDGER_LOGGER
from .ledger_signing import anchor_message, sign, signature_matches

logger = logging.getLogger(LEDGER_LOGGER)


@dataclass(frozen=True)
class Anchor:
    line_number: int
    sequence: int
    record_hash: str
    anchored_at: str
    signature: str

    def is_signed(self):
        return signature_matches(anchor_message(self.sequence, self.record_hash, self.anchored_at), self.signature)


def anchor_file():
    return conf.get("GONGKAI_LEDGER_ANCHOR_FILE")


def write_anchor(sequence, record_hash):
    """Sign the head (sequence, hash) and append it to the anchor file and the log."""
    anchored_at = timezone.now().isoformat()
    line = json.dumps(
        {
            "sequence": sequence,
            "hash": record_hash,
            "at": anchored_at,
            "hmac": sign(anchor_message(sequence, record_hash, anchored_at)),
        }
    )
    logger.info("Review ledger anchor %s", line)
    path = anchor_file()
    if path:
        os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
        # One write() of one short line in O_APPEND mode: concurrent writers never interleave.
        descriptor = os.open(path, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o640)
        try:
            os.write(descriptor, (line + "\n").encode("utf-8"))
        finally:
            os.close(descriptor)


def anchor_after_commit(sequence, record_hash):
    """Anchoring never breaks a review: a failed write is logged, and the next one covers it."""

    def anchor():
        try:
            write_anchor(sequence, record_hash)
        except OSError:
            logger.exception("Could not write the review ledger anchor for record %s", sequence)

    return anchor


def read_anchors():
    """Every anchor in the file, oldest first; unreadable lines come back unsigned."""
    path = anchor_file()
    if not path or not os.path.exists(path):
        return []
    anchors = []
    with open(path, encoding="utf-8") as lines:
        for number, line in enumerate(lines, start=1):
            anchors.append(parse_anchor(number, line))
    return anchors


def parse_anchor(number, line):
    try:
        data = json.loads(line)
        return Anchor(number, int(data["sequence"]), str(data["hash"]), str(data["at"]), str(data["hmac"]))
    except (ValueError, KeyError, TypeError):
        return Anchor(number, 0, "", "", "")
