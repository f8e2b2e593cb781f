"""The report as .xlsx: one sheet per table in the official layout (merged header and label
cells, figures as numbers), and the reader that takes the figures back out of such a file.

The sheet says where its figures start the way a spreadsheet user sees it: the header rows and
label columns are frozen panes, so read_xlsx needs nothing but the file. Labels go through the
project's one formula guard (disclosure_pages.spreadsheet_export): an organ's own row label such
as "=HYPERLINK(…)" stays text.
"""
import io
import re
from decimal import Decimal

from openpyxl import Workbook, load_workbook
from openpyxl.styles import Alignment, Border, Font, Side
from openpyxl.utils import get_column_letter

from gongkai.disclosure_pages.spreadsheet_export import spreadsheet_safe

from .layout import grid
from .text import printable

THIN = Side(style="thin")
RULED = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)
FIRST_ROW = 2  # row 1 holds the table's title
SHEET_NAME_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
LABEL_WIDTH, FIGURE_WIDTH = 28, 12


def sheet_name(key, title):
    return SHEET_NAME_FORBIDDEN.sub("", title or key)[:31] or key


def write_cell(sheet, cell, value, *, bold=False, align="center"):
    row, column = FIRST_ROW + cell.row, 1 + cell.column
    target = sheet.cell(row=row, column=column, value=value)
    target.font = Font(bold=bold)
    target.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
    for r in range(row, row + cell.rowspan):
        for c in range(column, column + cell.colspan):
            sheet.cell(row=r, column=c).border = RULED
    if cell.rowspan > 1 or cell.colspan > 1:
        sheet.merge_cells(
            start_row=row, start_column=column, end_row=row + cell.rowspan - 1, end_column=column + cell.colspan - 1
        )


def figure(value):
    """A number stays a number; anything else a table holds is text, guarded like a label."""
    if value is None or isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return value
    return spreadsheet_safe(str(value))


def write_sheet(sheet, table):
    layout = grid(table)
    sheet.cell(row=1, column=1, value=spreadsheet_safe(layout.title)).font = Font(bold=True, size=14)
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=max(layout.width, 1))
    for cell in (c for line in layout.header for c in line):
        write_cell(sheet, cell, spreadsheet_safe(cell.label), bold=True)
    for cell in (c for line in layout.body for c in line):
        if cell.is_header:
            write_cell(sheet, cell, spreadsheet_safe(cell.label), bold=cell.column == 0, align="left")
        else:
            write_cell(sheet, cell, figure(cell.label), align="right")
    for column in range(1, layout.width + 1):
        width = LABEL_WIDTH if column <= layout.depth else FIGURE_WIDTH
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = sheet.cell(row=FIRST_ROW + layout.header_height, column=layout.depth + 1)


def to_xlsx(title, data):
    """The bytes of the workbook, titled `title`, of `data` (annual_reports.export.report_data)."""
    workbook = Workbook()
    workbook.properties.title = printable(title)
    workbook.remove(workbook.active)
    for key, table in data["tables"].items():
        write_sheet(workbook.create_sheet(sheet_name(key, table["title"])), table)
    out = io.BytesIO()
    workbook.save(out)
    return out.getvalue()


def merged_origins(sheet):
    """(row, column) of every merged cell → (row, column) of the cell holding its value."""
    origins = {}
    for merged in sheet.merged_cells.ranges:
        for row in range(merged.min_row, merged.max_row + 1):
            for column in range(merged.min_col, merged.max_col + 1):
                origins[(row, column)] = (merged.min_row, merged.min_col)
    return origins


def read_sheet(sheet):
    origins = merged_origins(sheet)
    frozen = sheet[sheet.freeze_panes]
    first_body, depth = frozen.row, frozen.column - 1

    def value(row, column):
        return sheet.cell(*origins.get((row, column), (row, column))).value

    columns = [value(first_body - 1, c) for c in range(depth + 1, sheet.max_column + 1)]
    rows = []
    for row in range(first_body, sheet.max_row + 1):
        path, seen = [], set()
        for column in range(1, depth + 1):
            origin = origins.get((row, column), (row, column))
            if origin not in seen and sheet.cell(*origin).value is not None:
                path.append(sheet.cell(*origin).value)
            seen.add(origin)
        values = [sheet.cell(row, c).value for c in range(depth + 1, depth + 1 + len(columns))]
        rows.append({"label": path[-1] if path else "", "path": path, "values": values})
    return {"title": sheet.cell(1, 1).value, "columns": columns, "rows": rows}


def read_xlsx(content):
    """The tables of a workbook written by to_xlsx: {"tables": {sheet name: table}}, figures as
    the numbers the cells hold."""
    workbook = load_workbook(io.BytesIO(content))
    return {"tables": {sheet.title: read_sheet(sheet) for sheet in workbook.worksheets}}
