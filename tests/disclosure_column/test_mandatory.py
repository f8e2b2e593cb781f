"""法定主动公开内容: editable categories mapped to topics, genres or items; the per-organ page lists
each with its items and latest update; the admin report flags empty and stale categories."""
import datetime

import pytest
from django.urls import reverse

from gongkai.disclosure_column.models import MandatoryCategory
from gongkai.disclosure_pages.models import DisclosureItemPage, Genre, Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def categories(db):
    statistics = MandatoryCategory.objects.create(name="统计信息", basis="art20", sort_order=1, update_interval_days=30)
    statistics.genres.add(Genre.objects.get(code="tong-bao"))
    disclosure = MandatoryCategory.objects.create(name="政务公开工作", basis="art20", sort_order=2)
    disclosure.topics.add(Topic.objects.get(name="综合政务", parent=None))
    land = MandatoryCategory.objects.create(name="土地征收", basis="art21", sort_order=3, update_interval_days=90)
    return statistics, disclosure, land


def test_the_organ_page_lists_each_category_with_its_items_and_latest_update(client, catalogue, categories, make_item, publish):
    item = publish(make_item(title="关于做好政府信息公开工作的通知"))
    draft = make_item(title="未发布的统计通报", genre=Genre.objects.get(code="tong-bao"), slug="draft", doc_number="")

    html = client.get(reverse("portal:organ_section", args=["mandatory", catalogue.organ.pk])).content.decode()

    statistics, disclosure, land = html.split("统计信息")[1].split("政务公开工作")[0], html.split("政务公开工作")[1].split("土地征收")[0], html.split("土地征收")[1]
    assert item.title in disclosure and f"最近更新：{item.published_date:%Y-%m-%d}" in disclosure
    assert draft.title not in html
    assert "本类别暂无已公开信息。" in statistics and "第二十一条" in land


def test_an_explicit_item_belongs_to_its_category(client, catalogue, categories, make_item, publish):
    statistics, _, _ = categories
    item = publish(make_item(title="2025年国民经济统计公报", slug="stats", doc_number=""))
    statistics.items.add(item)

    html = client.get(reverse("portal:organ_section", args=["mandatory", catalogue.organ.pk])).content.decode()

    assert item.title in html.split("统计信息")[1].split("政务公开工作")[0]


def test_the_admin_report_flags_empty_and_stale_categories(admin_client, catalogue, categories, make_item, publish):
    statistics, _, _ = categories
    old = publish(make_item(title="2024年统计通报", genre=Genre.objects.get(code="tong-bao"), slug="old", doc_number=""))
    DisclosureItemPage.objects.filter(pk=old.pk).update(published_date=datetime.date.today() - datetime.timedelta(days=45))
    publish(make_item(title="关于做好政府信息公开工作的通知"))

    html = admin_client.get(reverse("disclosure_column:mandatory")).content.decode()

    rows = {name: row for row in html.split("<tr>") for name in ("统计信息", "土地征收", "政务公开工作") if f"<td>{name}</td>" in row}
    assert "未及时更新" in rows["统计信息"] and "无内容" in rows["土地征收"]
    assert "政务公开工作" not in rows
