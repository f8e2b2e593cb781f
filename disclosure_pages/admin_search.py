"""涉密信息不上网 in Wagtail's own search index: a state-secret record is never added
(DisclosureItemPage.get_indexed_instance) and is removed the moment it becomes one."""
import logging

from wagtail.search.backends import get_search_backends

from .visibility import is_state_secret

logger = logging.getLogger("gongkai.search")


def remove_state_secrets_from_search(sender, instance, raw=False, **kwargs):
    """post_save: drop a saved state-secret item from every auto-updated search backend."""
    from .models import DisclosureItemPage

    if raw or not isinstance(instance, DisclosureItemPage) or not is_state_secret(instance):
        return
    for backend in get_search_backends(with_auto_update=True):
        try:
            backend.delete(instance)
        except Exception:
            # The search node may be down; editing goes on, and the record was never indexable.
            logger.exception("Could not remove state-secret item %s from the search index", instance.pk)
