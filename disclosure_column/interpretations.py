"""政策解读 三同步 in the column: a policy that needs an interpretation first goes live only
together with one; an interpretation is never public before the policy it explains; when a
policy goes live, its reviewed interpretations go live in the same transaction."""
from contextlib import contextmanager
from contextvars import ContextVar

from django.utils.translation import gettext as _

from gongkai.disclosure_pages.models import DisclosureItemPage, PolicyInterpretationPage
from gongkai.disclosure_pages.publication import publication_refusal

# The policy being checked for going live: its interpretations are judged as if it were live.
policy_going_live = ContextVar("policy_going_live", default=None)


@contextmanager
def as_if_live(policy):
    token = policy_going_live.set(policy.pk)
    try:
        yield
    finally:
        policy_going_live.reset(token)


def pending_interpretations(policy):
    """The policy's interpretations whose latest content is not live yet (new or changed); none
    for other gated content (an interpretation, an annual report)."""
    if not isinstance(policy, DisclosureItemPage) or isinstance(policy, PolicyInterpretationPage) or policy.pk is None:
        return []
    return [
        interpretation
        for interpretation in PolicyInterpretationPage.objects.filter(interpreted_policies__policy=policy).distinct()
        if interpretation.has_unpublished_changes or not interpretation.live
    ]


def ready_interpretations(policy):
    """Pending interpretations whose latest revision may go live with the policy."""
    with as_if_live(policy):
        return [
            interpretation
            for interpretation in pending_interpretations(policy)
            if publication_refusal(interpretation.get_latest_revision().as_object()) is None
        ]


def needs_interpretation_now(policy):
    return policy.needs_interpretation and not policy.no_interpretation_reason.strip()


def policy_without_interpretation_refusal(page):
    """check_disclosure_publication: a policy needing an interpretation first goes live only with one
    that is live or goes live with it. Once live it stays servable (a later withdrawal of its
    interpretation is the report's business, not the reader's)."""
    if not isinstance(page, DisclosureItemPage) or isinstance(page, PolicyInterpretationPage):
        return None
    if not needs_interpretation_now(page) or page.pk is None:
        return None
    if DisclosureItemPage.objects.filter(pk=page.pk, live=True).exists():
        return None
    if PolicyInterpretationPage.objects.filter(interpreted_policies__policy=page, live=True).exists():
        return None
    if ready_interpretations(page):
        return None
    return _(
        "This policy needs a policy interpretation that goes live with it: the interpretation "
        "must pass review together with the policy."
    )


def interpretation_before_policy_refusal(page):
    """check_disclosure_publication: an interpretation goes live with its policy or after it."""
    if not isinstance(page, PolicyInterpretationPage):
        return None
    policy_ids = {link.policy_id for link in page.interpreted_policies.all()} - {policy_going_live.get()}
    if DisclosureItemPage.objects.filter(pk__in=policy_ids, live=False).exists():
        return _("A policy interpretation goes live together with its policy, never before it.")
    return None


def awaits_its_policy(page):
    """An interpretation approved while a policy it explains is not live: it goes live with that policy."""
    return interpretation_before_policy_refusal(page) is not None


def review_companions(page):
    """secrecy_review_companions: a policy's pending interpretations are reviewed with it."""
    return pending_interpretations(page)
