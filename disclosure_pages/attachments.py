"""Attachment files (附件): allowed types, size limit and a content check by magic bytes.

The extension alone proves nothing (an executable renamed `.pdf`), so the first bytes must
match the container of the claimed type. OFD, DOCX and XLSX are ZIP containers and must
hold their format's main part; DOC, XLS and WPS Office's WPS/ET are OLE2 compound files
(the OLE signature is checked, not the stream names: WPS versions differ). TXT must be
text in UTF-8 or GB18030. This is a deliberate short list rather than a general file
identifier: every accepted type is named here with the proof it must give. Whatever its
type, a file that carries a program is refused (gongkai.disclosure_pages.executables).
"""
import codecs
import zipfile

from django.conf import settings
from django.core.exceptions import ValidationError
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _

from . import conf
from .executables import ProgramFound, check_for_programs

DEFAULT_EXTENSIONS = ["pdf", "ofd", "doc", "docx", "xls", "xlsx", "wps", "et", "txt", "zip", "jpg", "png"]

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_SIGNATURES = (b"PK\x03\x04", b"PK\x05\x06")
SIGNATURES = {
    "pdf": (b"%PDF-",),
    "doc": (OLE2,),
    "xls": (OLE2,),
    "wps": (OLE2,),
    "et": (OLE2,),
    "jpg": (b"\xff\xd8\xff",),
    "png": (b"\x89PNG\r\n\x1a\n",),
    "zip": ZIP_SIGNATURES,
    "ofd": ZIP_SIGNATURES,
    "docx": ZIP_SIGNATURES,
    "xlsx": ZIP_SIGNATURES,
}
# The part a ZIP-based office format cannot be without.
ZIP_MAIN_PARTS = {"ofd": "OFD.xml", "docx": "word/document.xml", "xlsx": "xl/workbook.xml"}
TEXT_SAMPLE_BYTES = 64 * 1024


def allowed_extensions():
    """WAGTAILDOCS_EXTENSIONS, limited to the types whose content this module can prove."""
    configured = getattr(settings, "WAGTAILDOCS_EXTENSIONS", None) or DEFAULT_EXTENSIONS
    return [extension for extension in configured if extension in DEFAULT_EXTENSIONS]


def max_attachment_bytes():
    return conf.get("GONGKAI_ATTACHMENT_MAX_BYTES")


def extension_of(name):
    return name.rsplit(".", 1)[-1].lower() if "." in name else ""


def read_head(file, size):
    file.seek(0)
    head = file.read(size)
    file.seek(0)
    return head


def is_text(sample):
    if b"\x00" in sample:
        return False
    for encoding in ("utf-8", "gb18030"):
        try:
            # Not final: the sample may end in the middle of a multi-byte character.
            codecs.getincrementaldecoder(encoding)().decode(sample, final=False)
            return True
        except UnicodeDecodeError:
            continue
    return False


def has_zip_part(file, part):
    try:
        file.seek(0)
        with zipfile.ZipFile(file) as archive:
            return part in archive.namelist()
    except zipfile.BadZipFile:
        return False
    finally:
        file.seek(0)


def content_matches_extension(file, extension):
    """True when the file's bytes are what its extension claims."""
    if extension == "txt":
        return is_text(read_head(file, TEXT_SAMPLE_BYTES))
    head = read_head(file, 8)
    if not head.startswith(SIGNATURES.get(extension, ())):
        return False
    part = ZIP_MAIN_PARTS.get(extension)
    return part is None or has_zip_part(file, part)


def check_attachment(file):
    """Raise ValidationError, with the message the editor sees, unless `file` is acceptable."""
    extension = extension_of(file.name)
    if extension not in allowed_extensions():
        raise ValidationError(
            _("Files of type “%(extension)s” cannot be attached. Allowed types: %(allowed)s.")
            % {"extension": extension, "allowed": ", ".join(allowed_extensions())}
        )
    check_size_and_content(file, extension)


def check_size_and_content(file, extension):
    """The checks Wagtail's documents lack (it checks WAGTAILDOCS_EXTENSIONS itself)."""
    if file.size > max_attachment_bytes():
        raise ValidationError(
            _("The file is %(size)s; attachments may be at most %(max)s.")
            % {"size": filesizeformat(file.size), "max": filesizeformat(max_attachment_bytes())}
        )
    if extension in allowed_extensions() and not content_matches_extension(file, extension):
        raise ValidationError(
            _("The content of this file is not a “%(extension)s” file; it may be renamed or damaged.")
            % {"extension": extension}
        )
    if extension not in allowed_extensions():
        return  # Wagtail refuses the type itself, with its own message.
    try:
        check_for_programs(read_head(file, file.size), file.name)
    except ProgramFound as found:
        raise ValidationError(
            _("This file cannot be attached: %(problem)s Programs and files that cannot be checked are never published.")
            % {"problem": found}
        )
