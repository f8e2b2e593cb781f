"""The secrecy-review part of "may this be public now?" (先审查、后公开).

Content may be public while the latest decision on exactly that content (its fingerprint:
fields, revision content and the bytes of every file it carries) is a passing one, and no
withdrawal (撤稿) of the item came after that decision. A later 不予公开 or a referral on the
same content revokes an approval; so does a withdrawal, after which only a new review lets
the content out again. gongkai.disclosure_pages.publication asks this through the
`check_disclosure_publication_among` hook, on every path that publishes and every path that
serves: for one page, or at once for a public result list.
"""
from django.utils.translation import gettext as _
from wagtail.models import PageLogEntry

from .constants import SECRECY_REVIEW_ACTION, WITHDRAW_ACTION
from .fingerprints import fingerprints_among
from .ledger import record_verifies
from .models import SecrecyReviewRecord


def latest_trusted_decisions(contents):
    """The newest ledger record deciding on each (page id, fingerprint) of `contents`, by that pair.

    Only records the ledger verifies (content hash and keyed signature) count: a record
    written into the database by anyone without the ledger key is ignored.
    """
    records = SecrecyReviewRecord.objects.filter(
        page_id__in={page_id for page_id, _fingerprint in contents},
        fingerprint__in={fingerprint for _page_id, fingerprint in contents},
    ).order_by("-sequence")
    latest = {}
    for record in records:
        content = (record.page_id, record.fingerprint)
        if content in contents and content not in latest and record_verifies(record):
            latest[content] = record
    return latest


def review_history(page_ids):
    """The secrecy-review and withdrawal entries of the pages' history, as (action, sequence,
    page id, id). Read through the page index, the action picked here: filtered on
    its action, SQLite's planner walks every review entry of the site instead."""
    entries = PageLogEntry.objects.filter(page_id__in=page_ids).order_by()
    return [
        entry
        for entry in entries.values_list("action", "data__sequence", "page_id", "pk")
        if entry[0] in {SECRECY_REVIEW_ACTION, WITHDRAW_ACTION}
    ]


def decision_entry_ids(records, history):
    """The page-history entry that noted each decision, by record sequence: its id orders the
    decision against withdrawals (record times are kept to the second, too coarse to order
    events). Of two entries naming one decision, the first counts: an entry written after a
    withdrawal never makes the decision newer than it."""
    by_sequence = {record.sequence: record.page_id for record in records}
    first = {}
    for action, sequence, page_id, entry_id in history:
        # A sequence that is no number (a hand-written entry) notes no decision.
        if action != SECRECY_REVIEW_ACTION or not isinstance(sequence, int | float) or by_sequence.get(sequence) != page_id:
            continue
        first[sequence] = min(entry_id, first.get(sequence, entry_id))
    return first


def last_withdrawal_ids(history):
    """The history entry of each page's latest withdrawal (撤稿), by page id, for pages withdrawn."""
    last = {}
    for action, _sequence, page_id, entry_id in history:
        if action == WITHDRAW_ACTION:
            last[page_id] = max(entry_id, last.get(page_id, entry_id))
    return last


def passing_among(pages):
    """has_passing_review for each of `pages`, in order, in a few queries for the whole list: the
    latest trusted decision on each page's content as it stands passes it, and no withdrawal came
    after that decision (without the decision's history entry to compare with, any withdrawal
    counts: a missing entry never lets content out)."""
    fingerprints = iter(fingerprints_among([page for page in pages if page.pk is not None]))
    contents = [(page.pk, next(fingerprints)) if page.pk is not None else None for page in pages]
    decisions = latest_trusted_decisions(set(contents) - {None}) if any(contents) else {}
    passed = [record for record in decisions.values() if record.passed]
    history = review_history({record.page_id for record in passed}) if passed else []
    entry_ids = decision_entry_ids(passed, history)
    withdrawn = last_withdrawal_ids(history)

    def passes(record):
        if record is None or not record.passed:
            return False
        last_withdrawal = withdrawn.get(record.page_id)
        if last_withdrawal is None:
            return True
        entry_id = entry_ids.get(record.sequence)
        return entry_id is not None and last_withdrawal < entry_id

    return [passes(decisions.get(content)) for content in contents]


def has_passing_review(page):
    """True while the latest decision on `page`'s content as it stands passes it, unrevoked."""
    return passing_among([page])[0]


def secrecy_review_refusals_among(pages):
    """Why each of `pages`' content may not be public (先审查、后公开), in order; None where a review passed it."""
    refusal = _(
        "This content has not passed a secrecy review. Submit it for review; any change made "
        "after a review needs a new review before it can be published."
    )
    return [None if passes else refusal for passes in passing_among(pages)]

