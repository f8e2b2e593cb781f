"""A minimal OLE2 compound file writer, for tests only (olefile reads but cannot write new files).

Version 3 layout, 512-byte sectors: sector 0 is the one FAT sector, sector 1 the directory,
then each stream in consecutive sectors. Streams are padded with zeros to at least the
4096-byte mini-stream cutoff (their recorded size too) so that none lives in the mini stream,
which keeps the writer to one allocation table.
"""
import struct

SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
SECTOR = 512
MINI_STREAM_CUTOFF = 4096
FREE, END_OF_CHAIN, FAT_SECTOR, NO_STREAM = 0xFFFFFFFF, 0xFFFFFFFE, 0xFFFFFFFD, 0xFFFFFFFF
STORAGE_ROOT, STORAGE_STREAM, BLACK = 5, 2, 1
ENTRIES_PER_SECTOR = SECTOR // 128


def _padded(data):
    size = max(len(data), MINI_STREAM_CUTOFF)
    size += -size % SECTOR
    return data.ljust(size, b"\x00")


def _directory_entry(name, kind, child=NO_STREAM, right=NO_STREAM, start=END_OF_CHAIN, size=0):
    encoded = name.encode("utf-16-le") + b"\x00\x00"
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBB", len(encoded), kind, BLACK)
        + struct.pack("<III", NO_STREAM, right, child)
        + b"\x00" * 16  # class id
        + b"\x00" * 4  # state bits
        + b"\x00" * 16  # creation and modification times
        + struct.pack("<IQ", start, size)
    )


def compound_file(streams):
    """The bytes of a compound file holding `streams` ({name: bytes}) under its root."""
    names = sorted(streams, key=lambda name: (len(name), name.upper()))  # the directory's order
    assert len(names) < ENTRIES_PER_SECTOR, "one directory sector"
    fat, data, entries = [FAT_SECTOR, END_OF_CHAIN], b"", []
    for index, name in enumerate(names):
        padded = _padded(streams[name])
        first, count = len(fat), len(padded) // SECTOR
        fat += list(range(first + 1, first + count)) + [END_OF_CHAIN]
        right = index + 2 if index + 1 < len(names) else NO_STREAM
        entries.append(_directory_entry(name, STORAGE_STREAM, right=right, start=first, size=len(padded)))
        data += padded
    assert len(fat) <= SECTOR // 4, "one FAT sector"
    root = _directory_entry("Root Entry", STORAGE_ROOT, child=1)
    directory = (root + b"".join(entries)).ljust(SECTOR, b"\x00")  # unused entries: unreachable
    header = (
        SIGNATURE
        + b"\x00" * 16  # class id
        + struct.pack("<HHHHH", 0x003E, 0x0003, 0xFFFE, 9, 6)  # versions, byte order, sector shifts
        + b"\x00" * 6
        + struct.pack("<IIIIIIIII", 0, 1, 1, 0, MINI_STREAM_CUTOFF, END_OF_CHAIN, 0, END_OF_CHAIN, 0)
        + struct.pack("<I", 0)  # the FAT is sector 0
        + struct.pack("<I", FREE) * 108
    )
    fat_sector = struct.pack(f"<{len(fat)}I", *fat) + struct.pack("<I", FREE) * (SECTOR // 4 - len(fat))
    return header + fat_sector + directory + data
