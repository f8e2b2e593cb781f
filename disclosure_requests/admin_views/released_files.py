"""Released files in the admin (a handler attaches one on the case page, admin_views.cases): the
organ's secrecy reviewers list the files awaiting their review, open one (its bytes and their SHA-256) and
approve exactly those bytes or refuse the file with a reason. A file of another organ answers
404 (it never says the file exists)."""
from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _, gettext_lazy
from django.views.decorators.http import require_POST

from ..actions.base import CaseActionError
from ..actions.release_files import ApproveReleasedFile, RefuseReleasedFile
from ..models import ReleasedFile
from ..permissions import cases_visible_to, organs_reviewed_by


class RefuseForm(forms.Form):
    reason = forms.CharField(label=gettext_lazy("Why it may not be released"), widget=forms.Textarea(attrs={"rows": 3}))


class ApproveForm(forms.Form):
    sha256 = forms.CharField(widget=forms.HiddenInput, max_length=64)


def files_for_review(user):
    return ReleasedFile.objects.filter(request__organ__in=organs_reviewed_by(user))


def pending_for(user):
    """The files awaiting `user`'s review: pending, of the organs they review, not their own."""
    return (
        files_for_review(user)
        .filter(reviewed_at__isnull=True, refused_at__isnull=True)
        .exclude(added_by=user)
        .select_related("request", "request__organ", "added_by")
        .order_by("request__due_date", "added_at")
    )


def require_reviewer(request):
    if not organs_reviewed_by(request.user).exists():
        raise PermissionDenied


def review_list(request):
    require_reviewer(request)
    decided = files_for_review(request.user).exclude(reviewed_at__isnull=True, refused_at__isnull=True)
    return TemplateResponse(
        request,
        "disclosure_requests/admin/release_reviews.html",
        {
            "pending": pending_for(request.user),
            "decided": decided.select_related("request", "reviewed_by", "refused_by").order_by("-pk")[:50],
            "page_title": _("Released files to review"),
        },
    )


def review(request, token, refuse_form=None, status=200):
    require_reviewer(request)
    released = get_object_or_404(files_for_review(request.user).select_related("request", "request__organ"), token=token)
    return TemplateResponse(
        request,
        "disclosure_requests/admin/release_review.html",
        {
            "released": released,
            "case": released.request,
            "approve_form": ApproveForm(initial={"sha256": released.sha256}),
            "refuse_form": refuse_form or RefuseForm(),
            "page_title": _("Secrecy review of a released file"),
        },
        status=status,
    )


@require_POST
def decide(request, token, decision):
    require_reviewer(request)
    if decision not in ("approve", "refuse"):
        raise Http404
    released = get_object_or_404(files_for_review(request.user), token=token)
    form = (ApproveForm if decision == "approve" else RefuseForm)(request.POST)
    if form.is_valid():
        action = (
            ApproveReleasedFile(released, user=request.user, sha256=form.cleaned_data["sha256"])
            if decision == "approve"
            else RefuseReleasedFile(released, user=request.user, reason=form.cleaned_data["reason"])
        )
        try:
            action.execute()
        except CaseActionError as error:
            messages.error(request, str(error))
            return review(request, token, status=400)
        messages.success(request, _("Approved.") if decision == "approve" else _("Refused."))
        return redirect(reverse("release_reviews:list"))
    messages.error(request, _("Say why the file may not be released."))
    return review(request, token, refuse_form=form if decision == "refuse" else None, status=400)


def serve_file(request, token):
    """The bytes of a released file, for the organ's handlers and its secrecy reviewers."""
    released = (
        ReleasedFile.objects.filter(token=token)
        .filter(request__in=cases_visible_to(request.user))
        .first()
        or files_for_review(request.user).filter(token=token).first()
    )
    if released is None:
        raise Http404
    response = FileResponse(released.file.open("rb"), as_attachment=True, filename=released.original_name)
    response["Cache-Control"] = "private, no-store"
    return response
