"""法定主动公开内容: the categories of Art. 20 and 21 ship with the platform, mapped to the shipped
topics and genres; the office edits them and adds local ones; the per-organ page lists each with
its items and latest update; the admin report flags empty and stale categories."""
import datetime
import re

import pytest
from django.apps import apps
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from gongkai.disclosure_column.models import MandatoryCategory
from gongkai.disclosure_column.statutory_categories import load_statutory_categories, unload_statutory_categories
from gongkai.disclosure_pages.models import DisclosureItemPage, Genre, Organ, Topic

pytestmark = pytest.mark.django_db

STATISTICS = "国民经济和社会发展统计信息"
EMERGENCIES = "突发公共事件的应急预案、预警信息及应对情况"
NORMATIVE = "行政法规、规章和规范性文件"
LAND = "土地征收"


def category_sections(html):
    """{category name: the HTML of its section} of a 法定主动公开内容 page."""
    sections = re.findall(r'<section class="mandatory-category".*?</section>', html, flags=re.S)
    return {re.search(r"<h2[^>]*>([^<]+?) <span", section).group(1): section for section in sections}


def page_of(client, organ):
    return client.get(reverse("portal:organ_section", args=["mandatory", organ.pk])).content.decode()


def load_again():
    load_statutory_categories(MandatoryCategory, Topic, Genre)


def test_a_fresh_install_has_the_categories_of_articles_20_and_21():
    categories = MandatoryCategory.objects.all()

    assert categories.filter(basis="art20").count() == 15 and categories.filter(basis="art21").count() == 12
    assert list(categories.values_list("name", flat=True)[:2]) == [NORMATIVE, "机关职能、机构设置、办公地址、办公时间、联系方式、负责人姓名"]
    statistics = categories.get(name=STATISTICS)
    assert statistics.update_interval_days == 31 and list(statistics.topics.values_list("name", flat=True)) == ["统计"]
    assert categories.get(name=NORMATIVE).normative
    assert categories.get(name="财政预算、决算信息").update_interval_days == 366


def test_loading_again_keeps_the_offices_edits_and_adds_nothing_twice():
    statistics = MandatoryCategory.objects.get(name=STATISTICS)
    statistics.name, statistics.update_interval_days = "统计数据", 92
    statistics.save()
    statistics.topics.clear()

    load_again()

    assert MandatoryCategory.objects.count() == 27
    statistics.refresh_from_db()
    assert (statistics.name, statistics.update_interval_days, statistics.topics.count()) == ("统计数据", 92, 0)


def test_a_local_category_of_the_same_name_is_adopted_not_duplicated():
    unload_statutory_categories(MandatoryCategory)
    assert not MandatoryCategory.objects.exists()
    local = MandatoryCategory.objects.create(name=LAND, basis="local", sort_order=1)

    load_again()

    assert MandatoryCategory.objects.filter(name=LAND).count() == 1
    local.refresh_from_db()
    assert local.code == "art21-04" and local.basis == "local"
    assert MandatoryCategory.objects.count() == 27


def test_unloading_removes_the_shipped_categories_but_keeps_edited_ones_as_local():
    edited = MandatoryCategory.objects.get(name=STATISTICS)
    edited.update_interval_days = 7
    edited.save()

    unload_statutory_categories(apps.get_model("disclosure_column", "MandatoryCategory"))

    assert list(MandatoryCategory.objects.values_list("name", "code")) == [(STATISTICS, None)]


def test_the_organ_page_lists_the_statutory_categories_with_their_items_and_latest_update(client, catalogue, make_item, publish):
    emergency = publish(make_item(title="方山县防汛抗旱应急预案", topic=Topic.objects.get(code="0101")))
    normative = publish(make_item(title="方山县行政规范性文件管理办法", slug="rules", doc_number="方政发〔2025〕3号", normative=True))
    draft = make_item(title="未发布的统计通报", topic=Topic.objects.get(code="0206"), slug="draft", doc_number="")

    sections = category_sections(page_of(client, catalogue.organ))

    assert len(sections) == 27
    assert emergency.title in sections[EMERGENCIES] and f"最近更新：{emergency.published_date:%Y-%m-%d}" in sections[EMERGENCIES]
    assert normative.title in sections[NORMATIVE] and emergency.title not in sections[NORMATIVE]
    assert draft.title not in sections[STATISTICS] and "本类别暂无已公开信息。" in sections[STATISTICS]
    assert "第二十一条" in sections[LAND]


def test_an_explicit_item_and_a_local_category_are_listed(client, catalogue, make_item, publish):
    local = MandatoryCategory.objects.create(name="乡村振兴", basis="local", sort_order=1000)
    item = publish(make_item(title="2025年国民经济统计公报", slug="stats", doc_number=""))
    MandatoryCategory.objects.get(name=STATISTICS).items.add(item)
    local.items.add(item)

    sections = category_sections(page_of(client, catalogue.organ))

    assert item.title in sections[STATISTICS] and item.title in sections["乡村振兴"]
    assert "地方目录" in sections["乡村振兴"]


def test_the_demo_organs_page_lists_the_categories_with_their_items(client):
    call_command("load_demo")
    office = Organ.objects.get(name="方山县人民政府办公室")

    html = page_of(client, office)
    sections = category_sections(html)

    assert "topic-grid" not in html
    assert "方山县人民政府办公室关于印发《方山县防汛抗旱应急预案（2025年修订）》的通知" in sections[EMERGENCIES]
    assert "方山县2024年县本级财政预算及三公经费预算情况说明" in sections["财政预算、决算信息"]
    assert "方山县人民政府关于进一步优化营商环境的实施意见" in sections[NORMATIVE]


def test_the_admin_report_flags_empty_and_stale_statutory_categories(admin_client, catalogue, make_item, publish):
    old = publish(make_item(title="2025年10月统计月报", topic=Topic.objects.get(code="0206"), slug="old", doc_number=""))
    DisclosureItemPage.objects.filter(pk=old.pk).update(published_date=timezone.localdate() - datetime.timedelta(days=45))
    publish(make_item(title="方山县防汛抗旱应急预案", topic=Topic.objects.get(code="0101")))

    html = admin_client.get(reverse("disclosure_column:mandatory")).content.decode()

    rows = {name: row for row in html.split("<tr>") for name in (STATISTICS, LAND, EMERGENCIES) if f"<td>{name}</td>" in row}
    assert "未及时更新" in rows[STATISTICS] and "无内容" in rows[LAND]
    assert EMERGENCIES not in rows
