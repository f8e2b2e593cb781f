"""Does an uploaded file carry a program? Looked for by content, never by name alone.

A program is refused wherever it hides: renamed (an EXE or ELF by its magic bytes), as an
OLE2 installer (an MSI renamed `.doc`: the MSI class id, or MSI's encoded table streams),
inside an OLE2 file (an embedded "Package" object or any stream that is a program), or
inside a zip — OFD, DOCX, XLSX and plain archives alike, nested ones included. A container
that cannot be looked into (damaged, encrypted, nested too deep, too large unpacked) is
refused too: what the reviewer cannot open, the public must not get.
"""
import io
import zipfile

import olefile
from django.utils.translation import gettext as _

PROGRAM_MAGIC = (b"MZ", b"\x7fELF", b"\xfe\xed\xfa\xce", b"\xfe\xed\xfa\xcf", b"\xce\xfa\xed\xfe", b"\xcf\xfa\xed\xfe")
PROGRAM_EXTENSIONS = {
    "exe", "dll", "com", "scr", "pif", "cpl", "sys", "msi", "msp", "mst", "bat", "cmd", "ps1", "vbs",
    "vbe", "js", "jse", "wsf", "wsh", "hta", "jar", "lnk", "reg", "sh", "apk",
}
# Windows Installer package, patch and transform.
MSI_CLASS_IDS = {
    "000C1084-0000-0000-C000-000000000046",
    "000C1086-0000-0000-C000-000000000046",
    "000C1082-0000-0000-C000-000000000046",
}
# MSI stores its tables in streams whose names start with this encoded character.
MSI_TABLE_PREFIX = "\u4840"
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP = b"PK\x03\x04"
MAX_DEPTH = 3
MAX_MEMBERS = 10_000
# What an archive may unpack to, all members together: beyond it, a zip bomb.
MAX_UNPACKED_BYTES = 200 * 1024 * 1024


class ProgramFound(Exception):
    """The file carries a program, or hides its content; the message says where."""


class CannotBeChecked(ProgramFound):
    """The file hides its content (damaged, encrypted, too deep, too large unpacked)."""


def check_for_programs(data, name=""):
    """Raise ProgramFound if `data` (the bytes of a file called `name`) carries a program."""
    _inspect(data, name, depth=0)


def _inspect(data, name, depth):
    if data.startswith(PROGRAM_MAGIC):
        raise ProgramFound(_("“%(name)s” is a program.") % {"name": name})
    if data.startswith(OLE2):
        _inspect_ole(data, name, depth)
    elif data.startswith(ZIP):
        _inspect_zip(data, name, depth)


def _inspect_ole(data, name, depth):
    try:
        with olefile.OleFileIO(io.BytesIO(data)) as ole:
            _inspect_ole_streams(ole, name, depth)
    except ProgramFound:
        raise
    except Exception:  # olefile fails in many ways on a damaged file; none may pass unchecked
        raise CannotBeChecked(_("“%(name)s” is damaged and cannot be checked.") % {"name": name})


def _inspect_ole_streams(ole, name, depth):
    streams = ole.listdir(streams=True, storages=False)
    if ole.root.clsid in MSI_CLASS_IDS or any(path[-1].startswith(MSI_TABLE_PREFIX) for path in streams):
        raise ProgramFound(_("“%(name)s” is a Windows installer (MSI).") % {"name": name})
    for path in streams:
        if path[-1] == "\x01Ole10Native":
            # Office's "Package" object wraps any file, a program included.
            raise ProgramFound(
                _("“%(name)s” has an embedded package object, which can carry a program.") % {"name": name}
            )
        if depth < MAX_DEPTH:
            _inspect(ole.openstream(path).read(), f"{name}/{'/'.join(path)}", depth + 1)


def _inspect_zip(data, name, depth):
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile:
        raise CannotBeChecked(_("“%(name)s” is damaged and cannot be checked.") % {"name": name})
    with archive:
        members = archive.infolist()
        if len(members) > MAX_MEMBERS or sum(member.file_size for member in members) > MAX_UNPACKED_BYTES:
            raise CannotBeChecked(_("“%(name)s” holds too much to be checked.") % {"name": name})
        for member in members:
            inner_name = f"{name}/{member.filename}"
            if member.flag_bits & 0x1:
                raise CannotBeChecked(_("“%(name)s” is encrypted and cannot be checked.") % {"name": inner_name})
            if member.filename.rsplit(".", 1)[-1].lower() in PROGRAM_EXTENSIONS and "." in member.filename:
                raise ProgramFound(_("“%(name)s” is a program.") % {"name": inner_name})
            if member.is_dir():
                continue
            with archive.open(member) as stream:
                head = stream.read(len(OLE2))
            if not head.startswith((OLE2, ZIP)):
                _inspect(head, inner_name, depth + 1)
            elif depth >= MAX_DEPTH:
                raise CannotBeChecked(_("“%(name)s” is nested too deep to be checked.") % {"name": inner_name})
            else:
                _inspect(archive.read(member), inner_name, depth + 1)
