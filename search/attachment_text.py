"""Text of attachments (PDF, DOCX), extracted in Python for the catalogue index."""
import logging
from pathlib import PurePath

import docx
from pypdf import PdfReader

logger = logging.getLogger("gongkai.search")

# Enough to find an attachment by what it says; keeps huge scans from bloating the index.
MAX_CHARACTERS = 200_000


def _pdf_text(file):
    return "\n".join(page.extract_text() or "" for page in PdfReader(file).pages)


def _docx_text(file):
    return "\n".join(paragraph.text for paragraph in docx.Document(file).paragraphs)


EXTRACTORS = {".pdf": _pdf_text, ".docx": _docx_text}


def attachment_text(document):
    """The text of a Wagtail document, or "" for other formats and unreadable files."""
    extract = EXTRACTORS.get(PurePath(document.file.name).suffix.lower())
    if extract is None:
        return ""
    try:
        with document.file.open("rb") as file:
            return extract(file)[:MAX_CHARACTERS]
    except Exception:  # a damaged upload must not stop indexing of the item itself
        logger.warning("Could not read the text of attachment %s", document.pk, exc_info=True)
        return ""
