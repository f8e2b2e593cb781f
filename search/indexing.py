"""Writing items to the catalogue index, always from what the database says now.

Every write carries an external version: the time (µs) at which the database was read. An
older reading can never overwrite a newer one, and a delete leaves a tombstone with its
version, so a rebuild streaming old rows never undoes a sync that happened meanwhile. Writes
go to every versioned catalogue index, including one a rebuild is filling.
"""
import logging
import time

from elasticsearch import helpers

from gongkai.disclosure_pages.constants import SEARCH_LOGGER
from gongkai.disclosure_pages.models import DisclosureItemPage, PolicyInterpretationLink

from .connection import client
from .documents import index_body
from .index_membership import belongs_in_public_index
from .index_names import alias_name, new_index_name, versioned_index_pattern
from .item_batches import documents_for, item_rows

logger = logging.getLogger(SEARCH_LOGGER)

VERSION_CONFLICT = 409


def reading_version():
    """The version of what the database says from this moment on."""
    return time.time_ns() // 1000


def ensure_index():
    """Create the first versioned index and its alias if there is none yet."""
    es = client()
    if es.indices.exists_alias(name=alias_name()):
        return
    name = new_index_name()
    es.indices.create(index=name, **index_body(), aliases={alias_name(): {}})


def target_indices():
    """Every versioned catalogue index: the live one and any a rebuild is filling."""
    return sorted(client().indices.get(index=versioned_index_pattern(), expand_wildcards="open"))


def index_action(index, document, version):
    return {
        "_op_type": "index",
        "_index": index,
        "_id": str(document["page_id"]),
        "version": version,
        "version_type": "external_gte",
        "_source": document,
    }


def delete_action(index, page_id, version):
    return {
        "_op_type": "delete",
        "_index": index,
        "_id": str(page_id),
        "version": version,
        "version_type": "external_gte",
    }


def bulk_write(actions, refresh=False):
    """Send actions; returns the ids of the pages whose document Elasticsearch refused.

    A version conflict means a newer reading is already there, which is fine. A document
    refused for what it holds (a 4xx answer) is logged and left out, so one bad item never
    keeps the others of its batch out of the index; `catalogue_index verify` lists it as
    missing. A refusal for load or a failing shard (429, 5xx) fails the whole write.
    """
    _, errors = helpers.bulk(
        client(), actions, raise_on_error=False, raise_on_exception=True, refresh=refresh
    )
    errors = [error for error in errors if _status(error) not in (VERSION_CONFLICT, 404)]
    if any(_status(error) == 429 or _status(error) >= 500 for error in errors):
        raise IndexingFailed(errors)
    refused = set()
    for error in errors:
        outcome = next(iter(error.values()))
        refused.add(int(outcome["_id"]))
        reason = outcome.get("error", {})
        logger.error(
            "The catalogue index refused page %s: %s: %s",
            outcome["_id"],
            reason.get("type"),
            str(reason.get("reason", ""))[:200],
        )
    return refused


class IndexingFailed(Exception):
    """Elasticsearch could not take documents right now (overloaded or a shard failing)."""


def _status(error):
    return next(iter(error.values())).get("status") or 500


def sync_items(page_ids, refresh=False):
    """Make the index agree with the database about these pages; returns the refused ones.

    The policies an interpretation explains are synced with it: they list their interpretations.
    """
    ensure_index()
    version = reading_version()
    page_ids = set(page_ids) | set(
        PolicyInterpretationLink.objects.filter(interpretation_id__in=page_ids).values_list("policy_id", flat=True)
    )
    items = [
        item for item in item_rows(DisclosureItemPage.objects.filter(pk__in=page_ids)) if belongs_in_public_index(item)
    ]
    documents = documents_for(items)
    removed = page_ids - {document["page_id"] for document in documents}
    # Targets are read after the database: an index created later is filled by a rebuild
    # whose reading is newer than ours.
    targets = target_indices()
    actions = [index_action(index, document, version) for index in targets for document in documents]
    actions += [delete_action(index, page_id, version) for index in targets for page_id in removed]
    refused = bulk_write(actions, refresh=refresh)
    # An older document of a refused page would go on showing content the page no longer has.
    bulk_write([delete_action(index, page_id, version) for index in targets for page_id in refused], refresh=refresh)
    return refused
