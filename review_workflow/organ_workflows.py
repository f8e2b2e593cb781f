"""Each organ's default review workflow (信息公开发布审核), made when setup_organ runs.

The steps come from the setting GONGKAI_REVIEW_STEPS (roles of the organ's groups, in order);
the secrecy review is always one of them. With the drafter, the chain has 2 to 4 levels.
"""
from django.conf import settings
from django.contrib.auth.models import Permission
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import GroupApprovalTask, Workflow, WorkflowPage, WorkflowTask

from gongkai.disclosure_pages.constants import LEADERS, SECRECY_REVIEWERS, SECTION_HEADS

from . import conf
from .constants import REVIEW_STEP_ROLES
from .models import OrganReviewGroups, SecrecyReviewTask


def step_names():
    return {
        SECTION_HEADS: _("Section review"),
        SECRECY_REVIEWERS: _("Secrecy review"),
        LEADERS: _("Leader sign-off"),
    }


def review_steps():
    steps = list(conf.get("GONGKAI_REVIEW_STEPS"))
    if SECRECY_REVIEWERS not in steps:
        raise ImproperlyConfigured(f"GONGKAI_REVIEW_STEPS must include the secrecy review ({SECRECY_REVIEWERS}).")
    unknown = set(steps) - set(REVIEW_STEP_ROLES)
    if unknown or len(set(steps)) != len(steps):
        raise ImproperlyConfigured(
            f"GONGKAI_REVIEW_STEPS lists each of {list(REVIEW_STEP_ROLES)} at most once; got {steps}."
        )
    return steps


def make_task(role, organ, group):
    name = f"{step_names()[role]}（{organ.short_name or organ.name}）"
    if role == SECRECY_REVIEWERS:
        task, _created = SecrecyReviewTask.objects.get_or_create(name=name, organ=organ)
    else:
        task, _created = GroupApprovalTask.objects.get_or_create(name=name)
    task.groups.set([group])
    return task


@transaction.atomic
def set_up_review_workflow(organ, catalogue, groups):
    """Create (or bring up to date) the organ's workflow and assign it to its catalogue."""
    with translation.override(settings.LANGUAGE_CODE):
        existing = OrganReviewGroups.objects.filter(organ=organ).first()
        workflow_name = _("Disclosure publication review")
        workflow = existing.workflow if existing else Workflow.objects.create(
            name=f"{workflow_name}（{organ.short_name or organ.name}）"
        )
        workflow.workflow_tasks.all().delete()
        for order, role in enumerate(review_steps()):
            WorkflowTask.objects.create(
                workflow=workflow, task=make_task(role, organ, groups[role]), sort_order=order
            )
    OrganReviewGroups.objects.update_or_create(
        organ=organ,
        defaults={
            "section_heads": groups[SECTION_HEADS],
            "secrecy_reviewers": groups[SECRECY_REVIEWERS],
            "leaders": groups[LEADERS],
            "workflow": workflow,
        },
    )
    WorkflowPage.objects.update_or_create(page=catalogue, defaults={"workflow": workflow})
    ledger_view = Permission.objects.get(
        content_type__app_label="review_workflow", codename="view_secrecyreviewrecord"
    )
    for role in (SECRECY_REVIEWERS, LEADERS):
        groups[role].permissions.add(ledger_view)
    return workflow


def on_organ_set_up(sender, organ, catalogue, groups, **kwargs):
    set_up_review_workflow(organ, catalogue, groups)
