"""The portal's pages as a reader gets them: home, an organ's home, an item, the sections."""
import datetime
import re

import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document

from gongkai.disclosure_pages.models import PolicyInterpretationLink, PolicyInterpretationPage

pytestmark = pytest.mark.django_db


def test_the_home_page_speaks_chinese_and_lists_the_latest_public_items(client, make_item, publish):
    publish(make_item(title="关于开展安全生产大检查的通知"))
    make_item(title="尚未发布的草稿通知", slug="draft")

    html = client.get("/").content.decode()

    assert '<html lang="zh-Hans">' in html
    assert "<title>方山县人民政府信息公开</title>" in html
    assert "关于开展安全生产大检查的通知" in html
    assert "尚未发布的草稿通知" not in html
    for entry in ("政府信息公开指南", "政府信息公开制度", "法定主动公开内容", "政府信息公开年报", "依申请公开"):
        assert entry in html
    assert '<link rel="alternate" type="application/atom+xml"' in html
    assert 'href="/feeds/latest/"' in html


def test_the_home_page_names_every_assets_path_on_the_site_itself(client, home_page):
    html = client.get("/").content.decode()
    assets = re.findall(r'<(?:script|img)[^>]* src="([^"]*)"|<link rel="(?:stylesheet|icon)" href="([^"]*)"', html)

    assert {"/static/portal/css/portal.css", "/static/portal/js/reading-mode.js"} <= {a or b for a, b in assets}
    assert all((a or b).startswith("/") and not (a or b).startswith("//") for a, b in assets)


def test_an_organs_home_shows_its_items_search_box_and_disclosure_guide(client, catalogue, other_catalogue, make_item, publish):
    publish(make_item(title="县政府办公室的通知"))
    publish(make_item(parent=other_catalogue, title="生态环境局的通告", slug="eco"))

    html = client.get(catalogue.url).content.decode()

    assert "县政府办公室的通知" in html
    assert "生态环境局的通告" not in html
    assert f'name="organ" value="{catalogue.organ.code}"' in html
    assert f"/disclosure/guide/{catalogue.organ.pk}/" in html
    assert f'href="/feeds/organ/{catalogue.organ.pk}/"' in html


def test_the_item_page_shows_the_catalogue_entry_as_a_metadata_table(client, make_item, publish):
    item = publish(make_item())

    html = client.get(item.url).content.decode()

    for label, value in (
        ("索引号", item.index_number),
        ("主题分类", "综合政务 / 信息公开"),
        ("发布机构", "方山县人民政府办公室"),
        ("成文日期", "2025-03-18"),
        ("文号", "方政办〔2025〕12号"),
        ("发布日期", item.published_date.isoformat()),
        ("有效性", "有效"),
        ("体裁", "通知"),
    ):
        assert f'<th scope="row">{label}</th><td>{value}' in html
    assert "现将有关事项通知如下" in html
    assert f'<link rel="canonical" href="{item.full_url}">' in html


def test_the_item_page_offers_attachments_with_type_and_size(client, make_item, publish):
    document = Document(title="申报表")
    document.file.save("shenbaobiao.pdf", ContentFile(b"%PDF-1.4 " + b"x" * 2040), save=False)
    document.save()
    item = make_item()
    item.attachments.create(document=document)
    item = publish(item)

    html = client.get(item.url).content.decode()

    assert "申报表" in html
    assert "PDF" in html and "2.0 KB" in html.replace("\xa0", " ")
    assert f'href="{document.url}" download' in html


def test_policy_and_interpretation_link_to_each_other(client, catalogue, make_item, publish, topic, genre):
    policy = publish(make_item(title="方山县优化营商环境若干措施", slug="policy"))
    interpretation = PolicyInterpretationPage(
        title="《方山县优化营商环境若干措施》政策解读",
        slug="interpretation",
        written_date=datetime.date(2025, 3, 20),
        topic=topic,
        genre=genre,
        disclosure="public",
        live=False,
    )
    catalogue.add_child(instance=interpretation)
    PolicyInterpretationLink.objects.create(interpretation=interpretation, policy=policy)
    interpretation = publish(interpretation)

    policy_html = client.get(policy.url).content.decode()
    interpretation_html = client.get(interpretation.url).content.decode()

    assert "政策解读" in policy_html and interpretation.url in policy_html
    assert "所解读的政策" in interpretation_html and policy.url in interpretation_html


def test_a_repealed_item_says_so_and_points_to_its_replacement(client, make_item, publish):
    new = publish(make_item(title="新办法", slug="new", doc_number="方政办〔2025〕30号"))
    old = publish(
        make_item(
            title="旧办法", slug="old", validity="repealed", validity_date=datetime.date(2025, 5, 1), replaced_by=new
        )
    )

    html = client.get(old.url).content.decode()

    assert "本文件已于2025年5月1日废止，不再有效。" in html
    assert "已于 2025-05-01" not in html
    assert f'href="{new.url}"' in html and "新办法" in html


def test_the_disclosure_guide_of_an_organ_gives_its_office_details(client, catalogue):
    organ = catalogue.organ
    organ.office_address = "方山县城关镇府前街1号"
    organ.office_phone = "0358-5550101"
    organ.save()

    html = client.get(f"/disclosure/guide/{organ.pk}/").content.decode()

    assert "政府信息公开指南" in html
    assert "方山县城关镇府前街1号" in html and "0358-5550101" in html


def test_an_unknown_section_or_page_answers_a_chinese_404(client):
    for path in ("/disclosure/no-such-section/", "/no-such-page/"):
        response = client.get(path)
        assert response.status_code == 404
        assert "页面不存在" in response.content.decode()


def test_robots_txt_points_to_the_sitemap_and_keeps_robots_out_of_the_admin(client):
    response = client.get("/robots.txt")

    assert response["Content-Type"].startswith("text/plain")
    assert "Disallow: /admin/" in response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
