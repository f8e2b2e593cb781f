"""The report's tables as .xlsx, .docx and PDF: the same figures in every download."""
import io

import docx
import pypdf
from hypothesis import given, settings, strategies as st
from openpyxl import load_workbook

from gongkai.annual_reports.rendering import pdf_tables, spreadsheet, word
from gongkai.disclosure_pages.spreadsheet_export import spreadsheet_safe

from .report_tables import report_data

TITLE = "方山县人民政府办公室2025年政府信息公开工作年度报告"


def test_the_xlsx_download_reads_back_to_the_same_numbers_labels_and_columns():
    data = report_data()
    back = spreadsheet.read_xlsx(spreadsheet.to_xlsx(TITLE, data))
    assert [table["title"] for table in back["tables"].values()] == [t["title"] for t in data["tables"].values()]
    for table, reread in zip(data["tables"].values(), back["tables"].values()):
        assert reread["columns"] == table["columns"]
        assert [row["path"] for row in reread["rows"]] == [row["path"] for row in table["rows"]]
        assert [row["values"] for row in reread["rows"]] == [row["values"] for row in table["rows"]]


def test_the_xlsx_holds_figures_as_numbers_and_merges_the_official_header():
    workbook = load_workbook(io.BytesIO(spreadsheet.to_xlsx(TITLE, report_data())))
    sheet = workbook["三、收到和处理政府信息公开申请情况"]
    merged = {str(cell_range) for cell_range in sheet.merged_cells.ranges}
    # Corner over the three label columns and both header rows; 法人或其他组织 over five columns;
    # 三、本年度办理结果 down its 22 rows; （三）不予公开 down its 8.
    assert {"A2:C3", "E2:I2", "D2:D3", "J2:J3", "A6:A27", "B8:B15"} <= merged
    assert sheet["J5"].value == 3 and sheet["J5"].data_type == "n"  # 上年结转, 总计
    assert workbook.properties.title == TITLE


def test_a_label_that_looks_like_a_formula_stays_text_in_the_xlsx():
    data = report_data()
    table = data["tables"]["三"]
    table["rows"][0] = {**table["rows"][0], "label": "=HYPERLINK(\"http://evil\")", "path": ["=HYPERLINK(\"http://evil\")"]}
    table["title"] = "+cmd|' /C calc'!A0"
    workbook = load_workbook(io.BytesIO(spreadsheet.to_xlsx(TITLE, data)))
    texts = [cell for sheet in workbook.worksheets for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell.coordinate for cell in texts if cell.data_type == "f"]
    assert "'=HYPERLINK(\"http://evil\")" in [cell.value for cell in texts]
    assert "'+cmd|' /C calc'!A0" in [cell.value for cell in texts]


def test_the_docx_has_real_word_tables_with_the_figures_in_songti():
    data = report_data()
    document = docx.Document(io.BytesIO(word.to_docx(TITLE, data)))
    assert len(document.tables) == 3
    three = document.tables[1]
    by_label = {row.cells[2].text: [cell.text for cell in row.cells[3:]] for row in three.rows}
    for row in data["tables"]["三"]["rows"]:
        assert by_label[row["label"]] == [str(value) for value in row["values"]]
    assert three.cell(5, 0).text == "三、本年度办理结果"  # merged down the result rows
    two = document.tables[0]
    assert [cell.text for cell in two.rows[-1].cells][-1] == "12.35"
    run = two.rows[-1].cells[-1].paragraphs[0].runs[0]
    assert run.font.name == "宋体"


def pdf_text(content):
    return "".join(page.extract_text() for page in pypdf.PdfReader(io.BytesIO(content)).pages)


def test_the_pdf_is_a_pdf_with_the_chinese_labels_and_every_figure():
    data = report_data()
    content = pdf_tables.to_pdf(TITLE, data)
    assert content.startswith(b"%PDF")
    text = pdf_text(content).replace("\n", " ")
    assert TITLE in text and "三、收到和处理政府信息公开申请情况" in text
    row = next(r for r in data["tables"]["三"]["rows"] if r["label"] == "（七）总计")
    assert " ".join(str(value) for value in row["values"]) in text
    assert "1532" in text and "12.35" in text


def test_the_pdf_draws_grid_lines_for_every_cell():
    content = pdf_tables.to_pdf(TITLE, report_data())
    assert content.count(b" re S") >= 3 * 7 + 25 * 8


def test_a_table_longer_than_a_page_goes_on_with_its_header_repeated():
    data = report_data()
    rows = data["tables"]["三"]["rows"]
    data["tables"]["三"]["rows"] = rows * 4
    pages = pypdf.PdfReader(io.BytesIO(pdf_tables.to_pdf(TITLE, data))).pages
    assert len(pages) > 3
    continued = [page.extract_text() for page in pages if "三、收到和处理政府信息公开申请情况" in page.extract_text()]
    assert len(continued) > 1 and all("法人或其他组织" in text for text in continued)


def test_control_characters_in_labels_do_not_break_any_download():
    data = report_data()
    data["tables"]["三"]["rows"][0]["path"] = ["一、本年新收\x01政府信息公开申请数量\x0b"]
    data["tables"]["三"]["header_rows"][0][0]["label"] = "自然\x1f人"
    title = "年度\x08报告"
    reread = spreadsheet.read_xlsx(spreadsheet.to_xlsx(title, data))["tables"]["三、收到和处理政府信息公开申请情况"]
    assert reread["rows"][0]["path"] == ["一、本年新收政府信息公开申请数量"]
    assert docx.Document(io.BytesIO(word.to_docx(title, data))).tables[1].cell(0, 3).text == "自然人"
    assert "一、本年新收政府信息公开申请数量" in pdf_text(pdf_tables.to_pdf(title, data))


def test_a_table_without_row_labels_as_the_official_table_four_prints_it():
    data = report_data()
    four = data["tables"]["四"]
    four["rows"] = [{"label": "", "path": [], "values": four["rows"][0]["values"]}]
    back = spreadsheet.read_xlsx(spreadsheet.to_xlsx(TITLE, data))["tables"]["四、政府信息公开行政复议、行政诉讼情况"]
    assert back["rows"] == [{"label": "", "path": [], "values": four["rows"][0]["values"]}]
    assert back["columns"] == four["columns"]
    assert len(docx.Document(io.BytesIO(word.to_docx(TITLE, data))).tables[2].columns) == 15
    assert "2 1 0 1 4 1 0 0 0 1 0 0 1 0 1" in pdf_text(pdf_tables.to_pdf(TITLE, data)).replace("\n", " ")


figures = st.one_of(st.none(), st.integers(min_value=0, max_value=10**9), st.decimals(min_value=0, max_value=10**6, places=2).map(float))
labels = st.text(st.characters(blacklist_categories=("Cs", "Cc")), min_size=1, max_size=30).map(str.strip).filter(bool)


@settings(max_examples=40, deadline=None)
@given(values=st.lists(st.lists(figures, min_size=7, max_size=7), min_size=1, max_size=6), names=st.lists(labels, min_size=6, max_size=6))
def test_any_figures_under_any_labels_read_back_from_the_xlsx(values, names):
    data = report_data()
    three = data["tables"]["三"]
    three["rows"] = [{"label": name, "path": [name], "values": row} for name, row in zip(names, values)]
    back = spreadsheet.read_xlsx(spreadsheet.to_xlsx(TITLE, data))["tables"]["三、收到和处理政府信息公开申请情况"]
    assert [row["values"] for row in back["rows"]] == values
    assert [row["label"] for row in back["rows"]] == [spreadsheet_safe(row["label"]) for row in three["rows"]]
