"""The text inside an attachment or rich text, for the secrecy scan and the catalogue index alike.

    text = file_text("xlsx", data)   # str, or None when the type holds no text we can read
    text = document_text(document)   # the same, for a Wagtail document
    text = html_text(page.body)      # rich text as the reader sees it, a line per block

Reads PDF, DOCX, TXT/CSV (UTF-8 or GB18030), XLSX, XLS (BIFF, via xlrd), WPS Office's ET
(BIFF like XLS, or zip like XLSX), DOC and WPS (binary Word 97, via word_binary, or zip like
DOCX), and OFD (zip of XML pages, the text in `TextCode` elements). A file of these types that
cannot be read in full gives None or raises: the caller must say so rather than pass it as clean.
"""
import html
import io
import re
import zipfile

from .word_binary import word_text

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
# Enough to find an attachment by what it says, and to scan a very long roster.
MAX_CHARACTERS = 2_000_000
# Where a block of rich text ends (a line of its own for the reader), and any other tag. Rich
# text escapes every `<` of its text and attributes, so a tag stops at the next `<`: the patterns
# take linear time even on a body of unclosed `<a` (`[^>]*` would take seconds on 40,000 characters).
BLOCK_END = re.compile(r"</(?:p|h[1-6]|li|ul|ol|div|blockquote|pre|tr|td|th|table)\s*>|<(?:br|hr)\b[^<>]*>", re.IGNORECASE)
TAG = re.compile(r"<[A-Za-z/!][^<>]*>")


def pdf_text(data):
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def docx_text(data):
    import docx

    document = docx.Document(io.BytesIO(data))
    lines = [paragraph.text for paragraph in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            lines.append(" ".join(cell.text for cell in row.cells))
    return "\n".join(lines)


def plain_text(data):
    """Chinese text files come in UTF-8 or GB18030."""
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="replace")


def cell_text(value):
    """Spreadsheets keep phone and card numbers as numbers: 13812345678.0 reads 13812345678."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return "" if value is None else str(value)


def xlsx_text(data):
    from openpyxl import load_workbook

    workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    lines = []
    for sheet in workbook.worksheets:
        lines.append(sheet.title)
        lines.extend(" ".join(cell_text(value) for value in row) for row in sheet.iter_rows(values_only=True))
    return "\n".join(lines)


def xls_text(data):
    import xlrd

    workbook = xlrd.open_workbook(file_contents=data, on_demand=True)
    lines = []
    for sheet in workbook.sheets():
        lines.append(sheet.name)
        lines.extend(" ".join(cell_text(value) for value in sheet.row_values(row)) for row in range(sheet.nrows))
    return "\n".join(lines)


def ofd_text(data):
    """OFD (GB/T 33190): each page's Content.xml holds its text in TextCode elements."""
    from lxml import etree

    lines = []
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in sorted(archive.namelist()):
            if name.lower().endswith(".xml"):
                root = etree.fromstring(archive.read(name), etree.XMLParser(resolve_entities=False, no_network=True))
                lines.extend(element.text or "" for element in root.iter("{*}TextCode"))
    return "\n".join(lines)


def spreadsheet_text(data):
    """ET and XLS: BIFF inside OLE2, or (newer WPS) an XLSX-like zip."""
    return xlsx_text(data) if data.startswith(ZIP) else xls_text(data)


def word_document_text(data):
    """DOC and WPS: binary Word 97 (WPS Writer writes the same layout) or, renamed, a DOCX zip."""
    if data.startswith(ZIP):
        return docx_text(data)
    return word_text(data, MAX_CHARACTERS) if data.startswith(OLE2) else None


EXTRACTORS = {
    "pdf": pdf_text,
    "docx": docx_text,
    "txt": plain_text,
    "csv": plain_text,
    "xlsx": xlsx_text,
    "xls": spreadsheet_text,
    "et": spreadsheet_text,
    "doc": word_document_text,
    "wps": word_document_text,
    "ofd": ofd_text,
}


def file_text(extension, data):
    """The text of a file of type `extension` (no dot), or None when it cannot be read."""
    extract = EXTRACTORS.get((extension or "").lower())
    if extract is None:
        return None
    text = extract(data)
    return None if text is None else text[:MAX_CHARACTERS]


def document_text(document, data=None):
    """The text of a Wagtail document (`data`: its bytes, when the caller has read them), or
    None when its type cannot be read. The type is the extension of the file's own name
    (Wagtail's `file_extension`), never of a folder above it."""
    extension = document.file_extension.lower()
    if extension not in EXTRACTORS:
        return None
    if data is None:
        with document.file.open("rb") as stream:
            data = stream.read()
    return file_text(extension, data)


def html_text(rich_text):
    """Rich text as its reader sees it: a line per block, inline tags (bold, links, embeds)
    gone without a space, so a word or a number marked up in part stays whole, and entities
    as characters. Patterns, ten times faster than strip_tags, are safe on rich text (see TAG)."""
    return html.unescape(TAG.sub("", BLOCK_END.sub("\n", rich_text or "")))
