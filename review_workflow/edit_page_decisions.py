"""A secrecy review decided from the edit page: refusals are explained before Wagtail's edit
view saves anything, instead of the bare "no permission" its workflow action would answer."""
import json

from django.shortcuts import redirect
from django.utils.translation import gettext as _
from wagtail.admin import messages

from .models import SecrecyReviewTask
from .review_rules import reviewer_refusal, seen_revision_refusal


def posted_review_decision(request, page):
    """The task and the decision's data if this request approves a secrecy review step."""
    if request.method != "POST" or not request.POST.get("action-workflow-action"):
        return None, None
    task_state = page.current_workflow_task_state
    task = task_state.task.specific if task_state else None
    if not isinstance(task, SecrecyReviewTask) or request.POST.get("workflow-action-name") != "approve":
        return None, None
    try:
        data = json.loads(request.POST.get("workflow-action-extra-data") or "{}")
    except ValueError:
        data = None
    return task, data if isinstance(data, dict) else {}


def content_changed(request, page):
    """Whether the posted edit form changes the content (the reviewer edited while reviewing)."""
    latest = page.get_latest_revision_as_object()
    form_class = latest.get_edit_handler().get_form_class()
    form = form_class(
        request.POST, request.FILES, instance=latest, for_user=request.user, parent_page=page.get_parent()
    )
    return form.is_valid() and form.has_changed()


def edit_page_refusal(request, page):
    task, data = posted_review_decision(request, page)
    if task is None:
        return None
    page = page.specific
    refusal = reviewer_refusal(task, page, page.get_latest_revision(), request.user)
    refusal = refusal or seen_revision_refusal(page, data.get("revision"))
    if refusal is None and content_changed(request, page):
        refusal = _(
            "You changed the content while reviewing it, so you may not approve it: a reviewer never "
            "approves their own words. Nothing was saved. Save your changes as a draft (another "
            "secrecy reviewer then reviews them), or approve without changing anything."
        )
    if refusal is None:
        return None
    messages.error(request, refusal)
    return redirect("wagtailadmin_pages:edit", page.pk)
