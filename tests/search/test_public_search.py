"""`/search/` and `/api/search/`: filters, facets, sorts, pages, highlights and errors."""
import datetime
import random

import pytest
from django.test import override_settings

from gongkai.disclosure_pages.models import Genre, Topic

from .conftest import run_queued_tasks

pytestmark = pytest.mark.django_db


@pytest.fixture
def catalogue_items(search_index, make_item, other_catalogue, publish):
    """Four public items over two organs, three topics, two genres and three years."""
    land = Topic.objects.get(code="0401")
    environment = Topic.objects.get(code="0907")
    notice_of_result = Genre.objects.get(code="tong-bao")
    specs = [
        dict(title="方山县人民政府办公室关于印发《方山县防汛抗旱应急预案》的通知", doc_number="方政办〔2022〕45号",
             written_date=datetime.date(2022, 5, 16), abstract="规定四级应急响应的启动条件。"),
        dict(title="方山县人民政府关于2025年度耕地保护目标责任考核结果的通报", doc_number="方政发〔2026〕4号",
             written_date=datetime.date(2026, 2, 10), topic=land, genre=notice_of_result,
             body="<p>全县耕地保有量和永久基本农田保护面积均完成目标任务。</p>"),
        dict(title="方山县生态环境局关于全面禁止露天焚烧秸秆的通告", doc_number="方环〔2025〕15号", parent=other_catalogue,
             written_date=datetime.date(2025, 9, 20), topic=environment,
             body="<p>禁止在田间地头露天焚烧秸秆 <script>alert(1)</script> 违者依法处罚。</p>"),
        dict(title="方山县生态环境局2023年度部门决算", doc_number="", parent=other_catalogue,
             written_date=datetime.date(2024, 8, 1), topic=environment, genre=notice_of_result,
             body="<p>三公经费支出包括公务接待费和公务用车运行维护费。</p>"),
    ]
    items = [publish(make_item(slug=f"item-{n}", **spec)) for n, spec in enumerate(specs)]
    run_queued_tasks()
    return items


def api(client, **params):
    return client.get("/api/search/", params)


def test_api_returns_the_documented_fields(client, catalogue_items):
    response = api(client, q="防汛")
    assert response.status_code == 200
    data = response.json()
    assert set(data) >= {"total", "page", "results", "facets"}
    [result] = data["results"]
    assert set(result) == {
        "index_number", "title", "url", "organ", "doc_number", "written_date",
        "published_date", "topic", "genre", "validity", "highlight",
    }
    assert result["doc_number"] == "方政办〔2022〕45号"
    assert result["organ"] == "方山县人民政府办公室"
    assert result["validity"] == "有效"
    assert set(data["facets"]) == {"organ", "topic", "genre", "year", "validity", "normative"}


def test_an_exact_doc_number_or_index_number_comes_first(client, catalogue_items):
    flood = catalogue_items[0]
    for q in ("方政办〔2022〕45号", "方政办[2022]45号", "方政办 45号", "2022年45号", flood.index_number):
        results = api(client, q=q).json()["results"]
        assert results and results[0]["title"] == flood.title, q


def test_traditional_characters_and_synonyms_find_simplified_items(client, catalogue_items):
    assert [r["title"] for r in api(client, q="露天焚燒秸稈").json()["results"]] == [catalogue_items[2].title]
    # 三公经费 ↔ 公务接待: the list in search/data/synonyms.json
    assert catalogue_items[3].title in [r["title"] for r in api(client, q="公务接待").json()["results"]]


def test_values_of_one_facet_are_ored_and_facets_anded(client, catalogue_items, catalogue, other_catalogue):
    office, ecology = catalogue.organ.code, other_catalogue.organ.code
    both = api(client, organ=[office, ecology]).json()
    assert both["total"] == 4
    ecology_2025 = api(client, organ=ecology, year="2025").json()
    assert [r["title"] for r in ecology_2025["results"]] == [catalogue_items[2].title]


def test_facet_counts_ignore_their_own_selection(client, catalogue_items, catalogue, other_catalogue):
    data = api(client, organ=other_catalogue.organ.code).json()
    organs = {f["value"]: (f["count"], f["selected"]) for f in data["facets"]["organ"]}
    assert organs == {catalogue.organ.code: (2, False), other_catalogue.organ.code: (2, True)}
    years = {f["value"]: f["count"] for f in data["facets"]["year"]}
    assert years == {"2025": 1, "2024": 1}  # other facets do follow the organ selection
    labels = {f["value"]: f["label"] for f in data["facets"]["organ"]}
    assert labels[catalogue.organ.code] == "方山县人民政府办公室"


def test_unknown_facet_values_match_nothing_and_stay_selected(client, catalogue_items):
    data = api(client, organ="没有这个机关").json()
    assert data["total"] == 0
    assert {"value": "没有这个机关", "label": "没有这个机关", "count": 0, "selected": True} in data["facets"]["organ"]


def test_date_ranges_and_sorts(client, catalogue_items):
    written = api(client, written_from="2024-01-01", written_to="2025-12-31", sort="oldest").json()
    assert [r["written_date"] for r in written["results"]] == ["2024-08-01", "2025-09-20"]
    newest = api(client, sort="newest").json()["results"]
    assert [r["published_date"] for r in newest] == sorted((r["published_date"] for r in newest), reverse=True)


