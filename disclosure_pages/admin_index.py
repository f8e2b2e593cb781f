"""What Wagtail's admin search index may hold (涉密信息不上网, the admin's index included).

An item is left out when it is a state secret as saved, or when its latest draft makes it one:
a draft reclassified to 绝密 keeps its old title and body in the page row until it is
published, and those must leave the index at once.
"""
from types import SimpleNamespace

from django.db.models import Q

from .choices import Classification, WithholdingReason
from .visibility import is_state_secret

CLASSIFIED = [value for value in Classification.values if value != Classification.NONE]


def may_be_in_admin_index(item):
    if is_state_secret(item):
        return False
    draft = latest_draft_fields(item)
    return draft is None or not is_state_secret(draft)


def latest_draft_fields(item):
    """The latest revision's classification fields, read from its content (the page may be
    being deleted, so the revision is not turned back into a page)."""
    from wagtail.models import Revision

    if item.latest_revision_id is None:
        return None
    content = Revision.objects.filter(pk=item.latest_revision_id).values_list("content", flat=True).first()
    if content is None:
        return None
    return SimpleNamespace(
        reason=content.get("reason", ""), classification=content.get("classification", Classification.NONE)
    )


def without_state_secrets(items):
    """`items` (a queryset) without those `may_be_in_admin_index` leaves out, in one query."""
    return items.exclude(reason=WithholdingReason.STATE_SECRET).filter(classification=Classification.NONE).exclude(
        Q(latest_revision__content__reason=WithholdingReason.STATE_SECRET)
        | Q(latest_revision__content__classification__in=CLASSIFIED)
    )
