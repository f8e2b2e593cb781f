"""A notice as a Word document (.docx), set in 宋体 (SimSun) as official letters are; Word and
WPS substitute their own Song face where SimSun is missing."""
import io

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.shared import Pt

FONT = "宋体"
BODY_SIZE, TITLE_SIZE = Pt(12), Pt(18)


def set_font(run, size, bold=False):
    run.font.name = FONT
    run.font.size = size
    run.font.bold = bold
    # Word takes Chinese glyphs from the East Asian font slot, not from font.name.
    run._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:eastAsia"), FONT)


def to_docx(title, paragraphs):
    """The bytes of a .docx holding `title` centred above `paragraphs`."""
    document = Document()
    document.core_properties.title = title
    heading = document.add_paragraph()
    heading.alignment = WD_ALIGN_PARAGRAPH.CENTER
    set_font(heading.add_run(title), TITLE_SIZE, bold=True)
    for text in paragraphs:
        set_font(document.add_paragraph().add_run(text), BODY_SIZE)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
