"""Identity proofs are kept GONGKAI_REQUESTS_PROOF_RETENTION_DAYS after their case closed, then
their files are deleted (the record stays, marked deleted, for the audit trail)."""
import datetime

from django.db import transaction
from django.utils import timezone

from . import conf
from .models import IdentityProof


def expired_proofs(today=None):
    today = today or timezone.localdate()
    cutoff = today - datetime.timedelta(days=conf.get("GONGKAI_REQUESTS_PROOF_RETENTION_DAYS"))
    return IdentityProof.objects.filter(deleted_on__isnull=True, request__closed_on__lt=cutoff)


def delete_expired_proofs(today=None):
    """Delete the files of expired proofs; return how many."""
    today = today or timezone.localdate()
    deleted = 0
    for proof in expired_proofs(today).select_related("request"):
        with transaction.atomic():
            if proof.file:
                proof.file.delete(save=False)
            proof.deleted_on = today
            proof.save(update_fields=["file", "deleted_on"])
        deleted += 1
    return deleted
