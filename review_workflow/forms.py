from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Revision

from .choices import PASSING_CONCLUSIONS, Concern, Conclusion, DeterminationResult
from .scanning import scan_item


class SecrecyReviewForm(forms.Form):
    """The structured approval of a secrecy review (保密审查意见).

    `findings` is the automated scan of the reviewed content; when the form comes from the
    workflow modal it is found from the `revision` field, but on_action always passes the scan
    of the revision actually under review.
    """

    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    checklist = forms.MultipleChoiceField(
        label=_("The content involves"),
        choices=Concern.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Tick every concern the content involves; leave all unticked if none."),
    )
    conclusion = forms.ChoiceField(
        label=_("Conclusion"), choices=Conclusion.choices, widget=forms.RadioSelect
    )
    opinion = forms.CharField(
        label=_("Review opinion"),
        widget=forms.Textarea(attrs={"rows": 3}),
        required=False,
        help_text=_("Required unless the conclusion is a plain approval with nothing ticked."),
    )
    override_reason = forms.CharField(
        label=_("Reason for publishing despite the scan findings"),
        widget=forms.Textarea(attrs={"rows": 2}),
        required=False,
    )

    def __init__(self, *args, findings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.findings = findings

    def scan_findings(self):
        if self.findings is None:
            revision = Revision.objects.filter(pk=self.cleaned_data.get("revision")).first()
            self.findings = scan_item(revision.as_object()) if revision else []
        return self.findings

    def clean(self):
        cleaned = super().clean()
        conclusion = cleaned.get("conclusion")
        checklist = cleaned.get("checklist") or []
        if conclusion is None:
            return cleaned
        if conclusion in PASSING_CONCLUSIONS and Concern.STATE_SECRET in checklist:
            self.add_error(
                "conclusion", _("Content involving state secrets is never published on the internet.")
            )
        plain_approval = conclusion == Conclusion.APPROVE and not checklist
        if not plain_approval and not cleaned.get("opinion", "").strip():
            self.add_error("opinion", _("Write the review opinion for this conclusion."))
        high = [finding for finding in self.scan_findings() if finding.is_high]
        if conclusion in PASSING_CONCLUSIONS and high and not cleaned.get("override_reason", "").strip():
            self.add_error(
                "override_reason",
                _(
                    "The scan found %(count)d high-severity item(s) (ID numbers or classification "
                    "marks). Remove them, or write why the content may still be published."
                )
                % {"count": len(high)},
            )
        return cleaned


class RequestChangesForm(forms.Form):
    opinion = forms.CharField(
        label=_("Review opinion"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Tell the editor what must change."),
        error_messages={"required": _("Write the review opinion for this conclusion.")},
    )


class DeterminationForm(forms.Form):
    """The secrecy administration's written reply to an escalated review (审定意见)."""

    determination_reference = forms.CharField(label=_("Reference of the determination"), max_length=100)
    determination_date = forms.DateField(label=_("Date of the determination"), widget=AdminDateInput)
    result = forms.ChoiceField(
        label=_("Result"), choices=DeterminationResult.choices, widget=forms.RadioSelect
    )
    opinion = forms.CharField(
        label=_("Review opinion"), widget=forms.Textarea(attrs={"rows": 3}), required=False
    )

    def clean_determination_date(self):
        # Kept as text: the workflow modal hands cleaned data back to the page as JSON.
        return self.cleaned_data["determination_date"].isoformat()


REVIEW_ACTION_FORMS = {
    "approve": SecrecyReviewForm,
    "reject": RequestChangesForm,
    "record_determination": DeterminationForm,
}


def form_for_review_action(action):
    return REVIEW_ACTION_FORMS.get(action)


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for withdrawal"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the page history and shown to reviewers."),
        error_messages={"required": _("Give the reason for withdrawing the item.")},
    )
