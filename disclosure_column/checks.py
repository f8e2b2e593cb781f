"""System checks of what the column needs from the site's settings."""
from django.conf import settings
from django.core.checks import Warning, register

FINISH_WORKFLOW_ACTION = "gongkai.disclosure_column.workflow_finish.publish_unless_awaiting_policy"


@register()
def interpretations_wait_for_their_policy(app_configs, **kwargs):
    if getattr(settings, "WAGTAIL_FINISH_WORKFLOW_ACTION", None) == FINISH_WORKFLOW_ACTION:
        return []
    return [
        Warning(
            "WAGTAIL_FINISH_WORKFLOW_ACTION is not the column's: a leader's sign-off of a policy "
            "interpretation whose policy is not live yet is refused instead of waiting for the policy.",
            hint=f'Set WAGTAIL_FINISH_WORKFLOW_ACTION = "{FINISH_WORKFLOW_ACTION}" (README).',
            id="disclosure_column.W001",
        )
    ]
