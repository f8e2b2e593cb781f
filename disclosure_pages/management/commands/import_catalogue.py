"""Import a legacy catalogue file (.jsonl, .csv, .xlsx); see gongkai.disclosure_pages.actions.import_rows.

With --legacy-published, each public item gets its review record (marked as a legacy import)
before it is published, from the app that plugs into the `before_legacy_publication` hook
(gongkai.review_workflow).
"""
import sys
import time

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from gongkai.disclosure_pages.import_references import has_placeholder_code
from gongkai.disclosure_pages.actions.import_rows import ImportRowsAction, ImportRowsError
from gongkai.disclosure_pages.importing import read_rows


class Command(BaseCommand):
    help = "Import disclosure items from a .jsonl, .csv or .xlsx file."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument("--legacy-published", action="store_true",
                            help="Publish the public items (主动公开, 非密) with a legacy review record.")
        parser.add_argument("--reviewer", help="Username answering for the legacy review (with --legacy-published).")
        parser.add_argument("--basis", help="Basis of the legacy review, e.g. the approval of the migration.")
        parser.add_argument("--create-missing", action="store_true",
                            help="Create unknown organs, topics and genres instead of refusing their rows.")
        parser.add_argument("--user", help="Username recorded as the author of the imported revisions.")
        parser.add_argument("--no-submit", action="store_true", help="Leave drafts out of the review workflow.")

    def handle(self, *args, **options):
        user = self.user(options["user"])
        reviewer = None
        if options["legacy_published"]:
            if not options["reviewer"] or not options["basis"]:
                raise CommandError("--legacy-published needs --reviewer and --basis.")
            reviewer = self.user(options["reviewer"])
            user = user or reviewer
        try:
            rows = read_rows(options["file"])
        except (OSError, ValueError) as error:
            raise CommandError(str(error))
        started = time.monotonic()
        action = ImportRowsAction(
            tqdm(rows, file=sys.stderr, unit="row", disable=options["verbosity"] == 0),
            user=user,
            create_missing=options["create_missing"],
            legacy_published=options["legacy_published"],
            legacy_reviewer=reviewer,
            legacy_basis=options["basis"] or "",
            submit_for_review=not options["no_submit"],
        )
        try:
            # Whoever runs the command on the server answers for the import; --user only
            # names the author of the revisions.
            report = action.execute(skip_permission_checks=True)
        except ImportRowsError as error:
            raise CommandError(str(error))
        elapsed = time.monotonic() - started
        for error in report.errors:
            self.stderr.write(str(error))
        for organ in report.created_organs:
            if has_placeholder_code(organ):
                self.stderr.write(f"Organ {organ.name} was created with the placeholder code {organ.code}; enter its real code.")
        self.stdout.write(
            f"{report.created} created ({report.published} published), {report.existing} already imported, "
            f"{len(report.errors)} refused; {len(rows) / elapsed if elapsed else 0:.0f} rows/s."
        )

    @staticmethod
    def user(username):
        if not username:
            return None
        try:
            return get_user_model().objects.get_by_natural_key(username)
        except get_user_model().DoesNotExist:
            raise CommandError(f"No user {username}.")
