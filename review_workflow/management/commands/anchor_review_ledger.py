"""Anchor the ledger's head outside the database now (run it periodically, e.g. from cron)."""
from django.core.management.base import BaseCommand

from gongkai.review_workflow.ledger_anchors import write_anchor
from gongkai.review_workflow.models import SecrecyReviewRecord


class Command(BaseCommand):
    help = "Write a signed anchor of the secrecy review ledger's head to the anchor file and the log."

    def handle(self, *args, **options):
        head = SecrecyReviewRecord.objects.order_by("-sequence").first()
        if head is None:
            self.stdout.write("The review ledger is empty; nothing to anchor.")
            return
        write_anchor(head.sequence, head.record_hash)
        self.stdout.write(self.style.SUCCESS(f"Anchored record {head.sequence}."))
