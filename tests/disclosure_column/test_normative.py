"""规范性文件 end to end: the item page, the search facet, import and export, the per-organ
规范性文件库 with replacements and earlier texts, and the annual report's yearly counts."""
import datetime
import io

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from gongkai.disclosure_column.normative import NormativeCounts, normative_counts
from gongkai.disclosure_pages.actions.import_rows import ImportRowsAction
from gongkai.disclosure_pages.models import DisclosureItemPage

pytestmark = pytest.mark.django_db


def library_url(catalogue):
    return reverse("portal:organ_section", args=["normative", catalogue.organ.pk])


def test_the_item_page_says_whether_the_item_is_a_normative_document(client, make_item, publish):
    normative = publish(make_item(normative=True, slug="n"))
    other = publish(make_item(doc_number="方政办〔2025〕13号", slug="o"))

    assert '<th scope="row">规范性文件</th><td colspan="3">是</td>' in client.get(normative.url).content.decode()
    assert '<th scope="row">规范性文件</th><td colspan="3">否</td>' in client.get(other.url).content.decode()


def test_search_offers_a_normative_facet_that_filters(client, make_item, publish, catalogue_index):
    normative = publish(make_item(title="方山县农村低保实施办法", normative=True, slug="n"))
    other = publish(make_item(title="方山县农村低保资金发放通知", doc_number="方政办〔2025〕13号", slug="o"))
    catalogue_index(normative, other)

    html = client.get("/search/", {"q": "低保"}).content.decode()
    assert "<legend>规范性文件</legend>" in html
    assert 'name="normative" value="normative"' in html

    filtered = client.get("/api/search/", {"q": "低保", "normative": "normative"}).json()
    assert [result["title"] for result in filtered["results"]] == ["方山县农村低保实施办法"]


def test_import_reads_the_normative_flag_and_refuses_a_value_that_is_not_yes_or_no(catalogue):
    row = {
        "title": "方山县农村低保实施办法", "body": "正文", "organ": "方山县人民政府办公室", "doc_number": "",
        "written_date": "2024-03-01", "topic": "综合政务/信息公开", "genre": "通知", "disclosure": "主动公开",
        "reason": "", "classification": "非密", "validity": "有效", "index_number": "", "external_id": "N-1",
    }
    report = ImportRowsAction([dict(row, normative="是"), dict(row, external_id="N-2", normative="也许")]).execute()

    assert DisclosureItemPage.objects.get(external_id="N-1").normative is True
    assert [str(error) for error in report.errors] == ["第 2 行：规范性文件“也许”应填写“是”或“否”。"]


def test_the_catalogue_export_has_a_normative_column(admin_client, make_item):
    make_item(normative=True)
    response = admin_client.get(reverse("disclosure_pages:catalogue"), {"export": "xlsx"})
    rows = list(load_workbook(io.BytesIO(b"".join(response.streaming_content))).active.iter_rows(values_only=True))
    column = rows[0].index("规范性文件")
    assert rows[1][column] == "是"


def test_the_library_lists_documents_in_force_and_repealed_ones_with_their_replacement(client, catalogue, make_item, publish):
    new = publish(make_item(title="方山县农村低保实施办法（2025年修订）", normative=True, slug="new"))
    old = publish(make_item(
        title="方山县农村低保实施办法", doc_number="方政发〔2020〕11号", normative=True, slug="old",
        written_date=datetime.date(2020, 5, 1), validity="repealed", validity_date=datetime.date(2025, 3, 18),
        replaced_by=new,
    ))
    publish(make_item(title="一般通知", doc_number="方政办〔2025〕13号", slug="plain"))
    make_item(title="未发布的规范性文件草稿", doc_number="方政办〔2025〕14号", normative=True, slug="draft")

    response = client.get(library_url(catalogue))
    html = response.content.decode()

    assert response.status_code == 200
    in_force, changed = html.split("已废止、失效或已修改的规范性文件")
    assert new.title in in_force and old.title + "</a>" not in in_force
    assert "方政发〔2020〕11号" in changed and "已废止 2025-03-18" in changed
    assert f'替代文件： <a href="{new.url}">' in changed
    assert "一般通知" not in html and "未发布的规范性文件草稿" not in html
    assert "本栏目内容正在整理中。" not in html


def test_the_library_keeps_the_earlier_published_texts_of_a_document(client, catalogue, make_item, publish):
    item = publish(make_item(title="方山县农村低保实施办法", normative=True, body="<p>第一条 原标准每人每月500元。</p>"))
    item.body = "<p>第一条 标准调整为每人每月600元。</p>"
    item = publish(item)

    html = client.get(library_url(catalogue)).content.decode()

    assert "历史文本（1）" in html
    assert "原标准每人每月500元" in html
    assert "标准调整为每人每月600元" not in html.split("历史文本")[1]


def test_counts_per_year_give_issued_repealed_and_in_force(catalogue, make_item, publish):
    publish(make_item(normative=True, slug="a", doc_number="", written_date=datetime.date(2023, 2, 1)))
    publish(make_item(normative=True, slug="b", doc_number="", written_date=datetime.date(2024, 2, 1),
                      validity="repealed", validity_date=datetime.date(2024, 12, 1)))
    publish(make_item(normative=True, slug="c", doc_number="", written_date=datetime.date(2024, 6, 1)))
    publish(make_item(slug="d", doc_number="", written_date=datetime.date(2024, 6, 1)))

    assert normative_counts(catalogue.organ, 2023) == NormativeCounts(issued=1, repealed=0, in_force=1)
    assert normative_counts(catalogue.organ, 2024) == NormativeCounts(issued=2, repealed=1, in_force=2)
