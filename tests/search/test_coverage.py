"""The recall tier (gongkai.search.coverage): a long everyday query finds the item whose rare
words it shares, covering more of a query's rare words beats repeating one, and a word most
items hold never opens the search to everything (issue 15)."""
import pytest


from .conftest import found_titles as titles, run_queued_tasks

pytestmark = pytest.mark.django_db

FILLER_TITLES = (
    "方山县人民政府关于做好2025年森林防火工作的通知",
    "方山县人民政府关于公布2025年政务服务事项清单的通知",
    "方山县人民政府关于开展耕地保护专项检查的通知",
    "方山县人民政府关于印发2025年度重点工作任务的通知",
    "方山县人民政府关于加强安全生产工作的通知",
    "方山县人民政府关于做好防汛抗旱工作的通知",
)


@pytest.fixture
def county_items(search_index, make_item, publish):
    """Items that all say 政府, 方山县 and 通知; none says 沼气池 or 补助 but the one."""
    for n, title in enumerate(FILLER_TITLES):
        publish(make_item(title=title, slug=f"filler-{n}", doc_number=""))
    answer = publish(make_item(title="方山县2025年农村沼气池建设补助对象公示", slug="answer", doc_number="",
                               body="<p>经村级评议、乡镇审核，现将农村沼气池建设补助对象公示如下。</p>"))
    run_queued_tasks()
    return answer


def test_a_long_everyday_query_finds_the_item_whose_rare_words_it_shares(county_items, make_item, publish):
    # The form item holds more of the query's words (方山县, 人民政府, 通知, 申请, 材料), so the
    # precise tier finds it alone and no relaxed retry is made; the recall tier adds the item
    # holding the query's rarest words.
    publish(make_item(title="方山县人民政府关于规范申请材料的通知", slug="forms", doc_number=""))
    run_queued_tasks()
    assert county_items.title in titles("方山县人民政府 通知 沼气池 补助 申请 材料")
    assert county_items.title in titles("我家想修个沼气池 申请补助 手续怎么办理")


def test_a_word_most_items_hold_does_not_open_the_search_to_everything(county_items):
    # 政府 is in every item, 招待 and 吃饭 in none: nothing is found rather than everything.
    assert titles("政府花了多少钱招待吃饭") == []


def test_covering_more_rare_words_of_a_query_beats_repeating_one(search_index, make_item, publish):
    for n, title in enumerate(FILLER_TITLES):
        publish(make_item(title=title, slug=f"filler-{n}", doc_number=""))
    repeating = publish(make_item(title="秸秆焚烧巡查 秸秆焚烧监测 秸秆焚烧通报", slug="repeating", doc_number="",
                                  body="<p>秸秆焚烧，秸秆焚烧，秸秆焚烧。</p>"))
    covering = publish(make_item(title="方山县关于禁止露天焚烧秸秆违者罚款的通告", slug="covering", doc_number="",
                                 body="<p>违反规定露天焚烧秸秆的，依法处以罚款。</p>"))
    run_queued_tasks()
    assert titles("焚烧 秸秆 罚款")[:2] == [covering.title, repeating.title]
