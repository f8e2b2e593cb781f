"""Verifying and repairing the catalogue index (`manage.py catalogue_index verify|sync`);
the rebuild is actions.rebuild_index.
"""
from dataclasses import dataclass, field

from elasticsearch import helpers

from .connection import client
from .documents import index_body
from .index_membership import belongs_in_public_index, live_items
from .index_names import alias_name
from .item_batches import item_rows
from .indexing import sync_items

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


def fields_missing_from_index():
    """Fields of the document that the live index's mapping lacks: an index built before they were
    added (an upgraded site). Its strict mapping refuses every document until a rebuild."""
    if not client().indices.exists_alias(name=alias_name()):
        return []
    expected = set(index_body()["mappings"]["properties"])
    mappings = client().indices.get_mapping(index=alias_name()).values()
    return sorted({name for mapping in mappings for name in expected - set(mapping["mappings"].get("properties", {}))})


def repair_drift(drift, chunk_size=CHUNK_SIZE):
    """Sync every drifted page from the database."""
    page_ids = drift.page_ids
    for start in range(0, len(page_ids), chunk_size):
        sync_items(page_ids[start : start + chunk_size])
    return len(page_ids)
