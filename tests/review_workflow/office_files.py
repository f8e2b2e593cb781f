"""Roster-shaped office files for scan and upload tests: built with openpyxl and zipfile,
binary Word 97 documents built by hand (compound_files writes the OLE2 container), or derived
from the one committed binary fixture (fixtures/subsidy-roster.xls, written once with xlwt
1.3.0, which the project does not depend on)."""
import io
import struct
import zipfile
from pathlib import Path

import olefile
from openpyxl import Workbook

from .compound_files import compound_file

VALID_ID_NUMBER = "11010519491231002X"
MOBILE_NUMBER = 13812345678
CARD_NUMBER = "6228480402564890018"
ROSTER = [
    ("序号", "姓名", "身份证号", "联系电话", "银行账号", "补贴金额"),
    (1, "张三", VALID_ID_NUMBER, MOBILE_NUMBER, CARD_NUMBER, 2000),
]
XLS_ROSTER = (Path(__file__).parent / "fixtures" / "subsidy-roster.xls").read_bytes()
MSI_CLASS_ID = struct.pack("<IHH", 0x000C1084, 0, 0) + bytes([0xC0, 0, 0, 0, 0, 0, 0, 0x46])
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 50


def xlsx_roster():
    workbook = Workbook()
    for row in ROSTER:
        workbook.active.append(row)
    stream = io.BytesIO()
    workbook.save(stream)
    return stream.getvalue()


def zipped(members):
    """A zip of {name: bytes or str}."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in members.items():
            archive.writestr(name, content)
    return buffer.getvalue()


def ofd_roster():
    page = (
        '<?xml version="1.0" encoding="UTF-8"?><ofd:Page xmlns:ofd="http://www.ofdspec.org/2016">'
        "<ofd:Content><ofd:Layer>"
        '<ofd:TextObject ID="1"><ofd:TextCode X="0" Y="0">张三 身份证号</ofd:TextCode></ofd:TextObject>'
        f'<ofd:TextObject ID="2"><ofd:TextCode X="0" Y="5">{VALID_ID_NUMBER}</ofd:TextCode></ofd:TextObject>'
        "</ofd:Layer></ofd:Content></ofd:Page>"
    )
    return zipped({"OFD.xml": "<ofd:OFD xmlns:ofd='http://www.ofdspec.org/2016'/>", "Doc_0/Pages/Page_0/Content.xml": page})


def _directory_entry_offset(data, name):
    """Where the directory entry of stream `name` starts in the compound file `data`."""
    ole = olefile.OleFileIO(io.BytesIO(data))
    index = next(entry.sid for entry in ole.direntries if entry is not None and entry.name == name)
    sector_size, first_directory_sector = ole.sectorsize, ole.first_dir_sector
    ole.close()
    assert index < sector_size // 128, "the entry lies in the first directory sector"
    return (first_directory_sector + 1) * sector_size + 128 * index


def with_root_class_id(data, class_id):
    """The compound file `data` with its root storage claiming another class (e.g. MSI)."""
    out = bytearray(data)
    offset = _directory_entry_offset(data, "Root Entry") + 0x50
    out[offset : offset + 16] = class_id
    return bytes(out)


def with_stream_renamed(data, old, new):
    """The compound file `data` with stream `old` called `new` (up to 31 characters)."""
    out = bytearray(data)
    offset = _directory_entry_offset(data, old)
    encoded = new.encode("utf-16-le") + b"\x00\x00"
    out[offset : offset + 64] = encoded.ljust(64, b"\x00")
    out[offset + 64 : offset + 66] = struct.pack("<H", len(encoded))
    return bytes(out)


# Binary Word 97 ([MS-DOC]): a FIB, the text pieces, and a CLX in the table stream.
WORD_SIGNATURE, WHICH_TABLE_STREAM, COMPRESSED = 0xA5EC, 0x0200, 0x40000000
FIB_SHORTS, FIB_LONGS, FIB_PAIRS, CLX_PAIR = 14, 22, 0x5D, 33
TEXT_START = 1024
ROSTER_PIECES = [
    # Eight-bit and UTF-16 pieces, with an ID number split across the two kinds.
    ("Roster 2026\r110105", True),
    (f"{VALID_ID_NUMBER[6:]}\x07张三\x07\r补贴名单 联系电话 {MOBILE_NUMBER}\r", False),
]


def word_document(pieces=ROSTER_PIECES, table_stream="1Table", **options):
    """A binary Word 97 document (or binary WPS Writer file) holding `pieces` in that order."""
    return compound_file(word_streams(pieces, table_stream, **options))


def word_streams(pieces=ROSTER_PIECES, table_stream="1Table", flags=0, misplace_pieces_by=0):
    """The WordDocument and table streams of a document holding `pieces` ([(text, eight_bit)]).

    The pieces are stored back to front in the WordDocument stream so that only the piece
    table says which comes first; the CLX starts with a formatting Prc a reader must skip.
    `misplace_pieces_by` bytes shifts where the piece table says the text is (damage)."""
    stored, offsets = b"", []
    for text, eight_bit in reversed(pieces):
        offset = TEXT_START + len(stored) + misplace_pieces_by
        stored += text.encode("cp1252") if eight_bit else text.encode("utf-16-le")
        offsets.insert(0, offset * 2 | COMPRESSED if eight_bit else offset)
    positions = [0]
    for text, eight_bit in pieces:  # character positions count UTF-16 code units
        positions.append(positions[-1] + (len(text) if eight_bit else len(text.encode("utf-16-le")) // 2))
    plc = struct.pack(f"<{len(positions)}I", *positions)
    plc += b"".join(struct.pack("<HIH", 0, offset, 0) for offset in offsets)
    clx = b"\x01" + struct.pack("<h", 3) + b"\x0c\x2a\x01" + b"\x02" + struct.pack("<I", len(plc)) + plc
    pairs = [0] * (2 * FIB_PAIRS)
    pairs[2 * CLX_PAIR : 2 * CLX_PAIR + 2] = [16, len(clx)]
    flags |= WHICH_TABLE_STREAM if table_stream == "1Table" else 0
    longs = [0] * FIB_LONGS
    longs[3] = positions[-1]  # ccpText
    fib = (
        struct.pack("<HHHHHH", WORD_SIGNATURE, 0x00C1, 0, 0x0804, 0, flags).ljust(32, b"\x00")
        + struct.pack("<H", FIB_SHORTS) + b"\x00" * 2 * FIB_SHORTS
        + struct.pack(f"<H{FIB_LONGS}I", FIB_LONGS, *longs)
        + struct.pack(f"<H{2 * FIB_PAIRS}I", FIB_PAIRS, *pairs)
        + struct.pack("<H", 0)
    )
    assert len(fib) <= TEXT_START
    return {"WordDocument": fib.ljust(TEXT_START, b"\x00") + stored, table_stream: b"\x00" * 16 + clx}
