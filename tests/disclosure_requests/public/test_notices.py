"""Notices from versioned templates, as .docx and as PDF with Chinese text."""
import io

import docx
import pypdf
import pytest

from gongkai.disclosure_requests.documents.notices import CURRENT_VERSION, KINDS, render_notice

CONTEXT = {
    "number": "111411994056312813-2026-0007",
    "organ_name": "方山县人民政府办公室",
    "applicant_name": "张三",
    "description": "2025年防汛物资采购合同",
    "submitted_on": "2026年3月2日",
    "due_date": "2026年3月30日",
    "due_reason": "2026-03-02受理，20个工作日内答复",
    "correction_due": "2026年3月20日",
    "answer_due": "2026年3月25日",
    "payment_due": "2026年4月1日",
    "amount": "100.00",
    "third_party": "方山县某建筑公司",
    "outcome": "部分公开",
    "legal_basis": "《中华人民共和国政府信息公开条例》第三十七条",
    "reply_text": "合同中的商业秘密部分不予公开，其余部分予以公开。\n\n如对本答复不服，可以自收到本答复之日起60日内依法申请行政复议，或者6个月内依法提起行政诉讼。",
    "issued_on": "2026年3月2日",
    "note": "",
}


def pdf_text(content):
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages).replace("\n", "")


def docx_text(content):
    return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_notice_is_written_in_chinese_as_docx_and_pdf_with_its_number(kind):
    notice = render_notice(kind, CONTEXT)
    assert notice.version == CURRENT_VERSION
    assert CONTEXT["organ_name"] in notice.paragraphs
    word, pdf = docx_text(notice.docx()), pdf_text(notice.pdf())
    assert notice.title in word and notice.title in pdf
    assert CONTEXT["number"] in word and CONTEXT["number"] in pdf


def test_the_receipt_says_when_the_reply_is_due_and_why():
    notice = render_notice("receipt", CONTEXT)
    assert notice.title == "政府信息公开申请登记回执"
    assert any("2026年3月30日" in p and "20个工作日内答复" in p for p in notice.paragraphs)


def test_the_reply_states_its_legal_basis_and_the_remedies_the_case_carries():
    text = " ".join(render_notice("reply", CONTEXT).paragraphs)
    assert "第三十七条" in text and "60日" in text and "6个月" in text


def test_a_long_reply_runs_onto_further_pdf_pages():
    long = dict(CONTEXT, reply_text="本机关经审查认为，" * 400)
    content = render_notice("reply", long).pdf()
    assert len(pypdf.PdfReader(io.BytesIO(content)).pages) > 1
    assert "本机关经审查认为" in pdf_text(content)


def test_an_applicant_name_with_markup_is_written_as_typed():
    notice = render_notice("receipt", dict(CONTEXT, applicant_name="<b>李四</b> & Co"))
    assert "<b>李四</b> & Co" in notice.paragraphs[0]


def test_an_unknown_notice_kind_is_refused():
    with pytest.raises(ValueError):
        render_notice("threat", CONTEXT)
