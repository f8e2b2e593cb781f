"""Deletes the identity proofs of cases closed longer ago than the retention period."""
from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from gongkai.disclosure_requests.retention import delete_expired_proofs


class Command(BaseCommand):
    help = "Deletes identity proofs of requests closed longer ago than GONGKAI_REQUESTS_PROOF_RETENTION_DAYS."

    def handle(self, *args, **options):
        self.stdout.write(_("%(count)d identity proofs deleted.") % {"count": delete_expired_proofs()})
