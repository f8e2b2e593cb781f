"""Receivers of the column: a policy that goes live takes its reviewed interpretations along."""
from wagtail.log_actions import log
from wagtail.signals import page_published

from gongkai.disclosure_pages.models import DisclosureItemPage, PolicyInterpretationPage

from .constants import PUBLISHED_WITH_POLICY_LOG_ACTION
from .interpretations import as_if_live, ready_interpretations


def publish_interpretations_with_policy(sender, instance, revision=None, **kwargs):
    """Inside the policy's publication, one transaction whatever path publishes (the item model's
    publish): each interpretation reviewed with it goes live now, or the whole publication fails."""
    if not isinstance(instance, DisclosureItemPage) or isinstance(instance, PolicyInterpretationPage):
        return
    user = revision.user if revision is not None else None
    with as_if_live(instance):
        for interpretation in ready_interpretations(instance):
            interpretation.get_latest_revision().publish(user=user, skip_permission_checks=True)
            log(instance=interpretation, action=PUBLISHED_WITH_POLICY_LOG_ACTION, user=user, data={"policy": instance.pk})


def register_signal_handlers():
    page_published.connect(publish_interpretations_with_policy, dispatch_uid="gongkai-column-interpretations")
