"""The notices of a case the applicant may download from the tracking page, each rendered from
its template with the facts the case's timeline recorded."""
from django.http import Http404, HttpResponse

from ..choices import EventKind
from ..deadlines import reply_deadline
from ..documents.notices import KINDS, notice_context, render_notice
from .tracking_session import tracked_case

DOCUMENT_TYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
}
# The applicant's notices and the step that issues each (the receipt: none, it is always there).
ISSUED_BY = {
    "receipt": None,
    "correction": EventKind.CORRECTION_REQUESTED,
    "extension": EventKind.EXTENDED,
    "fee": EventKind.FEE_NOTIFIED,
    "reply": EventKind.REPLIED,
}


def issuing_events(case):
    """{notice kind: the last event that issued it} for the notices `case` has."""
    events = {event.kind: event for event in case.events.all()}
    return {kind: events.get(step) for kind, step in ISSUED_BY.items() if step is None or step in events}


def case_notices(case):
    """(kind, label) of each notice the applicant may download."""
    return [(kind, KINDS[kind]) for kind in issuing_events(case)]


def notice_facts(case, kind, event):
    deadline = reply_deadline(case) if case.is_open else None
    facts = {"due_reason": deadline.reason if deadline else "", "note": event.note if event else ""}
    if kind == "correction":
        facts["correction_due"] = case.correction_due
    if kind == "fee":
        fee = case.fees.last()
        facts.update(amount=fee.amount if fee else "", payment_due=fee.payment_due if fee else None)
    return notice_context(case, **facts)


def download_notice(request, kind, extension):
    case = tracked_case(request)
    issued = issuing_events(case)
    if kind not in issued or extension not in DOCUMENT_TYPES:
        raise Http404
    notice = render_notice(kind, notice_facts(case, kind, issued[kind]))
    response = HttpResponse(notice.pdf() if extension == "pdf" else notice.docx(), content_type=DOCUMENT_TYPES[extension])
    response["Content-Disposition"] = f'attachment; filename="{case.pk}-{kind}.{extension}"'
    return response
