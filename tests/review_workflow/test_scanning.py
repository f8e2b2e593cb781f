"""The automated scan finds personal data and classification marks."""
import io

import docx
import pytest

from review_workflow.scanning import docx_text, scan_text

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
    assert VALID_ID_NUMBER in docx_text(stream.getvalue())
