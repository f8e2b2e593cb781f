"""文号 (document numbers): normalisation and parsing into 机关代字, year and serial.

Writers use many bracket variants — [] () （） 【】 〔〕 — and full-width digits; the
canonical form is `方政办〔2022〕45号`.
"""
import re
import unicodedata
from dataclasses import dataclass

BRACKETS = str.maketrans({**dict.fromkeys("[(（【［{｛", "〔"), **dict.fromkeys("])）】］}｝", "〕")})
DOC_NUMBER_PATTERN = re.compile(r"^(?P<agency>.*?)〔(?P<year>\d{4})〕(?P<serial>\d+)号?$")


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
    if not match:
        return DocNumber(text=text)
    return DocNumber(
        text=text,
        agency=match["agency"],
        year=int(match["year"]),
        serial=int(match["serial"]),
    )
