"""The report's tables as accessible HTML in the official layout, and the downloads served only
while the report page may be public."""
import io

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import AnonymousUser
from django.http import Http404
from django.template.loader import render_to_string
from django.test import RequestFactory
from openpyxl import load_workbook
from wagtail.models import PageViewRestriction

from gongkai.annual_reports.rendering.downloads import report_download
from gongkai.annual_reports.rendering.spreadsheet import read_xlsx

from .report_tables import report_data


def rendered(data=None):
    html = render_to_string("annual_reports/includes/report_tables.html", {"data": data or report_data()})
    return BeautifulSoup(html, "html.parser")


def spans(cell):
    return int(cell.get("colspan", 1)), int(cell.get("rowspan", 1))


def test_each_table_has_its_official_title_as_caption():
    captions = [caption.get_text() for caption in rendered().find_all("caption")]
    assert captions == ["二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况", "四、政府信息公开行政复议、行政诉讼情况"]


def test_table_three_has_the_official_two_row_header_with_its_spans_and_scopes():
    three = rendered().find_all("table")[1]
    first, second = three.thead.find_all("tr")
    headings = [(th.get_text(), th["scope"], spans(th)) for th in first.find_all("th")]
    assert headings == [("自然人", "col", (1, 2)), ("法人或其他组织", "colgroup", (5, 1)), ("总计", "col", (1, 2))]
    corner = first.find("td")
    assert spans(corner) == (3, 2)  # over the three label columns
    assert [th.get_text() for th in second.find_all("th")] == ["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"]


def test_table_four_has_the_three_row_header_of_reconsideration_and_litigation():
    four = rendered().find_all("table")[2]
    rows = four.thead.find_all("tr")
    assert len(rows) == 3
    assert [(th.get_text(), spans(th)) for th in rows[0].find_all("th")] == [("行政复议", (5, 1)), ("行政诉讼", (10, 1))]
    assert [(th.get_text(), spans(th)) for th in rows[1].find_all("th")][-2:] == [
        ("未经复议直接起诉", (5, 1)),
        ("复议后起诉", (5, 1)),
    ]
    assert len(rows[2].find_all("th")) == 10


def test_row_headings_are_merged_down_the_rows_they_head():
    three = rendered().find_all("table")[1]
    heads = {th.get_text(): th for th in three.tbody.find_all("th")}
    assert heads["三、本年度办理结果"]["scope"] == "row" and spans(heads["三、本年度办理结果"]) == (1, 22)
    assert spans(heads["（三）不予公开"]) == (1, 8)
    assert spans(heads["（一）予以公开"]) == (2, 1)  # its own label fills the columns its path leaves
    assert spans(heads["一、本年新收政府信息公开申请数量"]) == (3, 1)
    assert len(three.tbody.find_all("tr")) == 25


def test_every_figure_names_its_column_and_row_headings():
    soup = rendered()
    three = soup.find_all("table")[1]
    secret = three.tbody.find("th", string="1．属于国家秘密").parent
    total = secret.find_all("td")[-1]
    named = [soup.find(id=ident).get_text() for ident in total["headers"]]
    assert named == ["总计", "三、本年度办理结果", "（三）不予公开", "1．属于国家秘密"]
    commercial = secret.find_all("td")[1]
    assert [soup.find(id=i).get_text() for i in commercial["headers"]][:2] == ["法人或其他组织", "商业企业"]
    assert "report-figure" in total["class"]


def test_figures_are_written_plainly_and_a_cell_without_a_figure_shows_a_dash():
    two = rendered().find_all("table")[0]
    fees = two.tbody.find("th", string="行政事业性收费").parent
    assert [td.get_text() for td in fees.find_all("td")] == ["—", "—", "—", "—", "12.35"]


def test_labels_are_escaped_not_markup():
    data = report_data()
    data["tables"]["三"]["rows"][0]["path"] = ["<script>alert(1)</script>"]
    assert rendered(data).find("script") is None


def test_the_stylesheets_are_files_the_portal_csp_allows_with_one_for_print():
    links = rendered().find_all("link", rel="stylesheet")
    assert [link.get("media") for link in links] == [None, "print"]
    assert not rendered().find("style") and not rendered().find(attrs={"style": True})


def download(page, extension, user=None):
    request = RequestFactory().get("/")
    request.user = user or AnonymousUser()
    request.session = {}
    return report_download(request, page, lambda report: report_data(), extension)


@pytest.mark.django_db
def test_a_public_report_page_serves_its_tables_in_every_format(make_item, publish):
    page = publish(make_item(title="方山县人民政府办公室2025年政府信息公开工作年度报告"))
    response = download(page, "xlsx")
    assert response["Content-Type"] == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    assert "attachment" in response["Content-Disposition"] and ".xlsx" in response["Content-Disposition"]
    reread = read_xlsx(response.content)["tables"]["三、收到和处理政府信息公开申请情况"]
    assert [row["values"] for row in reread["rows"]] == [row["values"] for row in report_data()["tables"]["三"]["rows"]]
    assert download(page, "docx").content.startswith(b"PK")
    assert download(page, "pdf").content.startswith(b"%PDF")
    assert load_workbook(io.BytesIO(response.content)).properties.title == page.title


@pytest.mark.django_db
def test_a_draft_report_page_serves_no_download(make_item):
    page = make_item()
    for extension in ("xlsx", "docx", "pdf"):
        with pytest.raises(Http404):
            download(page, extension)


@pytest.mark.django_db
def test_a_report_page_behind_a_password_serves_no_download(make_item, publish):
    page = publish(make_item())
    PageViewRestriction.objects.create(page=page, restriction_type=PageViewRestriction.PASSWORD, password="secret")
    with pytest.raises(Http404):
        download(page, "pdf")


@pytest.mark.django_db
def test_an_unknown_format_is_not_found(make_item, publish):
    page = publish(make_item())
    for extension in ("csv", "../etc/passwd", "XLSX", ""):
        with pytest.raises(Http404):
            download(page, extension)


def test_a_table_without_row_labels_has_no_empty_corner_or_row_heading():
    data = report_data()
    four = data["tables"]["四"]
    four["rows"] = [{"label": "", "path": [], "values": four["rows"][0]["values"]}]
    table = rendered(data).find_all("table")[2]
    assert not table.tbody.find("th") and not table.thead.find("td")
    assert len(table.tbody.find_all("td")) == 15
