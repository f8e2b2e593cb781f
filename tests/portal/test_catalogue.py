"""公开目录: browsing by organ and by topic, read from the real catalogue index."""
import datetime

import pytest
from gongkai.disclosure_pages.models import Topic

pytestmark = pytest.mark.django_db


@pytest.fixture
def three_items(make_item, publish, other_catalogue, catalogue_index):
    """Two items of the office (one on 信息公开, one on 应急管理) and one of the ecology bureau."""
    emergency = Topic.objects.get(name="应急管理", parent__name="综合政务")
    items = [
        publish(make_item(title="政府信息公开工作要点", slug="a", written_date=datetime.date(2025, 1, 10))),
        publish(make_item(title="防汛应急预案", slug="b", topic=emergency, doc_number="方政办〔2025〕13号")),
        publish(make_item(parent=other_catalogue, title="环境质量公报", slug="c", doc_number="")),
    ]
    catalogue_index(*items)
    return items


def test_the_catalogue_lists_items_the_way_chinese_portals_do(client, three_items):
    html = client.get("/catalogue/").content.decode()

    for heading in ("索引号", "标题", "文号", "成文日期", "发布日期"):
        assert f"{heading}" in html
    for item in three_items:
        assert item.title in html and item.index_number in html and item.url in html
    assert "共 3 条" in html
    assert "2025-01-10" in html


def test_browsing_a_first_level_topic_includes_its_second_level_topics(client, three_items, topic):
    first_level = client.get(f"/catalogue/topic/{topic.parent.code}/").content.decode()
    second_level = client.get(f"/catalogue/topic/{topic.code}/").content.decode()

    assert "政府信息公开工作要点" in first_level and "防汛应急预案" in first_level
    assert "政府信息公开工作要点" in second_level and "防汛应急预案" not in second_level


def test_browsing_an_organ_lists_only_its_items(client, three_items, other_catalogue):
    html = client.get(f"/catalogue/organ/{other_catalogue.organ.pk}/").content.decode()

    assert "环境质量公报" in html
    assert "防汛应急预案" not in html
    assert f'href="/feeds/organ/{other_catalogue.organ.pk}/"' in html


def test_the_catalogue_sorts_by_publication_date_both_ways(client, three_items):
    newest = client.get("/catalogue/?sort=newest").content.decode()
    oldest = client.get("/catalogue/?sort=oldest").content.decode()

    assert newest.index("环境质量公报") < newest.index("政府信息公开工作要点")
    assert oldest.index("政府信息公开工作要点") < oldest.index("环境质量公报")


def test_nonsense_paging_and_sorting_still_answer_a_listing(client, three_items):
    for query in ("?page=abc", "?page=99999", "?sort=drop-table", "?page=-1"):
        response = client.get(f"/catalogue/{query}")
        assert response.status_code == 200
        assert "防汛应急预案" in response.content.decode() or "共 3 条" in response.content.decode()


def test_an_unknown_organ_or_topic_is_a_404(client, catalogue_index):
    assert client.get("/catalogue/organ/999999/").status_code == 404
    assert client.get("/catalogue/topic/nope/").status_code == 404


def test_the_catalogue_says_so_when_the_index_cannot_answer(client, three_items, settings):
    settings.ELASTICSEARCH_URL = "http://127.0.0.1:9"

    response = client.get("/catalogue/")

    assert response.status_code == 503
    assert "暂时无法列出" in response.content.decode()
