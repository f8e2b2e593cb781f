"""Notices rendered from versioned templates: templates/disclosure_requests/public/notices/v<N>/.
A notice records the version it was made from, so a later wording change never alters what an
applicant was sent; a new wording is a new folder and a new CURRENT_VERSION."""
from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _, pgettext_lazy

from .docx_writer import to_docx
from .pdf_writer import to_pdf

CURRENT_VERSION = 1
KINDS = {
    "receipt": pgettext_lazy("notice", "Receipt"),
    "correction": _("Correction notice"),
    "extension": _("Extension notice"),
    "consultation": _("Third-party consultation letter"),
    "fee": _("Fee notice"),
    "reply": _("Reply notice"),
}


@dataclass(frozen=True)
class Notice:
    kind: str
    version: int
    title: str
    paragraphs: tuple

    def docx(self):
        return to_docx(self.title, self.paragraphs)

    def pdf(self):
        return to_pdf(self.title, self.paragraphs)


def render_notice(kind, context, version=CURRENT_VERSION):
    """The notice `kind` with `context` filled in: the template's first line is the title, each
    further non-blank line a paragraph."""
    if kind not in KINDS:
        raise ValueError(f"Unknown notice kind: {kind}")
    text = render_to_string(f"disclosure_requests/public/notices/v{version}/{kind}.txt", context)
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    return Notice(kind, version, lines[0], tuple(lines[1:]))


def chinese_date(value):
    return date_format(value, "DATE_FORMAT") if value else ""


def notice_context(case, **extra):
    """What every notice of `case` may say; `extra` adds the notice's own facts (dates are
    formatted as the active language writes them)."""
    context = {
        "number": case.number,
        "organ_name": case.organ.name,
        "applicant_name": case.applicant_name,
        "description": case.description,
        "submitted_on": chinese_date(timezone.localdate(case.submitted_at)),
        "due_date": chinese_date(case.due_date),
        "due_reason": "",
        "outcome": case.get_outcome_display() if case.outcome else "",
        "legal_basis": case.legal_basis,
        "reply_text": case.reply_text,
        "issued_on": chinese_date(timezone.localdate()),
        "note": "",
    }
    context.update({key: chinese_date(value) if hasattr(value, "isoformat") else value for key, value in extra.items()})
    return context
