"""征求第三方意见 (Art. 32): the third party has 15 working days; the clock stands still from
the letter to the answer (or to the end of the 15 days when none comes)."""
from django.utils.translation import gettext as _

from ..choices import ConsultationAnswer, EventKind, Status
from ..deadlines import consultation_due
from ..models import ThirdPartyConsultation
from .base import CaseAction, CaseActionError, CasePermissionError, end_pause, start_pause


class ConsultationError(CaseActionError):
    pass


class ConsultationPermissionError(ConsultationError, CasePermissionError):
    pass


class ConsultThirdParty(CaseAction):
    error = ConsultationError
    permission_error = ConsultationPermissionError
    allowed_statuses = (Status.IN_PROGRESS, Status.CONSULTING)
    event_kind = EventKind.CONSULTATION_SENT

    def __init__(self, case, *, third_party, contact="", matter="", **kwargs):
        super().__init__(case, **kwargs)
        self.third_party, self.contact, self.matter = third_party.strip(), contact.strip(), matter.strip()

    def check_state(self):
        self.require(self.third_party, _("Name the third party."))
        self.require(self.on >= self.case.clock_started_on, _("The consultation cannot precede the receipt."))

    def apply(self):
        self.consultation = ThirdPartyConsultation.objects.create(
            request=self.case,
            third_party=self.third_party,
            contact=self.contact,
            matter=self.matter,
            sent_on=self.on,
            answer_due=consultation_due(self.case, self.on),
        )
        self.case.consultation_due = max(self.case.consultation_due or self.on, self.consultation.answer_due)
        self.case.status = Status.CONSULTING
        start_pause(self.case, self.on)

    def event_data(self):
        return {"consultation": self.consultation.pk, "third_party": self.third_party}


class RecordThirdPartyAnswer(CaseAction):
    error = ConsultationError
    permission_error = ConsultationPermissionError
    allowed_statuses = (Status.CONSULTING,)
    event_kind = EventKind.CONSULTATION_ANSWERED

    def __init__(self, consultation, *, answer, **kwargs):
        super().__init__(consultation.request, **kwargs)
        self.consultation, self.answer = consultation, answer

    def check_state(self):
        self.require(self.consultation.answered_on is None, _("This third party's answer is already recorded."))
        self.require(self.answer in ConsultationAnswer.values, _("Choose the third party's answer."))
        self.require(self.on >= self.consultation.sent_on, _("The answer cannot precede the letter."))
        if self.answer == ConsultationAnswer.NO_ANSWER:
            self.require(
                self.on > self.consultation.answer_due,
                _("The third party may answer until %(date)s.") % {"date": f"{self.consultation.answer_due:%Y-%m-%d}"},
            )

    def apply(self):
        self.consultation.answered_on = self.on
        self.consultation.answer = self.answer
        self.consultation.answer_note = self.note
        self.consultation.save()
        if not self.case.consultations.filter(answered_on__isnull=True).exists():
            # Silence ends the pause when the answer period ends, not when it is recorded.
            resumed = self.consultation.answer_due if self.answer == ConsultationAnswer.NO_ANSWER else self.on
            end_pause(self.case, resumed)
            self.case.status = Status.IN_PROGRESS
            self.case.consultation_due = None

    def event_data(self):
        return {"consultation": self.consultation.pk, "answer": self.answer}
