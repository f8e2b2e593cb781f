"""The one answer to "may this item be public?" (主动公开 and 非密, nothing else)."""
from .choices import Classification, Disclosure, WithholdingReason


def may_be_public(item):
    """True only for a 主动公开 item that carries no classification (非密).

    Publishing, indexing, feeds and the sitemap all ask this function.
    """
    return item.disclosure == Disclosure.PUBLIC and item.classification == Classification.NONE


def is_state_secret(item):
    """涉密信息不上网: a state-secret item is a metadata-only record, in no index."""
    return (
        item.reason == WithholdingReason.STATE_SECRET
        or item.classification != Classification.NONE
    )
