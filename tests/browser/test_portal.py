"""The public portal in a real Chromium: reading paths, search, accessibility (axe-core),
reading modes, phones, and a withdrawn item vanishing everywhere."""
import datetime
from urllib.parse import urlparse

import pytest
from axe_playwright_python.sync_playwright import Axe

from gongkai.disclosure_pages.models import Genre, Topic
from gongkai.review_workflow.legacy import record_legacy_review
from gongkai.review_workflow.actions.withdraw import WithdrawItemAction
from gongkai.search.connection import client
from gongkai.search.index_names import versioned_index_pattern
from gongkai.search.indexing import ensure_index, sync_items

PHONE = {"width": 375, "height": 812}
SERIOUS = {"serious", "critical"}


def delete_catalogue_indexes():
    names = list(client().indices.get(index=versioned_index_pattern(), expand_wildcards="open"))
    if names:
        client().indices.delete(index=",".join(names))


@pytest.fixture
def reviewer(django_user_model):
    return django_user_model.objects.create_superuser("reviewer", password="unused-in-tests")


@pytest.fixture
def items(make_item, other_catalogue, reviewer):
    """Four public items of two organs, on two topics and of two genres, in the index."""
    delete_catalogue_indexes()
    ensure_index()
    emergency = Topic.objects.get(name="应急管理", parent__name="综合政务")
    announcement = Genre.objects.get(code="gong-gao")
    drafts = [
        make_item(title="方山县人民政府办公室关于做好政府信息公开工作的通知", slug="notice"),
        make_item(
            title="方山县防汛抗旱应急预案",
            slug="flood",
            topic=emergency,
            doc_number="方政办〔2025〕20号",
            abstract="明确防汛抗旱应急响应的分级和职责。",
            body="<p>为做好防汛抗旱工作，保障人民群众生命财产安全，制定本预案。</p>",
        ),
        make_item(
            title="关于汛期安全生产的公告",
            slug="flood-notice",
            topic=emergency,
            genre=announcement,
            doc_number="方政办〔2025〕21号",
            written_date=datetime.date(2025, 6, 2),
            body="<p>汛期将至，现就防汛期间安全生产有关事项公告如下。</p>",
        ),
        make_item(parent=other_catalogue, title="方山县生态环境局关于防汛期间环境应急的通知", slug="eco", doc_number="方环〔2025〕3号"),
    ]
    published = []
    for item in drafts:
        revision = item.save_revision(user=reviewer)
        record_legacy_review(revision, reviewer, basis="测试")
        revision.publish(user=reviewer)
        published.append(type(item).objects.get(pk=item.pk))
    sync_items([item.pk for item in published], refresh=True)
    yield published
    delete_catalogue_indexes()


def serious_violations(page):
    violations = Axe().run(page).response["violations"]
    return [(v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3]) for v in violations if v["impact"] in SERIOUS]


@pytest.fixture
def phone_page(chromium, live_server):
    context = chromium.new_context(base_url=live_server.url, locale="zh-CN", viewport=PHONE)
    yield context.new_page()
    context.close()


def test_a_reader_goes_from_home_through_a_topic_to_an_item(browser_page, items, screenshot):
    page = browser_page
    page.goto("/")
    assert page.locator("html").get_attribute("lang") == "zh-Hans"
    assert serious_violations(page) == []
    screenshot(page, "portal-home-1280")

    page.get_by_role("link", name="综合政务").click()
    page.get_by_role("link", name="应急管理").click()
    assert page.get_by_role("heading", name="应急管理").is_visible()
    assert page.locator(".catalogue-table tbody tr").count() == 2
    assert serious_violations(page) == []
    screenshot(page, "portal-browse-1280")

    page.get_by_role("link", name="方山县防汛抗旱应急预案").click()
    table = page.locator("table.metadata")
    assert table.get_by_role("rowheader", name="索引号").is_visible()
    assert items[1].index_number in table.inner_text()
    assert "方政办〔2025〕20号" in table.inner_text()
    assert "应急管理" in table.inner_text()
    assert serious_violations(page) == []
    screenshot(page, "portal-item-1280")


def test_a_reader_searches_with_two_facets_and_opens_a_result(browser_page, items, screenshot):
    page = browser_page
    page.goto("/")
    page.get_by_role("searchbox").first.fill("防汛")
    page.get_by_role("button", name="搜索").first.click()
    page.wait_for_url("**/search/?*")
    assert page.locator(".catalogue-search__result").count() == 3

    page.locator(".catalogue-search__facet", has_text="方山县人民政府办公室").get_by_label("方山县人民政府办公室").check()
    page.locator(".catalogue-search__facet").get_by_label("公告").check()
    page.locator(".catalogue-search__form button[type=submit]").click()
    page.wait_for_load_state()
    results = page.locator(".catalogue-search__result")
    assert results.count() == 1
    assert serious_violations(page) == []
    screenshot(page, "portal-search-1280")

    results.first.get_by_role("link").click()
    assert page.get_by_role("heading", name="关于汛期安全生产的公告").is_visible()


def test_on_a_phone_home_search_and_item_fit_the_screen(phone_page, items, screenshot):
    page = phone_page
    for path, name in (("/", "home"), ("/search/?q=防汛", "search"), (items[1].url, "item")):
        page.goto(path)
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], path
        screenshot(page, f"portal-{name}-375")
    assert serious_violations(page) == []


def test_the_home_page_loads_nothing_from_another_host(browser_page, items, live_server):
    requested = []
    browser_page.on("request", lambda request: requested.append(request.url))
    browser_page.goto("/")
    browser_page.wait_for_load_state("networkidle")

    own_host = urlparse(live_server.url).netloc
    assert requested and {urlparse(url).netloc for url in requested} == {own_host}


def test_the_large_text_and_high_contrast_modes_are_remembered(browser_page, items):
    page = browser_page
    page.goto("/")
    normal_size = page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)")

    page.get_by_role("button", name="大字版").click()
    page.get_by_role("button", name="高对比度").click()
    page.goto(items[0].url)

    assert page.get_by_role("button", name="大字版").get_attribute("aria-pressed") == "true"
    assert page.evaluate("parseFloat(getComputedStyle(document.body).fontSize)") > normal_size * 1.3
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
    assert serious_violations(page) == []


def test_the_keyboard_reaches_the_skip_link_with_a_visible_focus(browser_page, items):
    page = browser_page
    page.goto("/")
    page.keyboard.press("Tab")

    focused = page.evaluate("document.activeElement.textContent.trim()")
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert focused == "跳到主要内容"
    assert outline == "solid"


def test_a_withdrawn_item_disappears_from_browsing_search_sitemap_and_feeds(browser_page, items, reviewer, catalogue):
    page = browser_page
    item = items[0]
    WithdrawItemAction(item, user=reviewer, reason="含有个人信息").execute()
    sync_items([item.pk], refresh=True)  # what the on-commit removal does in the server

    response = page.goto(item.url)
    assert response.status == 410
    assert "已撤回" in page.content() and "含有个人信息" not in page.content()
    page.goto(f"/catalogue/organ/{catalogue.organ.pk}/")
    assert item.title not in page.content()
    page.goto("/search/?q=政府信息公开工作")
    assert item.title not in page.content()
    for machine_path in ("/sitemap.xml", "/feeds/latest/", f"/feeds/organ/{catalogue.organ.pk}/"):
        assert item.url not in page.request.get(machine_path).text(), machine_path
