"""公开制度: the section lists the organ's public items of the rules genre, not a placeholder."""
import pytest
from django.urls import reverse

from gongkai.annual_reports.actions.freeze import FreezeReport
from gongkai.annual_reports.models import AnnualReportPage
from gongkai.disclosure_pages.models import Genre

pytestmark = pytest.mark.django_db


def test_the_rules_section_lists_the_organs_published_rules(client, catalogue, other_catalogue, make_item, publish):
    rules = Genre.objects.get(code="zhi-du")
    publish(make_item(title="方山县人民政府办公室政府信息公开保密审查制度", genre=rules, slug="r1", doc_number=""))
    publish(make_item(title="一般通知", slug="n1", doc_number=""))
    publish(make_item(parent=other_catalogue, title="生态环境局信息发布协调制度", genre=rules, slug="r2", doc_number=""))
    make_item(title="未发布的责任追究制度草稿", genre=rules, slug="r3", doc_number="")

    html = client.get(reverse("portal:organ_section", args=["rules", catalogue.organ.pk])).content.decode()

    assert "方山县人民政府办公室政府信息公开保密审查制度" in html
    for absent in ("一般通知", "生态环境局信息发布协调制度", "未发布的责任追究制度草稿", "本栏目内容正在整理中。"):
        assert absent not in html


def test_the_annual_reports_section_lists_the_organs_published_annual_reports(client, catalogue, other_catalogue, make_item, publish):
    publish(make_item(title="方山县人民政府办公室2025年政府信息公开工作年度报告", slug="a1", doc_number=""))
    publish(make_item(title="一般通知", slug="n1", doc_number=""))
    publish(make_item(parent=other_catalogue, title="方山县生态环境局2025年政府信息公开工作年度报告", slug="a2", doc_number=""))
    make_item(title="方山县人民政府办公室2026年政府信息公开工作年度报告（草稿）", slug="a3", doc_number="")

    html = client.get(reverse("portal:organ_section", args=["annual-reports", catalogue.organ.pk])).content.decode()

    assert "方山县人民政府办公室2025年政府信息公开工作年度报告" in html
    for absent in ("一般通知", "生态环境局2025年", "（草稿）", "本栏目内容正在整理中。"):
        assert absent not in html


def test_no_section_of_an_organ_is_a_placeholder(client, catalogue):
    home = client.get(catalogue.url).content.decode()
    for section in ("guide", "rules", "mandatory", "normative", "annual-reports", "requests"):
        url = reverse("portal:organ_section", args=[section, catalogue.organ.pk])
        assert url in home
        response = client.get(url)
        assert response.status_code == 200
        assert "本栏目内容正在整理中。" not in response.content.decode()


def test_the_annual_reports_section_merges_built_reports_with_published_items_by_year(
    client, catalogue, make_item, publish
):
    publish(make_item(title="方山县人民政府办公室2024年政府信息公开工作年度报告", slug="a1", doc_number=""))
    built = AnnualReportPage(title="方山县人民政府办公室2025年度报告（平台生成）", slug="r2025", organ=catalogue.organ, year=2025)
    catalogue.add_child(instance=built)
    FreezeReport(built).execute()
    publish(built)
    draft = AnnualReportPage(title="2026年度报告草稿", slug="r2026", organ=catalogue.organ, year=2026, live=False)
    catalogue.add_child(instance=draft)

    html = client.get(reverse("portal:organ_section", args=["annual-reports", catalogue.organ.pk])).content.decode()

    assert html.index("2025年度报告（平台生成）") < html.index("2024年政府信息公开工作年度报告")
    assert "2026年度报告草稿" not in html
