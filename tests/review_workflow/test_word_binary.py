"""Binary Word 97 documents (and binary WPS Writer files) are read through their piece table."""
import pytest
from django.core.files.base import ContentFile
from hypothesis import given, settings
from hypothesis import strategies as st
from wagtail.documents.models import Document

from gongkai.disclosure_pages.file_text import file_text
from gongkai.search.attachment_text import attachment_text

from .office_files import VALID_ID_NUMBER, word_document

# Text without Word's control characters (paragraph marks, cell ends, field anchors).
READABLE = st.characters(min_codepoint=0x20, exclude_characters="\xa0", exclude_categories=("Cs",))
EIGHT_BIT = st.characters(codec="cp1252", min_codepoint=0x20, exclude_characters="\x7f\xa0")
PIECES = st.lists(
    st.one_of(
        st.tuples(st.text(EIGHT_BIT, max_size=40), st.just(True)),
        st.tuples(st.text(READABLE, max_size=40), st.just(False)),
    ),
    min_size=1,
    max_size=12,
)


def test_paragraphs_and_table_cells_read_as_lines_and_tabs_across_eight_bit_and_unicode_pieces():
    assert file_text("doc", word_document()) == f"Roster 2026\n{VALID_ID_NUMBER}\t张三\t\n补贴名单 联系电话 13812345678\n"


@settings(max_examples=60, deadline=None)
@given(PIECES, st.sampled_from(["0Table", "1Table"]))
def test_the_text_is_the_pieces_in_piece_table_order_whatever_their_encoding(pieces, table_stream):
    assert file_text("doc", word_document(pieces, table_stream)) == "".join(text for text, _eight_bit in pieces)


def test_a_docx_renamed_doc_is_still_read():
    import io

    import docx

    document = docx.Document()
    document.add_paragraph(f"张三 {VALID_ID_NUMBER}")
    stream = io.BytesIO()
    document.save(stream)
    assert VALID_ID_NUMBER in file_text("doc", stream.getvalue())


@pytest.mark.django_db
@pytest.mark.parametrize("name", ["通知.doc", "通知.wps"])
def test_the_search_index_gets_the_words_of_a_binary_word_attachment(name):
    notice = [("Fangshan County ", True), ("关于发放2026年度耕地地力保护补贴的通知\r各乡镇人民政府：", False)]
    document = Document.objects.create(title=name, file=ContentFile(word_document(notice), name=name))
    text = attachment_text(document)
    assert "Fangshan County" in text and "耕地地力保护补贴" in text and "各乡镇人民政府" in text
