"""The text of a binary Word 97-2003 document ([MS-DOC]); binary WPS Writer files share its layout.

    text = word_text(data)   # str, or None when `data` is not a readable Word 97+ document

The text lives in the WordDocument stream, in pieces listed by the piece table (the CLX) of
the table stream (0Table or 1Table, as the FIB says). A piece is either 8-bit (cp1252, at
half its file offset) or UTF-16LE. Every story is read (body, footnotes, headers, comments,
text boxes): a mark or an ID number in a header matters as much as one in the body.

Anything that does not add up (a bad signature, an encrypted document, a piece outside its
stream, an older FIB) gives None and never partial text: the scan then says "unreadable" and
the reviewer reads the file by hand, rather than the scan passing what it only half read.
"""
import io
import struct
from typing import NamedTuple

import olefile

WORD_SIGNATURE = 0xA5EC
ENCRYPTED = 0x0100
OBFUSCATED = 0x8000
WHICH_TABLE_STREAM = 0x0200
FIB_BASE_SIZE = 32
# [MS-DOC] 2.5.1: a Word 97 or later FIB has these many 16-bit and 32-bit values...
WORD97_SHORTS = 14
WORD97_LONGS = 22
# ...and fcClx/lcbClx is the 34th offset-and-length pair of FibRgFcLcb97.
CLX_PAIR = 33
PRC = 0x01
PCDT = 0x02
COMPRESSED = 0x40000000
FC_MASK = 0x3FFFFFFF
PCD_SIZE = 8
# Paragraph, cell, line, page and section ends become line breaks and tabs; the anchors of
# fields, pictures, notes and comments stand for nothing to read and are dropped.
SEPARATORS = {0x0D: "\n", 0x0B: "\n", 0x0C: "\n", 0x0E: "\n", 0x07: "\t", 0x1E: "-", 0x1F: "", 0xA0: " "}
ANCHORS = {code: None for code in (0x01, 0x02, 0x03, 0x04, 0x05, 0x08, 0x13, 0x14, 0x15)}
CONTROL_CHARACTERS = str.maketrans({**ANCHORS, **SEPARATORS})


class NotReadable(ValueError):
    """The bytes are not a Word 97+ document this module can read in full."""


def word_text(data, max_characters=None):
    """All the text of the binary Word document `data`, or None if it cannot be read in full."""
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            word_document = _stream(ole, "WordDocument")
            fib = read_fib(word_document)
            table = _stream(ole, fib.table_stream)
        pieces = read_piece_table(table, fib.clx_offset, fib.clx_size)
        return "".join(_decoded(word_document, pieces, max_characters)).translate(CONTROL_CHARACTERS)
    except Exception:  # olefile and a forged FIB fail in many ways; each means "read it by hand"
        return None


class Fib(NamedTuple):
    table_stream: str
    clx_offset: int
    clx_size: int


def read_fib(word_document):
    """The table stream's name and where its CLX lies, from the FIB at the stream's start."""
    signature, flags = _unpack("<H", word_document, 0), _unpack("<H", word_document, 0x0A)
    if signature != WORD_SIGNATURE:
        raise NotReadable("not a Word document")
    if flags & (ENCRYPTED | OBFUSCATED):
        raise NotReadable("encrypted")
    position = FIB_BASE_SIZE
    shorts = _unpack("<H", word_document, position)
    position += 2 + 2 * shorts
    longs = _unpack("<H", word_document, position)
    position += 2 + 4 * longs
    pairs = _unpack("<H", word_document, position)
    if shorts != WORD97_SHORTS or longs != WORD97_LONGS or pairs <= CLX_PAIR:
        raise NotReadable("not a Word 97 or later FIB")
    clx_offset = _unpack("<I", word_document, position + 2 + 8 * CLX_PAIR)
    clx_size = _unpack("<I", word_document, position + 6 + 8 * CLX_PAIR)
    table_stream = "1Table" if flags & WHICH_TABLE_STREAM else "0Table"
    return Fib(table_stream, clx_offset, clx_size)


def read_piece_table(table, clx_offset, clx_size):
    """Each piece as (character count, file offset, compressed), in character order."""
    clx = table[clx_offset : clx_offset + clx_size]
    if clx_size == 0 or len(clx) != clx_size:
        raise NotReadable("the CLX lies outside the table stream")
    position = 0
    while clx[position : position + 1] == bytes([PRC]):
        # A Prc holds formatting (a GrpPrl of cbGrpprl bytes), nothing to read.
        grpprl_size = _unpack("<h", clx, position + 1)
        if grpprl_size < 0:
            raise NotReadable("a negative formatting size")
        position += 3 + grpprl_size
    if clx[position : position + 1] != bytes([PCDT]):
        raise NotReadable("no piece table in the CLX")
    size = _unpack("<I", clx, position + 1)
    plc = clx[position + 5 : position + 5 + size]
    if len(plc) != size or size < 4 or (size - 4) % (4 + PCD_SIZE):
        raise NotReadable("a piece table of the wrong size")
    count = (size - 4) // (4 + PCD_SIZE)
    # One piece at a time: a forged table of millions of pieces must not fill the memory.
    table_view = memoryview(plc)
    positions = (position for (position,) in struct.iter_unpack("<I", table_view[: 4 * (count + 1)]))
    descriptors = struct.iter_unpack("<HIH", table_view[4 * (count + 1) :])
    start = next(positions)
    for end, (_flags, fc, _prm) in zip(positions, descriptors):
        if end < start:
            raise NotReadable("character positions out of order")
        yield end - start, fc & FC_MASK, bool(fc & COMPRESSED)
        start = end


def _decoded(word_document, pieces, max_characters):
    """The text of each piece in character order, up to `max_characters` in all."""
    total = 0
    for count, fc, compressed in pieces:
        offset, size = (fc // 2, count) if compressed else (fc, 2 * count)
        raw = word_document[offset : offset + size]
        if len(raw) != size:
            raise NotReadable("a piece lies outside the WordDocument stream")
        # 8-bit pieces are Windows-1252 ([MS-DOC] 2.4.1); its five unused bytes never hide digits.
        yield raw.decode("cp1252", errors="replace") if compressed else raw.decode("utf-16-le", errors="replace")
        total += count
        if max_characters is not None and total >= max_characters:
            return


def _stream(ole, name):
    if not ole.exists(name) or ole.get_type(name) != olefile.STGTY_STREAM:
        raise NotReadable(f"no {name} stream")
    return ole.openstream(name).read()


def _unpack(layout, buffer, offset):
    if offset < 0 or offset + struct.calcsize(layout) > len(buffer):
        raise NotReadable("a structure runs past its stream")
    return struct.unpack_from(layout, buffer, offset)[0]
