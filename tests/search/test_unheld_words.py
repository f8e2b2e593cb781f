"""Queries the index cannot match word for word (issue 15): a decree cited by its number, a
misspelt word, and a citizen's own words that no item holds."""
import pytest

from gongkai.search.citations import cited_doc_numbers

from .conftest import found_titles as titles, run_queued_tasks

pytestmark = pytest.mark.django_db

OTHER_TITLES = (
    "方山县人民政府关于做好2025年森林防火工作的通知",
    "方山县住房和城乡建设局关于开展既有住宅加装电梯工作的通知",
    "方山县人民政府办公室关于印发2025年度重点工作任务的通知",
    "方山县人民政府关于加强安全生产工作的通知",
    "方山县人力资源和社会保障局关于开展职业技能培训工作的通知",
    "方山县人民政府关于做好防汛抗旱工作的通知",
    "方山县生态环境局关于开展大气污染防治攻坚行动的通知",
    "方山县人民政府关于2025年春耕生产工作的通知",
)


@pytest.fixture
def county_items(search_index, make_item, publish):
    for n, title in enumerate(OTHER_TITLES):
        publish(make_item(title=title, slug=f"other-{n}", doc_number=""))
    items = {
        "loan": publish(make_item(title="方山县创业担保贷款申请办法", slug="loan", doc_number="")),
        "rental": publish(make_item(title="方山县公共租赁住房申请审核办法", slug="rental", doc_number="",
                                    body="<p>县人民政府筹集的公共租赁住房，租金低于市场价，由住房困难家庭申请。</p>")),
        "wages": publish(make_item(title="方山县人民政府办公室关于进一步做好保障农民工工资支付工作的通知", slug="wages",
                                   doc_number="", body="<p>落实工资专用账户和保证金制度，保障农民工按时足额拿到劳动报酬。</p>")),
        "expropriation": publish(make_item(title="方山县西关片区房屋征收决定", slug="expropriation", doc_number="方政发〔2024〕2号",
                                           body="<p>根据《国有土地上房屋征收与补偿条例》（国务院令第590号），县人民政府决定征收西关片区房屋。</p>")),
    }
    run_queued_tasks()
    return items


@pytest.mark.parametrize("text, cited", [
    ("根据《国有土地上房屋征收与补偿条例》（国务院令第590号）", ["国务院令第590号"]),
    ("依照《不动产登记暂行条例实施细则》（自然资源部令2019年第5号）和财政部令第87号", ["自然资源部令2019年第5号", "财政部令第87号"]),
    ("按照国办发〔2022〕8号文件要求，以及国务院令第590号", ["国办发〔2022〕8号", "国务院令第590号"]),
])
def test_decrees_cited_by_their_number_are_cited_doc_numbers(text, cited):
    assert [number.text for number in cited_doc_numbers(text)] == cited


def test_a_decree_number_finds_the_documents_citing_it(county_items):
    assert titles("国务院令第590号") == [county_items["expropriation"].title]
    assert titles("国务院令590号") == [county_items["expropriation"].title]


def test_a_misspelt_word_ranks_the_item_sharing_its_characters_first(county_items):
    # 公组房 is held by no item; 申请 by two, the loan rules indexed first (they win a tie):
    # the bigram 房申 and the characters 公 and 房 put the rental rules first.
    assert titles("公组房申请")[:2] == [county_items["rental"].title, county_items["loan"].title]


def test_a_query_sharing_no_word_with_any_item_finds_the_item_holding_most_of_its_characters(county_items):
    # No item holds 便宜 or 房子, and 政府 says nothing: the first request and the relaxed
    # words find nothing; the retry on characters (租, 政, 府, 房) finds the rental rules.
    assert titles("租政府的便宜房子")[0] == county_items["rental"].title
