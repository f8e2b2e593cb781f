"""The catalogue listing (metadata columns, filters, .xlsx export) and the deadline report."""
import datetime
import io

import pytest
from django.urls import reverse
from django.utils import timezone
from openpyxl import load_workbook

from gongkai.disclosure_pages.models import DisclosureItemPage

pytestmark = pytest.mark.django_db


def titles(response):
    return sorted(item.title for item in response.context["object_list"])


@pytest.fixture
def catalogue_items(make_item, other_catalogue, publish):
    publish(make_item(title="防汛应急预案", doc_number="方政办〔2025〕7号"))
    make_item(title="内部工作规程", disclosure="withheld", reason="internal_affairs")
    make_item(title="环境监测报告", parent=other_catalogue, validity="expired",
              validity_date=datetime.date(2025, 4, 1))


def test_the_listing_shows_the_metadata_columns_in_chinese(admin_client, catalogue_items):
    response = admin_client.get(reverse("disclosure_pages:catalogue"))
    html = response.content.decode()
    for heading in ("索引号", "标题", "发布机构", "文号", "成文日期", "发布日期", "公开属性", "有效性", "状态", "公开期限"):
        assert heading in html
    assert "111411994056312813/2025-00001" in html and "方政办〔2025〕7号" in html


@pytest.mark.parametrize("query, expected", [
    ({"disclosure": "withheld"}, ["内部工作规程"]),
    ({"validity": "expired"}, ["环境监测报告"]),
    ({"live": "true"}, ["防汛应急预案"]),
    ({"live": "false"}, ["内部工作规程", "环境监测报告"]),
])
def test_the_listing_filters_by_attribute_and_status(admin_client, catalogue_items, query, expected):
    assert titles(admin_client.get(reverse("disclosure_pages:catalogue"), query)) == expected


def test_the_listing_filters_by_organ_and_by_first_level_topic(admin_client, catalogue_items, other_catalogue, topic):
    by_organ = admin_client.get(reverse("disclosure_pages:catalogue"), {"organ": other_catalogue.organ_id})
    assert titles(by_organ) == ["环境监测报告"]
    by_topic = admin_client.get(reverse("disclosure_pages:catalogue"), {"topic": topic.parent_id})
    assert len(titles(by_topic)) == 3


def test_the_listing_filters_overdue_items(admin_client, make_item):
    make_item(title="早已成文未公开", written_date=datetime.date(2024, 1, 5))
    make_item(title="刚成文", written_date=timezone.localdate())
    assert titles(admin_client.get(reverse("disclosure_pages:catalogue"), {"overdue": "true"})) == ["早已成文未公开"]


def test_the_listing_exports_to_xlsx_with_the_same_columns(admin_client, catalogue_items):
    response = admin_client.get(reverse("disclosure_pages:catalogue"), {"export": "xlsx", "live": "true"})
    assert response.status_code == 200
    sheet = load_workbook(io.BytesIO(b"".join(response.streaming_content))).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == ("索引号", "标题", "发布机构", "文号", "成文日期", "发布日期", "公开属性", "有效性", "规范性文件", "状态", "公开期限")
    assert rows[1][:4] == ("111411994056312813/2025-00001", "防汛应急预案", "方山县人民政府办公室", "方政办〔2025〕7号")
    assert rows[1][6] == "主动公开"


def test_the_deadline_report_lists_overdue_and_due_soon_items_per_organ(admin_client, make_item, publish):
    today = timezone.localdate()
    make_item(title="逾期未公开", written_date=datetime.date(2024, 3, 1))
    make_item(title="即将到期", written_date=today - datetime.timedelta(days=25))
    make_item(title="刚成文", written_date=today)
    make_item(title="依申请公开", written_date=datetime.date(2024, 3, 1), disclosure="on_request",
              reason="process_information")
    late = publish(make_item(title="逾期后才公开", written_date=datetime.date(2024, 3, 1)))
    assert late.published_date > late.disclosure_due_date
    assert titles(admin_client.get(reverse("disclosure_pages:deadlines"))) == ["即将到期", "逾期后才公开", "逾期未公开"]


def test_the_reports_are_in_the_reports_menu(admin_client):
    html = admin_client.get(reverse("wagtailadmin_home")).content.decode("unicode_escape")
    for url in (reverse("disclosure_pages:catalogue"), reverse("disclosure_pages:deadlines")):
        assert url in html


def test_the_deadline_report_shows_dates_and_flags_late_publication(admin_client, make_item, publish):
    make_item(title="逾期未公开", written_date=datetime.date(2024, 3, 1))
    late = publish(make_item(title="逾期后才公开", written_date=datetime.date(2024, 3, 1)))

    html = admin_client.get(reverse("disclosure_pages:deadlines")).content.decode()

    assert f'<time datetime="{late.disclosure_due_date:%Y-%m-%d}">{late.disclosure_due_date:%Y-%m-%d}</time>' in html
    assert "之前" not in html
    assert "逾期发布" in html and "逾期未发布" in html


def test_the_reports_show_a_dash_never_none_for_missing_values(admin_client, make_item):
    make_item(title="无文号的草稿", doc_number="")

    for url in (reverse("disclosure_pages:catalogue"), reverse("disclosure_pages:deadlines")):
        html = admin_client.get(url).content.decode()
        assert ">None<" not in html and "None</td>" not in html
    assert "—" in admin_client.get(reverse("disclosure_pages:catalogue")).content.decode()
