"""Check the secrecy review ledger's hash chain; exit non-zero if a record was altered or removed."""
from django.core.management.base import BaseCommand, CommandError

from review_workflow.ledger import verify_ledger
from review_workflow.models import SecrecyReviewRecord


class Command(BaseCommand):
    help = "Verify the hash chain of secrecy review records (审查台账)."

    def handle(self, *args, **options):
        problems = verify_ledger()
        for problem in problems:
            self.stderr.write(f"record {problem.sequence}: {problem.message}")
        if problems:
            raise CommandError(f"The review ledger has {len(problems)} problem(s).")
        count = SecrecyReviewRecord.objects.count()
        self.stdout.write(self.style.SUCCESS(f"The review ledger is intact ({count} records)."))
