"""文号 that a document's text cites (`根据《…》（国办发〔2022〕8号）`), normalised as
gongkai.disclosure_pages.doc_numbers does, and the keys their parts are matched by.

A 文号 in running text has no delimiter before its 机关代字: the characters before the bracket
are cut after the last word that introduces a citation (按照, 根据, 印发 …), and at most
MAX_AGENCY_LENGTH of them are kept.
"""
import re

from gongkai.disclosure_pages.doc_numbers import DocNumber, parse_doc_number

OPEN = "〔[(（【［{｛"
CLOSE = "〕])）】］}｝"
CITED_DOC_NUMBER = re.compile(
    rf"(?P<before>[\u4e00-\u9fff]{{1,16}})\s*[{re.escape(OPEN)}]\s*(?P<year>(?:19|20)\d{{2}})\s*"
    rf"[{re.escape(CLOSE)}]\s*第?\s*(?P<serial>\d{{1,5}})\s*号"
)
LEAD_IN = re.compile(
    "按照|根据|依据|依照|参照|参见|详见|贯彻|落实|转发|印发|执行|废止|修订|修改|代替|替代|取代|同时|"
    "以及|和|及|与|或|见|是|的|为|以|经|对|按|据|即|自|将|在|由"
)
# A decree (令) is cited by its number, not a bracketed year: `（国务院令第590号）`,
# `（财政部令第87号）`, `（自然资源部令2019年第5号）`.
CITED_DECREE = re.compile(
    r"(?P<before>[\u4e00-\u9fff]{1,16}令)\s*(?:(?P<year>(?:19|20)\d{2})\s*年\s*)?第\s*(?P<serial>\d{1,5})\s*号"
)
# Before a decree's issuer, only words (and conjunctions) introduce it: issuers start with
# characters the 文号 lead-ins hold (自然资源部令, 对外贸易经济合作部令).
DECREE_LEAD_IN = re.compile(
    "按照|根据|依据|依照|参照|参见|详见|贯彻|落实|转发|印发|执行|废止|修订|修改|代替|替代|取代|同时|以及|和|及|与|或"
)
MAX_AGENCY_LENGTH = 8
MAX_CITATIONS = 200


def cited_doc_numbers(text, own_doc_number=""):
    """Normalised 文号 cited in `text`, in order of first citation, without the document's own."""
    found = {}
    for cited in [*_bracketed(text or ""), *_decrees(text or "")]:
        if cited.text != own_doc_number:
            found.setdefault(cited.text, cited)
        if len(found) >= MAX_CITATIONS:
            break
    return list(found.values())


def _bracketed(text):
    for match in CITED_DOC_NUMBER.finditer(text):
        agency = _agency(match["before"])
        if agency:
            yield parse_doc_number(f"{agency}〔{match['year']}〕{int(match['serial'])}号")


def _decrees(text):
    """Decrees as people type them (`国务院令第590号`), their issuer and serial as the parts."""
    for match in CITED_DECREE.finditer(text):
        agency = _agency(match["before"], DECREE_LEAD_IN)
        if len(agency) > 1:
            year = f"{match['year']}年" if match["year"] else ""
            number = f"{agency}{year}第{int(match['serial'])}号"
            yield DocNumber(number, agency, int(match["year"]) if match["year"] else None, int(match["serial"]))


def _agency(before, lead_in=LEAD_IN):
    """The 机关代字 at the end of the characters before a 文号's bracket or number, after the
    last word that introduces a citation."""
    lead_ins = list(lead_in.finditer(before))
    agency = before[lead_ins[-1].end():] if lead_ins else before
    return agency[-MAX_AGENCY_LENGTH:]


def part_keys(agency, year, serial):
    """Keys of a 文号's parts as `agency|year|serial`, with agency or year left empty in the
    forms people type by parts (`国办发8号`, `2022年8号`)."""
    return [f"{agency}|{year}|{serial}", f"{agency}||{serial}", f"|{year}|{serial}"]
