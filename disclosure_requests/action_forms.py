"""The admin's form for each case action: what the handler enters, and the action it builds."""
from django import forms
from django.contrib.auth import get_user_model
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from gongkai.disclosure_pages.models import Genre, Organ, Topic

from .actions.accept import AcceptRequest
from .actions.appeal import RecordAppeal
from .actions.confirm_dates import ConfirmRecountedDates
from .actions.consultation import ConsultThirdParty, RecordThirdPartyAnswer
from .actions.draft_item import DraftItemFromReply
from .actions.correction import CloseUncorrected, RecordCorrection, RequestCorrection
from .actions.extend import ExtendDeadline
from .actions.fees import CloseUnpaid, NotifyFee, RecordPayment
from .actions.reply import RELEASING, ForwardRequest, ReplyToRequest
from .actions.suspend import ResumeCase, SuspendCase
from .actions.withdraw import WithdrawRequest
from .choices import AppealKind, AppealResult, ConsultationAnswer, FeeMethod, Outcome
from .outcomes import usual_legal_basis


class StepForm(forms.Form):
    on = forms.DateField(label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"), initial=timezone.localdate)
    note = forms.CharField(label=_("Note"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def __init__(self, *args, case, **kwargs):
        self.case = case
        super().__init__(*args, **kwargs)

    def action(self, user):
        data = self.cleaned_data
        return self.action_class(self.case, user=user, on=data["on"], note=data["note"], **self.action_kwargs(data))

    def action_kwargs(self, data):
        return {}


class AcceptForm(StepForm):
    action_class = AcceptRequest
    received_on = forms.DateField(
        label=_("Receipt date (Art. 31)"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )

    def action_kwargs(self, data):
        return {"received_on": data["received_on"]}


class RequestCorrectionForm(StepForm):
    action_class = RequestCorrection


class RecordCorrectionForm(StepForm):
    action_class = RecordCorrection
    description = forms.CharField(label=_("Corrected request"), required=False, widget=forms.Textarea(attrs={"rows": 3}))

    def action_kwargs(self, data):
        return {"description": data["description"]}


class ConsultForm(StepForm):
    action_class = ConsultThirdParty
    third_party = forms.CharField(label=_("Third party"), max_length=200)
    contact = forms.CharField(label=_("Contact"), max_length=300, required=False)
    matter = forms.CharField(label=_("What the third party is asked about"), required=False, widget=forms.Textarea(attrs={"rows": 2}))

    def action_kwargs(self, data):
        return {"third_party": data["third_party"], "contact": data["contact"], "matter": data["matter"]}


class ThirdPartyAnswerForm(StepForm):
    action_class = RecordThirdPartyAnswer
    consultation = forms.ModelChoiceField(label=_("Third party"), queryset=None)
    answer = forms.ChoiceField(label=_("Answer"), choices=ConsultationAnswer.choices)

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        open_consultations = case.consultations.filter(answered_on__isnull=True)
        self.fields["consultation"].queryset = open_consultations
        # The usual case is one consultation: offer it rather than an empty choice.
        if len(open_consultations) == 1:
            self.fields["consultation"].initial = open_consultations[0].pk

    def action(self, user):
        data = self.cleaned_data
        return RecordThirdPartyAnswer(data["consultation"], answer=data["answer"], user=user, on=data["on"], note=data["note"])


class ExtendForm(StepForm):
    action_class = ExtendDeadline
    working_days = forms.IntegerField(label=_("Working days"), min_value=1, max_value=60)
    approved_by = forms.ModelChoiceField(label=_("Approved by"), queryset=None)

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        office = case.organ.request_office if hasattr(case.organ, "request_office") else None
        users = get_user_model().objects.filter(is_active=True)
        self.fields["approved_by"].queryset = users.filter(groups=office.leaders) if office and office.leaders else users.none()

    def action_kwargs(self, data):
        return {"working_days": data["working_days"], "approved_by": data["approved_by"]}


class SuspendForm(StepForm):
    action_class = SuspendCase


class ResumeForm(StepForm):
    action_class = ResumeCase


class NotifyFeeForm(StepForm):
    action_class = NotifyFee
    method = forms.ChoiceField(label=_("Charged"), choices=FeeMethod.choices)
    pages = forms.IntegerField(label=pgettext_lazy("fee", "Pages"), min_value=1, required=False)

    def action_kwargs(self, data):
        return {"method": data["method"], "pages": data["pages"]}


class RecordPaymentForm(StepForm):
    action_class = RecordPayment


class CloseUnpaidForm(StepForm):
    action_class = CloseUnpaid


class CloseUncorrectedForm(StepForm):
    action_class = CloseUncorrected


class ReplyForm(StepForm):
    action_class = ReplyToRequest
    outcome = forms.ChoiceField(
        label=_("Outcome"), choices=[(value, label) for value, label in Outcome.choices if value not in ("other_no_correction", "other_unpaid")]
    )
    legal_basis = forms.CharField(label=_("Legal basis"), required=False, help_text=_("Left empty: the article usually cited for this outcome."))
    reply_text = forms.CharField(label=_("Reply"), required=False, widget=forms.Textarea(attrs={"rows": 4}))

    def action_kwargs(self, data):
        return {
            "outcome": data["outcome"],
            "legal_basis": data["legal_basis"] or usual_legal_basis(data["outcome"]),
            "reply_text": data["reply_text"],
        }


class ForwardForm(StepForm):
    action_class = ForwardRequest
    organ_on_platform = forms.ModelChoiceField(
        label=_("Competent organ on this platform"), queryset=None, required=False,
        help_text=_("The request is registered there as a new case, and the applicant told."),
    )
    competent_organ = forms.CharField(label=_("Competent organ and its contacts"), max_length=200, required=False)

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        self.fields["organ_on_platform"].queryset = Organ.objects.exclude(pk=case.organ_id)

    def action_kwargs(self, data):
        return {"competent_organ": data["competent_organ"], "organ_on_platform": data["organ_on_platform"]}


class WithdrawForm(StepForm):
    action_class = WithdrawRequest


class AppealForm(StepForm):
    action_class = RecordAppeal
    appeal = forms.ModelChoiceField(label=_("Recorded appeal (for its result)"), queryset=None, required=False)
    kind = forms.ChoiceField(label=_("Kind"), choices=AppealKind.choices, required=False)
    result = forms.ChoiceField(label=pgettext_lazy("appeal", "Result"), choices=AppealResult.choices, initial=AppealResult.PENDING)
    decided_on = forms.DateField(label=_("Decided on"), required=False, widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, case=case, **kwargs)
        self.fields["appeal"].queryset = case.appeals.all()

    def action_kwargs(self, data):
        return {"appeal": data["appeal"], "kind": data["kind"], "result": data["result"], "decided_on": data["decided_on"]}


class DraftItemForm(StepForm):
    action_class = DraftItemFromReply
    title = forms.CharField(label=_("Title of the item"), max_length=120, required=False, help_text=_("Left empty: the subject of the request."))
    topic = forms.ModelChoiceField(label=_("Topic"), queryset=Topic.objects.all())
    genre = forms.ModelChoiceField(label=_("Genre"), queryset=Genre.objects.all())

    def action_kwargs(self, data):
        return {"title": data["title"], "topic": data["topic"], "genre": data["genre"]}


class ConfirmDatesForm(StepForm):
    action_class = ConfirmRecountedDates


# The buttons of the case screen, in the order a case usually meets them.
STEPS = {
    "accept": (_("Accept"), AcceptForm),
    "request_correction": (_("Request a correction"), RequestCorrectionForm),
    "record_correction": (_("Record the correction"), RecordCorrectionForm),
    "close_uncorrected": (_("Close: not corrected in time"), CloseUncorrectedForm),
    "consult": (_("Consult a third party"), ConsultForm),
    "third_party_answer": (_("Record a third party's answer"), ThirdPartyAnswerForm),
    "extend": (_("Extend the deadline"), ExtendForm),
    "notify_fee": (_("Notify a fee"), NotifyFeeForm),
    "record_payment": (_("Record the payment"), RecordPaymentForm),
    "close_unpaid": (_("Close: fee not paid in time"), CloseUnpaidForm),
    "suspend": (_("Suspend"), SuspendForm),
    "resume": (_("Resume"), ResumeForm),
    "forward": (_("Forward to the competent organ"), ForwardForm),
    "reply": (_("Reply"), ReplyForm),
    "withdraw": (_("Record a withdrawal"), WithdrawForm),
    "appeal": (_("Record an appeal or its result"), AppealForm),
    "confirm_dates": (_("Confirm the recounted due date"), ConfirmDatesForm),
    "draft_item": (_("Make a draft disclosure item"), DraftItemForm),
}
# Steps offered only when the case meets a further condition than its status.
STEP_CONDITIONS = {
    "confirm_dates": lambda case: case.calendar_changed,
    "draft_item": lambda case: case.outcome in RELEASING,
}


def steps_open_to(case):
    """The steps whose action allows the case's status (the action still checks the rest)."""
    return [
        (name, label, form)
        for name, (label, form) in STEPS.items()
        if case.status in form.action_class.allowed_statuses and STEP_CONDITIONS.get(name, lambda case: True)(case)
    ]
