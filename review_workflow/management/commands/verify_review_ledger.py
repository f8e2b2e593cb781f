"""Check the secrecy review ledger; exit non-zero if a record was altered, removed or forged."""
from django.core.management.base import BaseCommand, CommandError

from gongkai.review_workflow.ledger_verification import verify_ledger
from gongkai.review_workflow.models import SecrecyReviewRecord


class Command(BaseCommand):
    help = (
        "Verify the secrecy review ledger (审查台账): hash chain, record signatures, "
        "page history and the anchors written outside the database."
    )

    def handle(self, *args, **options):
        problems = verify_ledger()
        for problem in problems:
            self.stderr.write(f"record {problem.sequence}: {problem.message}")
        if problems:
            raise CommandError(f"The review ledger has {len(problems)} problem(s).")
        count = SecrecyReviewRecord.objects.count()
        self.stdout.write(self.style.SUCCESS(f"The review ledger is intact ({count} records)."))
