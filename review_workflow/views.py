import django_filters
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin import messages
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy

from gongkai.disclosure_pages.models import Organ
from gongkai.disclosure_pages.publication import GatedPublicationMixin
from gongkai.disclosure_pages.spreadsheet_export import FormulaSafeExportMixin

from .actions.withdraw import WithdrawItemAction
from .admin_isolation import organs_of
from .choices import Conclusion
from .forms import WithdrawalForm
from .models import SecrecyReviewRecord
from .withdrawal import may_withdraw


def withdraw(request, page_id):
    """撤稿: confirm with a reason, then take the item down at once."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not isinstance(page, GatedPublicationMixin) or not may_withdraw(page, request.user):
        raise PermissionDenied
    form = WithdrawalForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        WithdrawItemAction(page, user=request.user, reason=form.cleaned_data["reason"]).execute()
        messages.success(request, _("“%(title)s” was withdrawn from the portal.") % {"title": page.title})
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request, "review_workflow/withdraw.html", {"page": page, "form": form}
    )


def records_visible_to(user):
    """Reviewers and leaders read their own organs' ledger; superusers read every organ's."""
    records = SecrecyReviewRecord.objects.all()
    return records if user.is_superuser else records.filter(organ_id__in=organs_of(user))


def organ_choices(request):
    return Organ.objects.all() if request.user.is_superuser else Organ.objects.filter(pk__in=organs_of(request.user))


def reviewer_choices(request):
    reviewer_ids = records_visible_to(request.user).values_list("reviewer_id", flat=True).distinct()
    return get_user_model().objects.filter(pk__in=reviewer_ids)


class LedgerFilterSet(WagtailFilterSet):
    organ = django_filters.ModelChoiceFilter(label=gettext_lazy("Disclosing organ"), queryset=organ_choices)
    reviewed_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Reviewed at"), widget=DateRangePickerWidget
    )
    reviewer = django_filters.ModelChoiceFilter(label=gettext_lazy("Reviewer"), queryset=reviewer_choices)
    conclusion = django_filters.ChoiceFilter(label=gettext_lazy("Conclusion"), choices=Conclusion.choices)

    class Meta:
        model = SecrecyReviewRecord
        fields = ["organ", "reviewed_at", "reviewer", "conclusion"]


class ReviewLedgerView(FormulaSafeExportMixin, ReportView):
    """审查台账: every secrecy review decision, for inspection, exportable as .xlsx."""

    page_title = gettext_lazy("Secrecy review ledger")
    header_icon = "clipboard-list"
    results_template_name = "review_workflow/ledger_results.html"
    filterset_class = LedgerFilterSet
    index_url_name = "review_workflow:ledger"
    index_results_url_name = "review_workflow:ledger_results"
    any_permission_required = ["view"]
    model = SecrecyReviewRecord
    list_export = [
        "sequence",
        "reviewed_at",
        "organ",
        "page_title",
        "page_id",
        "revision_id",
        "get_kind_display",
        "reviewer_name",
        "checklist_display",
        "get_conclusion_display",
        "opinion",
        "override_reason",
        "findings_display",
        "basis",
        "determination_reference",
        "determination_date",
        "fingerprint",
    ]
    export_headings = {
        "sequence": gettext_lazy("No."),
        "reviewed_at": gettext_lazy("Reviewed at"),
        "organ": gettext_lazy("Disclosing organ"),
        "page_title": gettext_lazy("Title"),
        "page_id": gettext_lazy("Page ID"),
        "revision_id": gettext_lazy("Revision ID"),
        "get_kind_display": gettext_lazy("Kind"),
        "reviewer_name": gettext_lazy("Reviewer"),
        "checklist_display": gettext_lazy("The content involves"),
        "get_conclusion_display": gettext_lazy("Conclusion"),
        "opinion": gettext_lazy("Review opinion"),
        "override_reason": gettext_lazy("Reason for publishing despite the scan findings"),
        "findings_display": gettext_lazy("Scan findings"),
        "basis": gettext_lazy("Basis of the legacy review"),
        "determination_reference": gettext_lazy("Reference of the determination"),
        "determination_date": gettext_lazy("Date of the determination"),
        "fingerprint": gettext_lazy("Content fingerprint"),
    }

    def get_queryset(self):
        return records_visible_to(self.request.user).select_related("organ").order_by("-sequence")

    permission_policy = ModelPermissionPolicy(SecrecyReviewRecord)
