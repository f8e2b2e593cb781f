"""`manage.py catalogue_index rebuild|verify|sync`: operate the public catalogue index."""
from django.core.management.base import BaseCommand, CommandError
from tqdm import tqdm

from gongkai.search.connection import is_unavailable
from gongkai.search.actions.rebuild_index import RebuildIndexAction
from gongkai.search.index_membership import live_items
from gongkai.search.index_operations import fields_missing_from_index, find_drift, repair_drift


class Command(BaseCommand):
    help = (
        "rebuild: load a new index from the database and swap the alias to it; "
        "verify: list drift between the database and the index; sync: repair that drift."
    )

    def add_arguments(self, parser):
        parser.add_argument("action", choices=["rebuild", "verify", "sync"])
        parser.add_argument("--chunk-size", type=int, default=500)
        parser.add_argument("--no-progress", action="store_true", help="No progress bar (logs, CI).")

    def handle(self, action, chunk_size, no_progress, **options):
        try:
            getattr(self, action)(chunk_size=chunk_size, progress=not no_progress)
        except Exception as error:
            if is_unavailable(error):
                raise CommandError(f"Elasticsearch is unavailable: {error}") from error
            raise

    def rebuild(self, chunk_size, progress):
        with tqdm(
            total=live_items().count(), unit="items", disable=not progress, file=self.stderr
        ) as bar:
            name, indexed = RebuildIndexAction(chunk_size=chunk_size, progress=bar.update).execute()
        self.stdout.write(self.style.SUCCESS(f"Indexed {indexed} public items into {name}; alias swapped."))

    def refuse_an_outdated_mapping(self):
        missing = fields_missing_from_index()
        if missing:
            raise CommandError(
                f"The catalogue index predates the fields {', '.join(missing)}: it refuses every item "
                "until `catalogue_index rebuild` builds it with the current mapping."
            )

    def verify(self, **options):
        self.refuse_an_outdated_mapping()
        drift = find_drift()
        for label, page_ids in (
            ("missing from the index", drift.missing),
            ("in the index but not public", drift.unexpected),
            ("out of date in the index", drift.stale),
        ):
            self.stdout.write(f"{label}: {len(page_ids)}" + (f" (page ids {page_ids[:50]})" if page_ids else ""))
        if drift:
            raise CommandError("The catalogue index has drifted; run `catalogue_index sync`.")
        self.stdout.write(self.style.SUCCESS("The catalogue index matches the database."))

    def sync(self, chunk_size, **options):
        self.refuse_an_outdated_mapping()
        repaired = repair_drift(find_drift(), chunk_size=chunk_size)
        self.stdout.write(self.style.SUCCESS(f"Synced {repaired} drifted items."))
