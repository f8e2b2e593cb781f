"""The secrecy-review part of "may this be public now?" (先审查、后公开).

Content may be public while the latest decision on exactly that content (its fingerprint:
fields, revision content and the bytes of every file it carries) is a passing one, and no
withdrawal (撤稿) of the item came after that decision. A later 不予公开 or a referral on the
same content revokes an approval; so does a withdrawal, after which only a new review lets
the content out again. gongkai.disclosure_pages.publication asks this through the
`check_disclosure_publication` hook, on every path that publishes and every path that serves.
"""
from django.utils.translation import gettext as _
from wagtail.models import PageLogEntry

from .fingerprints import content_fingerprint
from .constants import SECRECY_REVIEW_ACTION, WITHDRAW_ACTION
from .ledger import verified_records
from .models import SecrecyReviewRecord


def trusted_decisions(page_id, fingerprint):
    """The ledger records deciding on this content of this page, newest first.

    Only records the ledger verifies (content hash and keyed signature) count: a record
    written into the database by anyone without the ledger key is ignored.
    """
    return verified_records(
        SecrecyReviewRecord.objects.filter(page_id=page_id, fingerprint=fingerprint).order_by("-sequence")
    )


def decision_entry_id(record):
    """The page-history entry that noted the decision: its id orders it against withdrawals
    (record times are kept to the second, too coarse to order events)."""
    return (
        PageLogEntry.objects.filter(
            page_id=record.page_id, action=SECRECY_REVIEW_ACTION, data__sequence=record.sequence
        )
        .values_list("pk", flat=True)
        .first()
    )


def withdrawn_since(record):
    """A withdrawal of the page came after `record`; without the record's history entry to
    compare with, any withdrawal counts (a missing entry never lets content out)."""
    withdrawals = PageLogEntry.objects.filter(page_id=record.page_id, action=WITHDRAW_ACTION)
    entry_id = decision_entry_id(record)
    if entry_id is not None:
        withdrawals = withdrawals.filter(pk__gt=entry_id)
    return withdrawals.exists()


def has_passing_review(page):
    """True while the latest decision on `page`'s content as it stands passes it, unrevoked."""
    if page.pk is None:
        return False
    decisions = trusted_decisions(page.pk, content_fingerprint(page))
    return bool(decisions) and decisions[0].passed and not withdrawn_since(decisions[0])


def secrecy_review_refusal(page):
    """Why `page`'s content may not be public (先审查、后公开), or None if a review passed it."""
    if has_passing_review(page):
        return None
    return _(
        "This content has not passed a secrecy review. Submit it for review; any change made "
        "after a review needs a new review before it can be published."
    )
