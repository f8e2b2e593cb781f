"""Roster-shaped office files for scan and upload tests: built with openpyxl and zipfile,
or derived from the one committed binary fixture (fixtures/subsidy-roster.xls, written once
with xlwt 1.3.0, which the project does not depend on)."""
import io
import struct
import zipfile
from pathlib import Path

import olefile
from openpyxl import Workbook

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
