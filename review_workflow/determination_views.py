"""The page where the secrecy administration's determination is recorded, letter uploaded
(the workflow dialog cannot carry a file)."""
from django.core.exceptions import PermissionDenied
from django.http import FileResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from gongkai.disclosure_pages.models import DisclosureItemPage

from .actions.record_determination import RecordDeterminationAction, determination_refusal
from .forms import DeterminationForm
from .models import OrganReviewGroups, SecrecyReviewRecord, SecrecyReviewTask
from .review_rules import ReviewRefused, pending_referral


def record_determination(request, page_id):
    page = get_object_or_404(Page, pk=page_id).specific
    task_state = page.current_workflow_task_state if isinstance(page, DisclosureItemPage) else None
    task = task_state.task.specific if task_state else None
    if not isinstance(task, SecrecyReviewTask) or not task.is_reviewer(request.user):
        raise PermissionDenied
    revision = page.get_latest_revision()
    refusal = determination_refusal(task, page, request.user)
    form = DeterminationForm(
        request.POST or None, request.FILES or None, page=page, initial={"revision": revision.pk}
    )
    if request.method == "POST" and not refusal and form.is_valid():
        try:
            RecordDeterminationAction(task_state, user=request.user, data=form.cleaned_data, task=task).execute()
        except ReviewRefused as refused:
            form.add_error(None, str(refused))
        else:
            messages.success(request, _("The determination of the secrecy administration was recorded."))
            return redirect("wagtailadmin_pages:edit", page.pk)
    context = {"page": page, "form": form, "refusal": refusal, "referral": pending_referral(page, revision)}
    return TemplateResponse(request, "review_workflow/record_determination.html", context)


def determination_letter(request, record_id):
    """The letter of a recorded determination, for the organ's secrecy reviewers and leaders
    (it never has a public URL)."""
    record = get_object_or_404(SecrecyReviewRecord, pk=record_id, determination_letter__isnull=False)
    review_groups = OrganReviewGroups.objects.filter(organ_id=record.organ_id).first()
    if not request.user.is_superuser and not (review_groups and review_groups.may_read_determination_letters(request.user)):
        raise PermissionDenied
    letter = record.determination_letter
    return FileResponse(letter.file.open("rb"), as_attachment=True, filename=str(letter))
