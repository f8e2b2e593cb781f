"""The automated scan finds personal data and classification marks."""
import io
from types import SimpleNamespace

import docx
import pytest

from gongkai.disclosure_pages.file_text import file_text
from gongkai.review_workflow.scanning import scan_item, scan_text

VALID_ID_NUMBER = "11010519491231002X"


def kinds(text):
    return [(finding.kind, finding.severity) for finding in scan_text(text, "正文")]


def test_an_id_number_with_a_valid_check_digit_is_high_severity_and_masked():
    findings = scan_text(f"申请人身份证号：{VALID_ID_NUMBER}。", "正文")
    assert [(f.kind, f.severity, f.excerpt) for f in findings] == [("id_number", "high", "110***********002X")]


def test_an_eighteen_digit_number_with_a_wrong_check_digit_is_not_an_id_number():
    assert "id_number" not in [kind for kind, _ in kinds("编号 110105194912310021")]


def test_mobile_numbers_and_luhn_valid_card_numbers_are_found():
    found = kinds("联系电话13812345678，账号6228480402564890018，流水号6228480402564890019")
    assert ("mobile_number", "medium") in found
    assert found.count(("card_number", "medium")) == 1


@pytest.mark.parametrize("text", ["秘密★1年", "机密 ★ 长期", "绝密★", "内部资料", "注意保密", "内部\n关于……的通知", "★内部"])
def test_classification_marks_are_high_severity(text):
    assert ("classification_mark", "high") in kinds(text)


def test_ordinary_uses_of_internal_are_not_marks():
    assert kinds("加强内部控制和内部审计工作") == []


def test_text_in_a_docx_table_is_read():
    document = docx.Document()
    table = document.add_table(rows=1, cols=2)
    table.rows[0].cells[0].text = "张三"
    table.rows[0].cells[1].text = VALID_ID_NUMBER
    stream = io.BytesIO()
    document.save(stream)
    assert VALID_ID_NUMBER in file_text("docx", stream.getvalue())


# Attachments in the shapes subsidy rosters arrive in (补贴名单): spreadsheets and OFD.
from django.core.files.base import ContentFile  # noqa: E402
from wagtail.documents.models import Document  # noqa: E402

from gongkai.review_workflow.scanning import scan_attachment  # noqa: E402

from .compound_files import compound_file  # noqa: E402
from .office_files import (  # noqa: E402
    EXE,
    WHICH_TABLE_STREAM,
    XLS_ROSTER,
    ofd_roster,
    word_document,
    word_streams,
    xlsx_roster,
    zipped,
)

ROSTER_FINDINGS = {("id_number", "high"), ("mobile_number", "medium"), ("card_number", "medium")}


def attachment(name, content):
    return Document.objects.create(title=name, file=ContentFile(content, name=name))


def found_in(document):
    return {(finding.kind, finding.severity) for finding in scan_attachment(document)}


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, content",
    [
        ("补贴名单.xlsx", xlsx_roster()),
        ("补贴名单.xls", XLS_ROSTER),
        ("补贴名单.et", XLS_ROSTER),  # WPS spreadsheets in the binary format are BIFF like XLS
        ("补贴名单-新版.et", xlsx_roster()),  # and in the zip format like XLSX
        ("补贴名单.ofd", ofd_roster()),
    ],
)
def test_the_id_numbers_phones_and_bank_cards_of_a_roster_are_found(name, content):
    found = found_in(attachment(name, content))
    assert ROSTER_FINDINGS <= found if not name.endswith(".ofd") else ("id_number", "high") in found


@pytest.mark.django_db
def test_a_wps_document_in_the_zip_format_is_read_like_docx():
    document = docx.Document()
    document.add_paragraph(f"张三 身份证号 {VALID_ID_NUMBER}")
    stream = io.BytesIO()
    document.save(stream)
    assert ("id_number", "high") in found_in(attachment("名单.wps", stream.getvalue()))


@pytest.mark.django_db
@pytest.mark.parametrize("name, content", [("名单.wps", XLS_ROSTER), ("照片.jpg", b"\xff\xd8\xff\xe0"), ("损坏.xlsx", b"PK\x03\x04broken")])
def test_an_attachment_the_scan_cannot_read_is_a_high_finding_the_reviewer_must_answer(name, content):
    document = attachment(name, content)
    [finding] = scan_attachment(document)
    assert (finding.kind, finding.severity, finding.excerpt) == ("unreadable", "high", document.filename)


@pytest.mark.django_db
def test_an_attachment_carrying_a_program_is_a_high_finding():
    [finding] = scan_attachment(attachment("附件.zip", zipped({"安装/setup.dat": EXE})))
    assert (finding.kind, finding.severity) == ("program", "high")


@pytest.mark.django_db
@pytest.mark.parametrize(
    "name, table_stream",
    [("补贴名单.doc", "1Table"), ("补贴名单.doc", "0Table"), ("补贴名单.wps", "1Table"), ("补贴名单.wps", "0Table")],
)
def test_the_id_number_in_a_binary_word_or_wps_roster_is_a_high_finding(name, table_stream):
    found = found_in(attachment(name, word_document(table_stream=table_stream)))
    assert {("id_number", "high"), ("mobile_number", "medium")} <= found
    assert ("unreadable", "high") not in found


def with_word_document_stream(content):
    return compound_file({**word_streams(), "WordDocument": content})


ENCRYPTED = 0x0100
DAMAGED_WORD_DOCUMENTS = {
    "a WordDocument stream of zeros": with_word_document_stream(b"\x00" * 4096),
    "a WordDocument stream cut inside the FIB": with_word_document_stream(word_streams()["WordDocument"][:40]),
    "a Word 95 FIB": with_word_document_stream(word_streams()["WordDocument"][:32] + b"\x0a\x00" + b"\x00" * 4000),
    "text outside the WordDocument stream": word_document(misplace_pieces_by=1 << 20),
    "the table stream the FIB names is missing": compound_file(word_streams(table_stream="0Table", flags=WHICH_TABLE_STREAM)),
    "an encrypted document": word_document(flags=ENCRYPTED),
    "a compound file cut short": word_document()[:2000],
}


@pytest.mark.django_db
@pytest.mark.parametrize("damage", DAMAGED_WORD_DOCUMENTS)
@pytest.mark.parametrize("extension", ["doc", "wps"])
def test_a_damaged_binary_word_document_is_the_unreadable_finding_not_an_error(damage, extension):
    content = DAMAGED_WORD_DOCUMENTS[damage]
    assert file_text(extension, content) is None
    document = attachment(f"名单.{extension}", content)
    [finding] = scan_attachment(document)
    assert (finding.kind, finding.severity, finding.excerpt) == ("unreadable", "high", document.filename)


def body_findings(body):
    return [(finding.kind, finding.severity) for finding in scan_item(SimpleNamespace(title="通知", body=body))]


def test_an_id_number_marked_up_in_part_in_the_body_is_found():
    assert ("id_number", "high") in body_findings("<p>身份证号：110105<b>19491231</b>002X</p>")


def test_a_mark_alone_in_a_quoted_block_of_the_body_is_found():
    assert ("classification_mark", "high") in body_findings("<blockquote>内部</blockquote><p>现将有关事项通知如下。</p>")
