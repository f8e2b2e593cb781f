"""What a finished workflow does (Wagtail's WAGTAIL_FINISH_WORKFLOW_ACTION): publish, as Wagtail
does, except a policy interpretation whose policy is not live yet. Its approved revision waits and
goes live with the policy (signal_handlers); publishing it now would be refused, and the leader's
sign-off with it."""
from wagtail.log_actions import log
from wagtail.workflows import publish_workflow_state

from .constants import AWAITS_POLICY_LOG_ACTION


def publish_unless_awaiting_policy(workflow_state, user=None):
    # Imported here: Wagtail resolves this function while its own models load, before ours may.
    from django.contrib.contenttypes.models import ContentType

    from gongkai.disclosure_pages.models import DisclosureItemPage

    from .interpretations import awaits_its_policy

    # Other pages and snippets are published as Wagtail does, at no extra query (content types are cached).
    if issubclass(ContentType.objects.get_for_id(workflow_state.content_type_id).model_class() or object, DisclosureItemPage):
        page = workflow_state.content_object.specific
        if awaits_its_policy(page):
            log(instance=page, action=AWAITS_POLICY_LOG_ACTION, user=user, revision=page.get_latest_revision())
            return
    publish_workflow_state(workflow_state, user=user)
