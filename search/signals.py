"""Signals of the catalogue search, for sites that follow the public index."""
from django.dispatch import Signal

# Sent by actions.rebuild_index once the alias points at the new index.
# Arguments: index_name, indexed (the number of documents), user (or None from a command).
catalogue_index_rebuilt = Signal()
