"""Operations on the catalogue index: rebuild, verify, repair (`manage.py catalogue_index`).

A rebuild fills a new versioned index while searches keep reading the old one through the
alias, then swaps the alias in one atomic request. Syncs during the rebuild write to both
indexes, and versions (see indexing) keep the rebuild's older readings from undoing them.
"""
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field

from elasticsearch import helpers

from .connection import client
from .documents import index_body
from .index_membership import belongs_in_public_index, live_items
from .index_names import alias_name, new_index_name, versioned_index_pattern
from .item_batches import CatalogueDocuments, item_rows
from .indexing import bulk_write, index_action, reading_version, sync_items

CHUNK_SIZE = 500


def chunks_of_live_items(chunk_size):
    """Live items in primary-key order, one chunk per query: streams, never loads them all.
    Yields (chunk, (first, last)): the chunk holds every live item with a key in that range."""
    last_pk = 0
    while True:
        chunk = item_rows(live_items().filter(pk__gt=last_pk).order_by("pk")[:chunk_size])
        if not chunk:
            return
        pk_range = (last_pk + 1, chunk[-1].pk)
        last_pk = chunk[-1].pk
        yield chunk, pk_range


class CatalogueIndexRebuild:
    """Build a new index from the database and swap the alias to it."""

    def __init__(self, chunk_size=CHUNK_SIZE, progress=None):
        self.chunk_size = chunk_size
        # Called with the number of items read, after reading and before writing them.
        self.progress = progress or (lambda count: None)

    def execute(self):
        es = client()
        name = new_index_name()
        body = index_body()
        body["settings"]["refresh_interval"] = "-1"
        es.indices.create(index=name, **body)
        indexed = 0
        catalogue_documents = CatalogueDocuments()
        # One chunk is written while the next is read, so the database, Python and
        # Elasticsearch work at the same time; at most two chunks are held.
        with ThreadPoolExecutor(max_workers=1) as writer:
            writing = None
            for chunk, pk_range in chunks_of_live_items(self.chunk_size):
                version = reading_version()
                public = [item for item in chunk if belongs_in_public_index(item)]
                documents = catalogue_documents.documents_for(public, pk_range)
                self.progress(len(chunk))
                if writing:
                    writing.result()
                writing = writer.submit(bulk_write, [index_action(name, document, version) for document in documents])
                indexed += len(documents)
            if writing:
                writing.result()
        es.indices.put_settings(index=name, settings={"refresh_interval": None})
        es.indices.refresh(index=name)
        self.swap_alias(name)
        return name, indexed

    def swap_alias(self, name):
        es = client()
        alias = alias_name()
        current = list(es.indices.get_alias(name=alias)) if es.indices.exists_alias(name=alias) else []
        actions = [{"remove": {"index": index, "alias": alias}} for index in current]
        actions.append({"add": {"index": name, "alias": alias}})
        es.indices.update_aliases(actions=actions)
        for index in es.indices.get(index=versioned_index_pattern()):
            if index != name:
                es.indices.delete(index=index, ignore_unavailable=True)


@dataclass
class Drift:
    """Differences between the database and the index, by page id."""

    missing: list[int] = field(default_factory=list)
    unexpected: list[int] = field(default_factory=list)
    stale: list[int] = field(default_factory=list)

    @property
    def page_ids(self):
        return sorted({*self.missing, *self.unexpected, *self.stale})

    def __bool__(self):
        return bool(self.page_ids)


def find_drift():
    """Which public items the index lacks, which it should not hold, which are out of date."""
    expected = {
        item.pk: item.live_revision_id
        for item in live_items()
        .only("pk", "live", "live_revision_id", "disclosure", "classification")
        .iterator(chunk_size=2000)
        if belongs_in_public_index(item)
    }
    indexed = {}
    if client().indices.exists_alias(name=alias_name()):
        indexed = {
            int(hit["_id"]): hit["_source"].get("revision_id")
            for hit in helpers.scan(client(), index=alias_name(), _source=["revision_id"], size=2000)
        }
    return Drift(
        missing=sorted(expected.keys() - indexed.keys()),
        unexpected=sorted(indexed.keys() - expected.keys()),
        stale=sorted(pk for pk in expected.keys() & indexed.keys() if expected[pk] != indexed[pk]),
    )


def repair_drift(drift, chunk_size=CHUNK_SIZE):
    """Sync every drifted page from the database."""
    page_ids = drift.page_ids
    for start in range(0, len(page_ids), chunk_size):
        sync_items(page_ids[start : start + chunk_size])
    return len(page_ids)
