"""Text of attachments for the catalogue index: what gongkai.disclosure_pages.file_text reads."""
import logging

from gongkai.disclosure_pages.constants import SEARCH_LOGGER
from gongkai.disclosure_pages.file_text import document_text

logger = logging.getLogger(SEARCH_LOGGER)

# Enough to find an attachment by what it says; keeps huge scans from bloating the index.
MAX_CHARACTERS = 200_000


def attachment_text(document):
    """The text of a Wagtail document, or "" for other formats and unreadable files."""
    try:
        return (document_text(document) or "")[:MAX_CHARACTERS]
    except Exception:  # a damaged upload must not stop indexing of the item itself
        logger.warning("Could not read the text of attachment %s", document.pk, exc_info=True)
        return ""
