"""Rebuilding the public catalogue index (`manage.py catalogue_index rebuild`).

A rebuild fills a new versioned index while searches keep reading the old one through the
alias, then swaps the alias in one atomic request. Syncs during the rebuild write to both
indexes, and versions (see indexing) keep the rebuild's older readings from undoing them.
"""
import logging
from concurrent.futures import ThreadPoolExecutor

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.actions.base import BaseAction

from ..connection import client
from gongkai.disclosure_pages.constants import SEARCH_LOGGER

from ..documents import index_body
from ..index_membership import belongs_in_public_index
from ..index_names import alias_name, new_index_name, versioned_index_pattern
from ..item_batches import CatalogueDocuments
from ..index_operations import CHUNK_SIZE, chunks_of_live_items
from ..indexing import bulk_write, index_action, reading_version
from ..signals import catalogue_index_rebuilt

logger = logging.getLogger(SEARCH_LOGGER)


class RebuildIndexError(PermissionDenied):
    """The catalogue index cannot be rebuilt as asked."""


class RebuildIndexPermissionError(RebuildIndexError):
    """Only superusers rebuild the index: a rebuild reads every organ's items."""


class RebuildIndexAction(BaseAction):
    """Build a new index from the database and swap the alias to it. Returns the new index's
    name and how many documents it holds."""

    action_name = "rebuild_index"
    permission_error_class = RebuildIndexPermissionError

    def __init__(self, *, user=None, chunk_size=CHUNK_SIZE, progress=None):
        super().__init__(None, user=user)
        self.chunk_size = chunk_size
        # Called with the number of items read, after reading and before writing them.
        self.progress = progress or (lambda count: None)

    def check(self, skip_permission_checks=False):
        if self.user and not skip_permission_checks and not self.user.is_superuser:
            raise RebuildIndexPermissionError(_("Only administrators rebuild the catalogue index."))

    def execute(self, skip_permission_checks=False):
        self.check(skip_permission_checks=skip_permission_checks)
        name, indexed = self._build()
        self._swap_alias(name)
        logger.info("Catalogue index rebuilt by %s: %s documents in %s", self.user or "a command", indexed, name)
        self._after_rebuild(name, indexed)
        return name, indexed

    def _build(self):
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
        return name, indexed

    def _swap_alias(self, name):
        es = client()
        alias = alias_name()
        current = list(es.indices.get_alias(name=alias)) if es.indices.exists_alias(name=alias) else []
        actions = [{"remove": {"index": index, "alias": alias}} for index in current]
        actions.append({"add": {"index": name, "alias": alias}})
        es.indices.update_aliases(actions=actions)
        for index in es.indices.get(index=versioned_index_pattern()):
            if index != name:
                es.indices.delete(index=index, ignore_unavailable=True)

    def _after_rebuild(self, name, indexed):
        catalogue_index_rebuilt.send(sender=type(self), index_name=name, indexed=indexed, user=self.user)
