"""索引号 and 文号 in a search query: exact identifiers and 文号 written by parts.

People type a 文号 whole (`方政办〔2022〕45号`, any bracket variant), by parts (`方政办 45号`,
`2022年45号`) or only the agency code; the parts found are matched on the item's parsed 文号
and taken out of the words searched as text.
"""
import re
from dataclasses import dataclass

from gongkai.disclosure_pages.doc_numbers import normalize_doc_number

OPEN = re.escape("〔[(（【［{｛")
CLOSE = re.escape("〕])）】］}｝")
DOC_NUMBER_PARTS = re.compile(
    rf"(?P<agency>[\u4e00-\u9fff]{{1,8}}?)?\s*"
    rf"(?:[{OPEN}]\s*(?P<bracket_year>(?:19|20)\d{{2}})\s*[{CLOSE}]|(?P<year>(?:19|20)\d{{2}})\s*年?)?\s*"
    rf"(?:第\s*)?(?P<serial>\d{{1,5}})\s*号"
)
# A 文号 typed without its 号, or without its serial: `方政办〔2022〕45`, `方政办[2022]`.
BRACKETED_DOC_NUMBER_PARTS = re.compile(
    rf"(?P<agency>[\u4e00-\u9fff]{{1,8}}?)?\s*[{OPEN}]\s*(?P<bracket_year>(?:19|20)\d{{2}})\s*[{CLOSE}]\s*"
    rf"(?:第\s*)?(?P<serial>\d{{1,5}})?(?!\d)"
)
# The shape of a generated 索引号 (`{organ_code}/{year}-{serial}`) whatever the organ's prefix:
# an importer sets up organs whose prefix is their Chinese name.
INDEX_NUMBER = re.compile(r"^[^\s/]{1,80}/\d{4}-\d{1,6}$")
# Words of a query that are part of how people say a 文号, not what it is about.
AGENCY_NOISE = re.compile(r"^(?:关于|查询|查找|搜索|请问|查|找|搜|看|文号|文件|发文|字)+")


@dataclass(frozen=True)
class DocNumberParts:
    agency: str = ""
    year: int | None = None
    serial: int | None = None


@dataclass(frozen=True)
class Identifiers:
    """What a query says about identifiers, and the rest of it as text."""

    exact_doc_number: str = ""
    doc_number_parts: DocNumberParts | None = None
    remaining_text: str = ""


def find_identifiers(folded_query):
    """Split a folded query into identifier matches and the text left to search."""
    text = folded_query.strip()
    if INDEX_NUMBER.match(text):
        # Nothing to search as text: the query builder matches every query whole as an 索引号.
        return Identifiers()
    exact_doc_number = normalize_doc_number(text) if "号" in text else ""
    match = DOC_NUMBER_PARTS.search(text) or BRACKETED_DOC_NUMBER_PARTS.search(text)
    if not match:
        return Identifiers(exact_doc_number=exact_doc_number, remaining_text=text)
    agency = AGENCY_NOISE.sub("", match["agency"] or "").removesuffix("第")
    parts = DocNumberParts(
        agency=agency,
        year=int(year) if (year := match["bracket_year"] or match.groupdict().get("year")) else None,
        serial=int(match["serial"]) if match["serial"] else None,
    )
    remaining = (text[: match.start()] + " " + text[match.end() :]).strip()
    return Identifiers(
        exact_doc_number=exact_doc_number, doc_number_parts=parts, remaining_text=remaining
    )
