"""What a finished workflow does (Wagtail's WAGTAIL_FINISH_WORKFLOW_ACTION): publish, as Wagtail
does, except a policy interpretation whose policy is not live yet. Its approved revision waits and
goes live with the policy (signal_handlers); publishing it now would be refused, and the leader's
sign-off with it."""
from wagtail.log_actions import log
from wagtail.workflows import publish_workflow_state

from .constants import AWAITS_POLICY_LOG_ACTION


def publish_unless_awaiting_policy(workflow_state, user=None):
    # Imported here: Wagtail resolves this function while its own models load, before ours may.
    from .interpretations import awaits_its_policy

    # A page comes as its base Page; a snippet under a workflow has no `specific` and is never an interpretation.
    obj = workflow_state.content_object
    obj = getattr(obj, "specific", obj)
    if awaits_its_policy(obj):
        log(instance=obj, action=AWAITS_POLICY_LOG_ACTION, user=user, revision=obj.get_latest_revision())
        return
    publish_workflow_state(workflow_state, user=user)
