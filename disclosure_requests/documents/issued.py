"""Each notice is made when the step that issues it happens, and kept with the case (CaseNotice):
its PDF and .docx bytes, the template version and each file's SHA-256. The applicant and the
handlers are served those bytes, never a fresh rendering."""
import secrets

from django.conf import settings
from django.core.files.base import ContentFile
from django.utils import translation

from ..choices import EventKind
from ..deadlines import reply_deadline
from ..models import CaseNotice
from ..private_storage import stored_sha256
from .notices import notice_context, render_notice

# The notice each step issues; the consultation letter goes to the third party, not the applicant.
NOTICE_OF_STEP = {
    EventKind.RECEIVED: "receipt",
    EventKind.CORRECTION_REQUESTED: "correction",
    EventKind.EXTENDED: "extension",
    EventKind.CONSULTATION_SENT: "consultation",
    EventKind.FEE_NOTIFIED: "fee",
    EventKind.REPLIED: "reply",
    EventKind.FORWARDED: "reply",
    EventKind.CLOSED_NO_CORRECTION: "reply",
    EventKind.CLOSED_UNPAID: "reply",
}
NOT_FOR_APPLICANT = {"consultation"}
FORMATS = ("pdf", "docx")


def notice_facts(case, kind, event):
    """What the notice says beyond the case itself, as the case stands right after `event`."""
    deadline = reply_deadline(case) if case.is_open else None
    facts = {"due_reason": deadline.reason if deadline else "", "note": event.note}
    if kind == "correction":
        facts["correction_due"] = case.correction_due
    if kind == "fee":
        fee = case.fees.last()
        facts.update(amount=fee.amount if fee else "", payment_due=fee.payment_due if fee else None)
    if kind == "consultation":
        consultation = case.consultations.filter(pk=event.data.get("consultation")).first()
        if consultation:
            facts.update(third_party=consultation.third_party, answer_due=consultation.answer_due)
    return notice_context(case, **facts)


def issue_notice(event):
    """Make and store the notice `event` issues, if any; returns the CaseNotice or None."""
    kind = NOTICE_OF_STEP.get(event.kind)
    if kind is None:
        return None
    case = event.request
    # A notice is written in the site's language, whoever's admin language the step was taken in.
    with translation.override(settings.LANGUAGE_CODE):
        notice = render_notice(kind, notice_facts(case, kind, event))
    stored = CaseNotice(
        request=case, event=event, kind=kind, token=secrets.token_urlsafe(24), title=notice.title,
        template_version=notice.version, for_applicant=kind not in NOT_FOR_APPLICANT,
    )
    for extension in FORMATS:
        field = getattr(stored, extension)
        field.save(f"{stored.token}.{extension}", ContentFile(getattr(notice, extension)()), save=False)
        setattr(stored, f"{extension}_sha256", stored_sha256(field))
    stored.save()
    return stored
