"""The report's tables as a Word document: real Word tables with merged header and label cells,
set in the font and sizes of the project's other Word documents (disclosure_requests'
docx_writer: 宋体 in the East Asian slot)."""
import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Pt

from gongkai.disclosure_requests.documents.docx_writer import BODY_SIZE, TITLE_SIZE, set_font

from .figures import display_number
from .layout import grid
from .text import printable

TABLE_SIZE = Pt(9)


def landscape(document):
    """The tables are wide (table 四 has fifteen figure columns): A4 turned."""
    section = document.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE
    section.page_width, section.page_height = section.page_height, section.page_width


def fill(target, text, *, bold=False, align=WD_ALIGN_PARAGRAPH.CENTER):
    paragraph = target.paragraphs[0]
    paragraph.alignment = align
    set_font(paragraph.add_run(text), TABLE_SIZE, bold=bold)


def add_table(document, table):
    layout = grid(table)
    heading = document.add_paragraph()
    set_font(heading.add_run(layout.title), BODY_SIZE, bold=True)
    rows = layout.header_height + len(layout.body)
    word_table = document.add_table(rows=rows, cols=max(layout.width, 1))
    word_table.style = "Table Grid"
    for cell in layout.cells():
        target = word_table.cell(cell.row, cell.column)
        if cell.rowspan > 1 or cell.colspan > 1:
            target = target.merge(word_table.cell(cell.row + cell.rowspan - 1, cell.column + cell.colspan - 1))
        if cell.row < layout.header_height:
            fill(target, cell.label, bold=True)
        elif cell.is_header:
            fill(target, cell.label, bold=cell.column == 0, align=WD_ALIGN_PARAGRAPH.LEFT)
        else:
            fill(target, display_number(cell.label), align=WD_ALIGN_PARAGRAPH.RIGHT)


def to_docx(title, data):
    """The bytes of a .docx with `title` above the tables of `data` (report_data's dict)."""
    title = printable(title)
    document = Document()
    document.core_properties.title = title
    landscape(document)
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(heading.add_run(title), TITLE_SIZE, bold=True)
    for table in data["tables"].values():
        add_table(document, table)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
