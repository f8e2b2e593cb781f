"""The report's downloads (.xlsx, .docx, PDF), served exactly when the report page itself may be
public now: the one gate of disclosure_pages (may_be_public_now, the same answer serving gives
for the page and every other piece of disclosure content) answers, and a page behind a
view restriction (password, login, groups) is not handed out by these URLs either."""
from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header

from gongkai.disclosure_pages.publication import may_be_public_now

from . import pdf_tables, spreadsheet, word

FORMATS = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", spreadsheet.to_xlsx),
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", word.to_docx),
    "pdf": ("application/pdf", pdf_tables.to_pdf),
}


def may_download(request, page):
    if not may_be_public_now(page):
        return False
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())


def report_download(request, page, report_data, extension):
    """The tables of the report `page` as a file; `report_data` is annual_reports.export.report_data."""
    if extension not in FORMATS or not may_download(request, page):
        raise Http404
    content_type, write = FORMATS[extension]
    response = HttpResponse(write(page.title, report_data(page)), content_type=content_type)
    response["Content-Disposition"] = content_disposition_header(True, f"{page.title}.{extension}")
    return response
