"""Automated scan shown to the secrecy reviewer: personal data and classification marks in
the title, the body and the text of attachments (gongkai.disclosure_pages.file_text reads them:
PDF, DOCX, XLSX, XLS, WPS/ET, OFD, plain text).

The scan helps; the reviewer decides. A high-severity finding blocks a plain 同意公开 unless
the reviewer writes why it does not apply (the record keeps that reason).
"""
import logging
import re
from dataclasses import asdict, dataclass

from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from gongkai.disclosure_pages.executables import CannotBeChecked, ProgramFound, check_for_programs
from gongkai.disclosure_pages.file_text import document_text, html_text

from .constants import REVIEW_LOGGER

logger = logging.getLogger(REVIEW_LOGGER)

HIGH = "high"
MEDIUM = "medium"

ID_NUMBER = re.compile(r"(?<![0-9])[1-9][0-9]{16}[0-9Xx](?![0-9A-Za-z])")
MOBILE_NUMBER = re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])")
CARD_NUMBER = re.compile(r"(?<![0-9])[0-9]{16,19}(?![0-9])")
CLASSIFICATION_MARK = re.compile(
    r"(?:绝密|机密|秘密)\s*★|★\s*(?:绝密|机密|秘密|内部)|内部\s*★|内部(?:资料|文件|材料|使用|刊物)"
    r"|注意保密|^\s*[【\[（(]?\s*内部\s*[】\]）)]?\s*$",
    re.MULTILINE,
)
ID_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CHECK_CHARACTERS = "10X98765432"

KIND_LABELS = {
    "id_number": _("Resident ID number"),
    "mobile_number": _("Mobile phone number"),
    "card_number": _("Bank card number"),
    "classification_mark": _("Classification mark"),
    "unreadable": _("Attachment could not be read"),
    "program": _("Attachment carries a program"),
}


@dataclass(frozen=True)
class Finding:
    kind: str
    severity: str
    source: str
    excerpt: str

    @property
    def label(self):
        return KIND_LABELS[self.kind]

    @property
    def is_high(self):
        return self.severity == HIGH


def id_number_is_valid(number):
    """GB 11643: the 18th character is the check character of the first 17 digits."""
    total = sum(int(digit) * weight for digit, weight in zip(number[:17], ID_WEIGHTS))
    return ID_CHECK_CHARACTERS[total % 11] == number[17].upper()


def passes_luhn(number):
    total = 0
    for position, digit in enumerate(reversed(number)):
        value = int(digit)
        if position % 2:
            value = value * 2 - 9 if value > 4 else value * 2
        total += value
    return total % 10 == 0


def mask(number):
    """Findings are stored in the ledger: never keep the personal data itself."""
    return f"{number[:3]}{'*' * (len(number) - 7)}{number[-4:]}"


def scan_text(text, source):
    findings = []
    id_numbers = set()
    for match in ID_NUMBER.finditer(text):
        if id_number_is_valid(match.group()):
            id_numbers.add(match.group())
            findings.append(Finding("id_number", HIGH, source, mask(match.group())))
    for match in MOBILE_NUMBER.finditer(text):
        findings.append(Finding("mobile_number", MEDIUM, source, mask(match.group())))
    for match in CARD_NUMBER.finditer(text):
        number = match.group()
        if number not in id_numbers and passes_luhn(number):
            findings.append(Finding("card_number", MEDIUM, source, mask(number)))
    for match in CLASSIFICATION_MARK.finditer(text):
        findings.append(Finding("classification_mark", HIGH, source, match.group().strip()))
    return findings


def scan_attachment(document):
    """Findings in an attachment's text; a file the scan cannot read, or one that carries a
    program, is a high finding itself: the reviewer must open it and say why it may go out."""
    source = str(format_lazy(_("Attachment “{}”"), document.title))
    try:
        with document.file.open("rb") as stream:
            data = stream.read()
        check_for_programs(data, document.filename)
        text = document_text(document, data)
    except CannotBeChecked:
        text = None
    except ProgramFound as found:
        return [Finding("program", HIGH, source, str(found))]
    except Exception:  # A damaged file must not stop the review; the reviewer reads it by hand.
        logger.warning("Could not read attachment %s for the secrecy scan", document.pk, exc_info=True)
        text = None
    if text is None:
        return [Finding("unreadable", HIGH, source, document.filename)]
    return scan_text(text, source)


def text_sections(page):
    """The rich texts a review reads, with the label a finding names: an item's body, or the
    fields a page lists in `reviewed_text_fields` (a report's sections)."""
    names = getattr(page, "reviewed_text_fields", None)
    if names is None:
        return [(str(_("Body")), getattr(page, "body", ""))]
    return [(str(page._meta.get_field(name).verbose_name), getattr(page, name)) for name in names]


def scan_item(page):
    """All findings in `page`'s title, body and attachments, high severity first."""
    findings = scan_text(page.title, str(_("Title")))
    # A line per block of each text, so a mark on a line of its own shows.
    for source, html in text_sections(page):
        findings += scan_text(html_text(html or ""), source)
    attachments = getattr(page, "attachments", None)
    for attachment in attachments.all() if attachments is not None else []:
        findings += scan_attachment(attachment.document)
    return sorted(findings, key=lambda finding: not finding.is_high)


def summarise(findings):
    """What the ledger keeps of a scan."""
    return [asdict(finding) for finding in findings]
