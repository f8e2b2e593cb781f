"""公开指南 per organ (structured blocks, revisions, prefilled, last update shown, a warning after a
year without review) and 机构概况 on the organ home."""
import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from gongkai.disclosure_column.models import DisclosureGuide, OrganProfile

pytestmark = pytest.mark.django_db


def guide_url(organ):
    return reverse("portal:organ_section", args=["guide", organ.pk])


def test_the_organ_home_shows_its_profile(client, catalogue):
    OrganProfile.objects.create(
        organ=catalogue.organ,
        functions="<p>负责县政府日常政务运转。</p>",
        units=[("unit", {"name": "政务公开股", "duties": "承办政府信息公开工作"})],
        leaders=[("leader", {"name": "王明", "post": "主任", "duties": "主持全面工作"})],
        phone="0358-5550100",
    )

    html = client.get(catalogue.url).content.decode()

    for text in ("机构概况", "负责县政府日常政务运转。", "政务公开股", "王明（主任）", "0358-5550100"):
        assert text in html


def test_a_new_guide_starts_from_the_organs_data_and_links_the_request_form(client, catalogue):
    organ = catalogue.organ
    organ.office_address = "方山县城关镇府前街1号"
    organ.save()
    guide = DisclosureGuide.objects.create(organ=organ)

    assert [block.block_type for block in guide.body] == ["overview", "proactive", "on_request", "fees", "remedies"]
    html = client.get(guide_url(organ)).content.decode()
    assert "方山县城关镇府前街1号" in html
    assert f'href="/requests/apply/?organ={organ.pk}"' in html
    assert f"最后更新：{timezone.localtime(guide.updated_at):%Y-%m-%d}" in html
    assert "本栏目内容正在整理中。" not in html


def test_an_edited_guide_keeps_its_revisions_and_shows_the_new_text(client, catalogue, admin_user):
    guide = DisclosureGuide.objects.create(organ=catalogue.organ)
    guide.save_revision(user=admin_user)
    guide.body = [("fees", {"heading": "收费", "text": "<p>本机关依申请提供信息不收取费用。</p>"})]
    guide.save()
    guide.save_revision(user=admin_user)

    assert guide.revisions.count() == 2
    assert "本机关依申请提供信息不收取费用。" in client.get(guide_url(catalogue.organ)).content.decode()


def test_the_admin_warns_about_a_guide_not_reviewed_for_a_year(admin_client, catalogue, other_catalogue):
    DisclosureGuide.objects.create(organ=catalogue.organ, reviewed_on=timezone.localdate() - datetime.timedelta(days=400))
    DisclosureGuide.objects.create(organ=other_catalogue.organ)

    html = admin_client.get(reverse("wagtailsnippets_disclosure_column_disclosureguide:list")).content.decode()

    assert html.count("超过一年未审阅") == 1
