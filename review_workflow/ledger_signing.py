"""The ledger key: what a database writer does not have.

Every record's hash and every anchor of the chain's head is signed with HMAC-SHA256 keyed by
GONGKAI_LEDGER_KEY. Without that setting the key is derived from SECRET_KEY (a system check
warns in `check --deploy`): anyone who reads the settings can then forge records.
"""
import hashlib
import hmac

from django.conf import settings

from . import conf

DERIVATION_LABEL = b"gongkai.review-ledger.v1"


def ledger_key():
    configured = conf.get("GONGKAI_LEDGER_KEY")
    if configured:
        return configured.encode("utf-8")
    return hmac.new(settings.SECRET_KEY.encode("utf-8"), DERIVATION_LABEL, hashlib.sha256).digest()


def sign(message):
    return hmac.new(ledger_key(), message.encode("utf-8"), hashlib.sha256).hexdigest()


def signature_matches(message, signature):
    return bool(signature) and hmac.compare_digest(sign(message), signature)


def record_message(record_hash):
    """A record's hash covers every field and the previous record's hash: signing it signs all."""
    return f"record:{record_hash}"


def anchor_message(sequence, record_hash, anchored_at):
    return f"anchor:{sequence}:{record_hash}:{anchored_at}"
