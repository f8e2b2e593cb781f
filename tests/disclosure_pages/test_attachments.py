"""Attachments: only the listed types, within the size limit, and their bytes must match
their extension; the editor sees a Chinese error on upload."""
import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.search.backends import get_search_backend

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def document_index(elasticsearch):
    """Uploading indexes the document in Wagtail's index on the real node; leave no index behind."""
    yield
    index_name = get_search_backend().get_index_for_model(Document).name
    elasticsearch.options(ignore_status=404).indices.delete(index=index_name)


def zipped(*names):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return buffer.getvalue()


OLE2 = (Path(__file__).parents[1] / "review_workflow" / "fixtures" / "subsidy-roster.xls").read_bytes()
ACCEPTED = {
    "tongzhi.pdf": b"%PDF-1.7\n1 0 obj\n",
    "tongzhi.ofd": zipped("OFD.xml", "Doc_0/Document.xml"),
    "tongzhi.docx": zipped("[Content_Types].xml", "word/document.xml"),
    "biao.xlsx": zipped("[Content_Types].xml", "xl/workbook.xml"),
    "tongzhi.doc": OLE2,
    "biao.xls": OLE2,
    "tongzhi.wps": OLE2,
    "biao.et": OLE2,
    "shuoming.txt": "各乡镇人民政府：现将有关事项通知如下。".encode("gb18030"),
    "fujian.zip": zipped("a.pdf"),
    "tu.jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF",
    "tu.png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
}


def upload(admin_client, name, content):
    return admin_client.post(
        reverse("wagtaildocs:add"),
        {"title": name, "file": SimpleUploadedFile(name, content), "collection": "1"},
    )


def file_errors(response):
    assert response.status_code == 200, "the upload form should be shown again with the error"
    return [str(message) for message in response.context["form"].errors["file"]]


@pytest.mark.parametrize("name", sorted(ACCEPTED))
def test_each_accepted_type_with_matching_content_is_uploaded(admin_client, name):
    response = upload(admin_client, name, ACCEPTED[name])
    assert response.status_code == 302
    assert Document.objects.filter(title=name).exists()


def test_an_executable_renamed_pdf_is_refused(admin_client):
    response = upload(admin_client, "tongzhi.pdf", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00" + b"\x00" * 64)
    assert file_errors(response) == ["该文件的内容不是“pdf”格式，可能被改过扩展名或已损坏。"]
    assert not Document.objects.exists()


def test_a_plain_zip_renamed_docx_is_refused(admin_client):
    response = upload(admin_client, "tongzhi.docx", zipped("readme.txt"))
    assert file_errors(response) == ["该文件的内容不是“docx”格式，可能被改过扩展名或已损坏。"]


def test_a_binary_file_renamed_txt_is_refused(admin_client):
    response = upload(admin_client, "shuoming.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00")
    assert file_errors(response) == ["该文件的内容不是“txt”格式，可能被改过扩展名或已损坏。"]


def test_an_unlisted_type_is_refused(admin_client):
    response = upload(admin_client, "setup.exe", b"MZ\x90\x00")
    assert file_errors(response) == [
        "文件扩展“exe”是不被允许。允许的扩展为：pdf, ofd, doc, docx, xls, xlsx, wps, et, txt, zip, jpg, png。"
    ]


def test_a_file_over_the_size_limit_is_refused(admin_client, settings):
    settings.GONGKAI_ATTACHMENT_MAX_BYTES = 1024
    response = upload(admin_client, "tongzhi.pdf", b"%PDF-1.7\n" + b"0" * 2048)
    assert [error.replace("\xa0", " ") for error in file_errors(response)] == ["文件大小为 2.0 KB，附件不能超过 1.0 KB。"]


# Programs hidden by a renamed extension, inside archives and inside OLE2 containers.
from tests.review_workflow.office_files import (  # noqa: E402
    EXE,
    MSI_CLASS_ID,
    XLS_ROSTER,
    with_root_class_id,
    with_stream_renamed,
    xlsx_roster,
)
from tests.review_workflow.office_files import zipped as zipped_members  # noqa: E402

CARRYING_PROGRAMS = {
    "an MSI installer renamed .doc": ("安装说明.doc", with_root_class_id(XLS_ROSTER, MSI_CLASS_ID)),
    "an MSI whose class id was wiped": ("安装说明.doc", with_stream_renamed(XLS_ROSTER, "Workbook", "\u4840\u3f3f")),
    "an OLE2 file with an embedded package": ("名单.xls", with_stream_renamed(XLS_ROSTER, "Workbook", "\x01Ole10Native")),
    "a zip with an exe": ("附件.zip", zipped_members({"说明.pdf": b"%PDF-1.7", "setup.exe": EXE})),
    "a zip with a program under another name": ("附件.zip", zipped_members({"data/readme.dat": EXE})),
    "a zip inside a zip with a program": ("附件.zip", zipped_members({"inner.zip": zipped_members({"a/b.dat": EXE})})),
    "a docx with a program part": ("通知.docx", zipped_members({"word/document.xml": "<w/>", "word/media/x.png": EXE})),
    "an ofd with a script": ("通知.ofd", zipped_members({"OFD.xml": "<o/>", "Doc_0/run.vbs": "MsgBox 1"})),
    "an xlsx with a program inside a nested zip": (
        "名单.xlsx",
        zipped_members({"xl/workbook.xml": "<w/>", "xl/embeddings/pkg.zip": zipped_members({"x.dat": EXE})}),
    ),
}


@pytest.mark.parametrize("case", sorted(CARRYING_PROGRAMS))
def test_a_file_carrying_a_program_is_refused_in_chinese(admin_client, case):
    name, content = CARRYING_PROGRAMS[case]
    [error] = file_errors(upload(admin_client, name, content))
    assert error.startswith("不能上传此文件：") and "程序" in error
    assert not Document.objects.exists()


def test_a_zip_nested_too_deep_to_check_is_refused(admin_client):
    content = zipped_members({"a.pdf": b"%PDF-1.7"})
    for level in range(5):
        content = zipped_members({f"level{level}.zip": content})
    [error] = file_errors(upload(admin_client, "附件.zip", content))
    assert "嵌套层数过多" in error


@pytest.mark.parametrize("name, content", [("名单.xls", XLS_ROSTER), ("名单.xlsx", xlsx_roster())])
def test_real_office_files_are_accepted(admin_client, name, content):
    assert upload(admin_client, name, content).status_code == 302
