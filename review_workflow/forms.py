from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.widgets import AdminDateInput
from wagtail.models import Revision

from gongkai.disclosure_pages.attachments import check_attachment

from .acknowledgements import unacknowledged_refusal
from .companions import review_companions
from .choices import PASSING_CONCLUSIONS, Concern, Conclusion, DeterminationResult
from .review_rules import completed_step_refusal, conclusions_for, seen_revision_refusal
from .scanning import scan_item

NOT_NAMED = _("The decision does not name the version of the content you reviewed.")


class SeenRevisionForm(forms.Form):
    """A decision names the revision the reviewer was shown (a hidden field the dialog fills)
    and is refused if the content changed since.

    `page` is the item under review. The workflow dialog does not pass it, so it is found from
    the revision there; the review actions always pass the page of the task.
    """

    revision = forms.IntegerField(
        widget=forms.HiddenInput, error_messages={"required": NOT_NAMED, "invalid": NOT_NAMED}
    )

    def __init__(self, *args, page=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.page = page
        self.revision = None

    def clean(self):
        cleaned = super().clean()
        if "revision" not in cleaned:
            return cleaned
        revision = Revision.page_revisions.filter(pk=cleaned["revision"]).first()
        if revision is not None and self.page is None:
            self.page = revision.content_object.specific
        if revision is None or str(revision.object_id) != str(self.page.pk):
            raise ValidationError(NOT_NAMED)
        refusal = completed_step_refusal(self.page) or seen_revision_refusal(self.page, revision.pk)
        if refusal:
            raise ValidationError(refusal)
        self.revision = revision
        return cleaned


class AcknowledgementsField(forms.MultipleChoiceField):
    """Keys of the scan findings the reviewer ticked. Which keys exist depends on the revision
    reviewed, so the form checks them against that revision's scan."""

    def valid_value(self, value):
        return isinstance(value, str) and len(value) <= 64


class CompanionRevisionsField(forms.MultipleChoiceField):
    """Ids of the companions' revisions the dialog listed (hidden inputs): the decision covers those."""

    widget = forms.MultipleHiddenInput

    def valid_value(self, value):
        return isinstance(value, str) and value.isdigit()


class SecrecyReviewForm(SeenRevisionForm):
    """The structured decision of a secrecy review (保密审查意见)."""

    checklist = forms.MultipleChoiceField(
        label=_("The content involves"),
        choices=Concern.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Tick every concern the content involves; leave all unticked if none."),
    )
    acknowledged = AcknowledgementsField(
        label=_("Scan findings checked"), required=False, widget=forms.CheckboxSelectMultiple
    )
    conclusion = forms.ChoiceField(label=_("Conclusion"), choices=Conclusion.choices, widget=forms.RadioSelect)
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
    companion_revisions = CompanionRevisionsField(required=False)

    def __init__(self, *args, findings=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.findings = findings

    def scan_findings(self):
        if self.findings is None:
            self.findings = scan_item(self.revision.as_object()) if self.revision else []
        return self.findings

    def clean(self):
        cleaned = super().clean()
        conclusion = cleaned.get("conclusion")
        checklist = cleaned.get("checklist") or []
        if conclusion is None or self.revision is None:
            return cleaned
        if conclusion not in conclusions_for(self.page):
            self.add_error("conclusion", _("This conclusion is not available for this item's disclosure attribute."))
        if conclusion in PASSING_CONCLUSIONS and Concern.STATE_SECRET in checklist:
            self.add_error("conclusion", _("Content involving state secrets is never published on the internet."))
        plain_approval = conclusion == Conclusion.APPROVE and not checklist
        if not plain_approval and not cleaned.get("opinion", "").strip():
            self.add_error("opinion", _("Write the review opinion for this conclusion."))
        if conclusion in PASSING_CONCLUSIONS:
            self.check_findings(cleaned)
        self.check_companions_seen(cleaned)
        return cleaned

    def check_companions_seen(self, cleaned):
        """The decision covers the companions' latest revisions: each must be the one the dialog listed."""
        seen = set(cleaned.get("companion_revisions") or [])
        for companion in review_companions(self.page):
            if str(companion.get_latest_revision().pk) not in seen:
                self.add_error(
                    None,
                    _("“%(title)s”, decided with this item, changed or was added since you opened the review: open it again.")
                    % {"title": companion.title},
                )

    def check_findings(self, cleaned):
        findings = self.scan_findings()
        refusal = unacknowledged_refusal(findings, cleaned.get("acknowledged") or [])
        if refusal:
            self.add_error("acknowledged", refusal)
        high = [finding for finding in findings if finding.is_high]
        if high and not cleaned.get("override_reason", "").strip():
            self.add_error(
                "override_reason",
                _(
                    "The scan found %(count)d high-severity item(s) (ID numbers or classification "
                    "marks). Remove them, or write why the content may still be published."
                )
                % {"count": len(high)},
            )


class RequestChangesForm(forms.Form):
    opinion = forms.CharField(
        label=_("Review opinion"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Tell the editor what must change."),
        error_messages={"required": _("Write the review opinion for this conclusion.")},
    )


class DeterminationForm(SeenRevisionForm):
    """The secrecy administration's written reply to a referred review (审定意见), with the
    authority's reference and the letter itself."""

    determination_reference = forms.CharField(
        label=_("Reference of the determination"),
        max_length=100,
        help_text=_("The document number of the authority's reply, e.g. 吕保审〔2025〕3号."),
    )
    determination_date = forms.DateField(label=_("Date of the determination"), widget=AdminDateInput)
    result = forms.ChoiceField(label=_("Result"), choices=DeterminationResult.choices, widget=forms.RadioSelect)
    opinion = forms.CharField(label=_("Review opinion"), widget=forms.Textarea(attrs={"rows": 3}), required=False)
    letter = forms.FileField(
        label=_("Letter of the determination"),
        help_text=_("The scanned reply of the secrecy administration (PDF, OFD or image). Kept out of public media."),
        error_messages={"required": _("Upload the letter of the secrecy administration's determination.")},
    )

    def clean(self):
        cleaned = super().clean()
        if self.revision is not None and cleaned.get("result") not in (None, *conclusions_for(self.page)):
            self.add_error("result", _("This conclusion is not available for this item's disclosure attribute."))
        return cleaned

    def clean_determination_reference(self):
        reference = self.cleaned_data["determination_reference"].strip()
        if not any(character.isdigit() for character in reference):
            raise ValidationError(_("Give the authority's document number, as printed on its reply."))
        return reference

    def clean_determination_date(self):
        date = self.cleaned_data["determination_date"]
        if date > timezone.localdate():
            raise ValidationError(_("The date of the determination cannot be in the future."))
        return date

    def clean_letter(self):
        letter = self.cleaned_data["letter"]
        check_attachment(letter)
        return letter


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason for withdrawal"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Kept in the page history and shown to reviewers."),
        error_messages={"required": _("Give the reason for withdrawing the item.")},
    )
