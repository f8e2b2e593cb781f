"""What machines read: Atom feeds, sitemap.xml, and 410 for a withdrawn item."""
import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def office_and_ecology_items(make_item, publish, other_catalogue):
    return (
        publish(make_item(title="县政府办公室的通知", slug="office-notice")),
        publish(make_item(parent=other_catalogue, title="生态环境局的通告", slug="eco-notice")),
    )


def test_the_organ_feed_is_atom_with_that_organs_items_only(client, office_and_ecology_items, catalogue):
    response = client.get(f"/feeds/organ/{catalogue.organ.pk}/")
    xml = response.content.decode()

    assert response["Content-Type"].startswith("application/atom+xml")
    assert "县政府办公室的通知" in xml and "生态环境局的通告" not in xml
    assert office_and_ecology_items[0].url in xml


def test_the_topic_feed_covers_the_topic_and_its_second_level(client, office_and_ecology_items, topic):
    xml = client.get(f"/feeds/topic/{topic.parent.code}/").content.decode()

    assert "县政府办公室的通知" in xml and "生态环境局的通告" in xml


def test_the_latest_feed_leaves_drafts_out(client, office_and_ecology_items, make_item):
    make_item(title="草稿", slug="draft")

    xml = client.get("/feeds/latest/").content.decode()

    assert "县政府办公室的通知" in xml and "草稿" not in xml


def test_the_search_feed_follows_a_search_in_the_index(client, office_and_ecology_items, catalogue_index):
    catalogue_index(*office_and_ecology_items)

    xml = client.get("/feeds/search/?q=通告").content.decode()

    assert "生态环境局的通告" in xml and "县政府办公室的通知" not in xml


def test_the_sitemap_lists_public_items_and_not_drafts(client, office_and_ecology_items, make_item):
    draft = make_item(title="草稿", slug="draft")

    xml = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{office_and_ecology_items[0].full_url}</loc>" in xml
    assert draft.slug not in xml


def test_a_withdrawn_item_answers_410_with_its_public_notice_only(client, office_and_ecology_items, withdraw):
    """The reason is written for reviewers (the withdrawal form says so), never for the public."""
    item = withdraw(office_and_ecology_items[0], reason="含有张三的身份证号")

    response = client.get(item.url)
    html = response.content.decode()

    assert response.status_code == 410
    assert "已撤回" in html and item.index_number in html
    assert "张三" not in html and "身份证号" not in html


def test_a_withdrawn_item_is_gone_from_sitemap_and_feeds(client, office_and_ecology_items, withdraw, catalogue):
    item = withdraw(office_and_ecology_items[0], reason="含有个人身份信息")

    assert item.url not in client.get("/sitemap.xml").content.decode()
    assert item.title not in client.get("/feeds/latest/").content.decode()
    assert item.title not in client.get(f"/feeds/organ/{catalogue.organ.pk}/").content.decode()


def test_an_item_simply_unpublished_is_a_plain_404(client, office_and_ecology_items):
    item = office_and_ecology_items[0]
    item.unpublish()

    assert client.get(item.url).status_code == 404


def test_a_withdrawn_then_republished_item_is_served_again(client, office_and_ecology_items, withdraw, publish):
    item = withdraw(office_and_ecology_items[0], reason="需要更正")
    item.refresh_from_db()
    publish(item)

    assert client.get(item.url).status_code == 200


def render_search_head(rf, query):
    from django.template import engines

    template = engines["django"].from_string("{% load portal_tags %}{% search_head %}")
    return template.render({}, rf.get(f"/search/{query}"))


def test_the_search_head_announces_the_feed_and_noindexes_several_filters(rf):
    one_filter = render_search_head(rf, "?q=防汛&organ=111411994056312813")
    two_filters = render_search_head(rf, "?q=防汛&organ=111411994056312813&genre=tong-zhi")

    assert 'href="/feeds/search/?q=%E9%98%B2%E6%B1%9B&amp;organ=111411994056312813"' in one_filter
    assert "noindex" not in one_filter
    assert '<meta name="robots" content="noindex, follow">' in two_filters
