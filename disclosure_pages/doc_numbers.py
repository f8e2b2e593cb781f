"""文号 (document numbers): normalisation and parsing into 机关代字, year and serial.

Writers use many bracket variants — [] () （） 【】 〔〕 — and full-width digits; the
canonical form is `方政办〔2022〕45号`. The parts are stored and indexed as numbers, so a
serial beyond any organ's yearly count is refused in the form and never split elsewhere.
"""
import re
import unicodedata
from dataclasses import dataclass

from django.utils.translation import gettext as _

BRACKETS = str.maketrans({**dict.fromkeys("[(（【［{｛", "〔"), **dict.fromkeys("])）】］}｝", "〕")})
DOC_NUMBER_PATTERN = re.compile(r"^(?P<agency>.*?)〔(?P<year>\d{4})〕(?P<serial>\d+)号?$")
# No organ issues a million documents of one kind in a year; integer columns hold far more.
MAX_SERIAL_DIGITS = 6
# The length of the stored 机关代字 column.
MAX_AGENCY_LENGTH = 40


@dataclass(frozen=True)
class DocNumber:
    text: str
    agency: str = ""
    year: int | None = None
    serial: int | None = None


def normalize_doc_number(raw):
    """Canonical text of a 文号: brackets to 〔〕, full-width digits to ASCII, no spaces."""
    text = "".join(
        unicodedata.normalize("NFKC", ch) if ch.isdigit() else ch for ch in raw or ""
    )
    text = re.sub(r"\s+", "", text)
    return text.translate(BRACKETS)


def parse_doc_number(raw):
    """Normalise a 文号 and split it into its parts where it has the usual shape."""
    text = normalize_doc_number(raw)
    match = DOC_NUMBER_PATTERN.match(text)
    if not match or not has_sane_serial(match) or len(match["agency"]) > MAX_AGENCY_LENGTH:
        return DocNumber(text=text)
    return DocNumber(
        text=text,
        agency=match["agency"],
        year=int(match["year"]),
        serial=int(match["serial"]),
    )


def has_sane_serial(match):
    return len(match["serial"].lstrip("0")) <= MAX_SERIAL_DIGITS


def doc_number_errors(raw):
    """What is wrong with a 文号 as the editor typed it, as messages for its field."""
    match = DOC_NUMBER_PATTERN.match(normalize_doc_number(raw))
    if match and not has_sane_serial(match):
        return [
            _("The serial of a document number may have at most %(digits)d digits.")
            % {"digits": MAX_SERIAL_DIGITS}
        ]
    return []