def test_title_only_ignores_the_body(client, catalogue_items):
    assert api(client, q="永久基本农田").json()["total"] == 1
    assert api(client, q="永久基本农田", scope="title").json()["total"] == 0


def test_highlights_are_escaped_apart_from_the_marks(client, catalogue_items):
    [result] = api(client, q="露天焚烧秸秆").json()["results"]
    assert "<mark>" in result["highlight"]
    assert "<script>" not in result["highlight"]


def test_results_come_twenty_per_page_with_a_bounded_depth(client, search_index, make_item, publish):
    for n in range(23):
        publish(make_item(title=f"关于第{n}批植树造林任务的通知", slug=f"tree-{n}", doc_number=f"方政办〔2025〕{n + 1}号"))
    run_queued_tasks()
    first, second = api(client, q="植树造林").json(), api(client, q="植树造林", page="2").json()
    assert (first["total"], len(first["results"]), len(second["results"])) == (23, 20, 3)
    with override_settings(GONGKAI_SEARCH_MAX_PAGE=1):
        response = api(client, q="植树造林", page="2")
    assert response.status_code == 400
    assert "页码" in response.json()["error"]


def test_unknown_parameters_get_a_clear_400(client, catalogue_items):
    response = api(client, q="防汛", colour="red")
    assert response.status_code == 400
    assert "colour" in response.json()["error"]


def test_the_html_page_shows_results_facets_and_errors_in_chinese(client, catalogue_items):
    page = client.get("/search/", {"q": "秸秆"})
    html = page.content.decode()
    assert page.status_code == 200
    assert catalogue_items[2].index_number in html and "发布机构" in html
    assert "<mark>秸秆</mark>" in html
    bad = client.get("/search/", {"page": "abc"})
    assert bad.status_code == 400
    assert "页码" in bad.content.decode()


def test_search_is_unavailable_with_a_503_and_the_rest_of_the_site_works(client, catalogue_items):
    with override_settings(ELASTICSEARCH_URL="http://127.0.0.1:9"):
        page = client.get("/search/", {"q": "秸秆"})
        assert page.status_code == 503
        assert "搜索暂时不可用" in page.content.decode()
        assert api(client, q="秸秆").status_code == 503
        assert client.get(catalogue_items[0].url).status_code == 200


BAD_VALUES = [
    "", " ", "-1", "0", "abc", "999999", "1e3", "１", "2.5", "\x00", "\x1b[31m", "\u202e", "😀" * 50,
    "a" * 10_000, "方" * 10_000, '"', "'", "\\", "*", "?", "~", "^", "(", ")", "[", "]", "{", "}", ":", "/",
    "AND", "OR NOT", "title:(x", "<script>alert(1)</script>", "%00", "../../etc/passwd", "2025-13-45",
    "9999-99-99", "0000-00-00", "null", "[]", "{}", "𠀀𠀁", "\ud800".encode("utf-8", "surrogatepass").decode("latin-1"),
    *(chr(code) for code in [*range(0x01, 0x20), 0x7f, 0x85, 0xfffe, 0xffff]), "秸秆\x01\x02焚烧", "\x0b" * 300,
    "<![CDATA[", "]]>", "&#1;", "\ufeff秸秆",
]
PARAMETERS = [
    "q", "page", "sort", "scope", "organ", "topic", "genre", "year", "validity",
    "written_from", "written_to", "published_from", "published_to", "unknown", "q[]", "",
]


def test_a_thousand_bad_requests_never_get_a_500(client, catalogue_items):
    rng = random.Random(6)
    statuses = set()
    for _ in range(1_000):
        params = [(rng.choice(PARAMETERS), rng.choice(BAD_VALUES)) for _ in range(rng.randint(1, 4))]
        path = rng.choice(["/api/search/", "/search/", "/feeds/search/"])
        response = client.get(path, params)
        assert response.status_code in (200, 400), (path, params, response.status_code)
        statuses.add(response.status_code)
    assert statuses == {200, 400}


def test_a_search_with_two_filters_is_noindex_and_links_its_atom_feed(client, catalogue_items, catalogue):
    html = client.get("/search/", {"q": "通知", "organ": catalogue.organ.code, "year": "2022"}).content.decode()
    assert '<meta name="robots" content="noindex, follow">' in html
    assert 'type="application/atom+xml"' in html and "/feeds/search/?q=" in html
    single = client.get("/search/", {"q": "通知", "organ": catalogue.organ.code}).content.decode()
    assert "noindex" not in single


@pytest.mark.parametrize("path", ["/search/", "/api/search/", "/feeds/search/"])
def test_control_characters_in_the_search_text_are_ignored(client, catalogue_items, path):
    response = client.get(path, {"q": "\x01秸秆\x1b\x7f"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "ecology/item-2/" in body
    assert not any(character in body for character in "\x01\x1b\x7f")


def test_the_search_feed_of_a_control_character_is_well_formed_xml(client, catalogue_items):
    from xml.dom.minidom import parseString

    response = client.get("/feeds/search/?q=%01")
    assert response.status_code == 200
    parseString(response.content)
