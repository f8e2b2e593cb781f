"""Names of the catalogue index: the alias searches read, and the versioned indexes behind it
(a rebuild fills a new one, then swaps the alias to it)."""
from django.utils import timezone

from . import conf


def alias_name():
    """The alias searches read: `{prefix}-catalogue`."""
    return f"{conf.get('GONGKAI_INDEX_PREFIX')}-catalogue"


def versioned_index_pattern():
    return f"{alias_name()}-v*"


def new_index_name():
    return f"{alias_name()}-v{timezone.now():%Y%m%d%H%M%S%f}"
