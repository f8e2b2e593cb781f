"""What the search finds first: 文号 an item's text cites, 索引号 whatever their prefix, items in
force before those they replaced, and the content of a question (issue 15)."""
import datetime

import pytest

from gongkai.disclosure_pages.models import Organ, PolicyInterpretationLink, PolicyInterpretationPage
from gongkai.search.query_analysis import analyse_query

from .conftest import found_titles as titles, run_queued_tasks

pytestmark = pytest.mark.django_db


def body(*paragraphs):
    return "".join(f"<p>{paragraph}</p>" for paragraph in paragraphs)


@pytest.fixture
def citing_items(search_index, make_item, publish, other_catalogue):
    """A State Council document, a county notice citing it, and a county document sharing its
    year and serial under another 机关代字."""
    state_council = publish(make_item(title="国务院办公厅关于进一步优化营商环境降低市场主体制度性交易成本的意见", slug="state",
                                      doc_number="国办发〔2022〕30号"))
    citing = publish(make_item(title="方山县人民政府办公室关于进一步优化营商环境的实施方案", slug="citing",
                               doc_number="方政办〔2023〕3号",
                               body=body("根据《国务院办公厅关于进一步优化营商环境的意见》（国办发〔2022〕30号）和"
                                         "国办发[2022]8号文件精神，结合我县实际，制定本方案。")))
    same_parts = publish(make_item(title="方山县人民政府关于2022年度耕地保护考核的通报", slug="same-parts",
                                   doc_number="方政发〔2022〕8号", parent=other_catalogue))
    run_queued_tasks()
    return state_council, citing, same_parts


def test_a_doc_number_finds_its_own_item_first_then_the_items_citing_it(citing_items):
    state_council, citing, _ = citing_items
    for q in ("国办发〔2022〕30号", "国办发(2022)30号", "国办发 2022年30号", "国办发〔2022〕30", "国办发办〔2022〕30号"):
        assert titles(q)[:2] == [state_council.title, citing.title], q


def test_a_cited_doc_number_finds_the_items_citing_it_and_not_another_organs_same_serial(citing_items):
    _, citing, same_parts = citing_items
    for q in ("国办发〔2022〕8号", "国办发[2022]8号", "国办发8号"):
        found = titles(q)
        assert found[0] == citing.title, q
        assert same_parts.title not in found, q
    assert titles("方政发〔2022〕8号")[0] == same_parts.title


def test_the_item_page_lists_the_items_citing_it_and_links_the_doc_numbers_it_cites(client, citing_items):
    state_council, citing, _ = citing_items
    page = client.get(state_council.get_url()).content.decode()
    assert "引用本文件的文件" in page
    assert f'<a href="{citing.get_url()}">{citing.title}</a>' in page
    citing_page = client.get(citing.get_url()).content.decode()
    assert f'<a href="{state_council.get_url()}">国办发〔2022〕30号</a>' in citing_page
    # 国办发〔2022〕8号 is not in the catalogue: cited, but not linked.
    assert "国办发[2022]8号" in citing_page and "引用本文件的文件" not in citing_page


@pytest.mark.parametrize("prefix", ["方山县档案馆", "方山縣檔案館", "FS-档案", "11141199405631361N"])
def test_an_index_number_finds_its_item_whatever_the_organ_prefix(search_index, make_item, publish, catalogue, prefix):
    Organ.objects.filter(pk=catalogue.organ.pk).update(index_prefix=prefix)
    catalogue.organ.refresh_from_db()
    items = [publish(make_item(title=f"关于第{n}季度档案开放的公告", slug=f"archive-{n}", doc_number="")) for n in range(3)]
    run_queued_tasks()
    for item in items:
        assert item.index_number.startswith(prefix)
        assert titles(item.index_number)[0] == item.title
        assert titles(f" {item.index_number} ")[0] == item.title


def test_an_imported_index_number_of_any_shape_finds_its_item(search_index, make_item, publish):
    imported = publish(make_item(title="关于档案移交的通知", slug="imported", index_number="档案局-2019-第0007号", doc_number=""))
    publish(make_item(title="关于2019年档案工作的通知", slug="other", doc_number=""))
    run_queued_tasks()
    assert titles("档案局-2019-第0007号")[0] == imported.title


def test_items_no_longer_in_force_rank_below_the_items_that_replaced_them(search_index, make_item, publish):
    new = publish(make_item(title="方山县防汛抗旱应急预案（2025年修订）", slug="new", doc_number="方政办〔2025〕9号",
                            written_date=datetime.date(2025, 4, 28)))
    old = make_item(title="方山县防汛抗旱应急预案", slug="old", doc_number="方政办〔2022〕45号", validity="amended", validity_date=datetime.date(2025, 4, 28),
                    written_date=datetime.date(2022, 5, 16), body=body("防汛抗旱应急预案。防汛抗旱应急预案。"))
    old.replaced_by = new
    publish(old)
    run_queued_tasks()
    for q in ("防汛抗旱应急预案", "防汛预案", "防汛"):
        assert titles(q)[:2] == [new.title, old.title], q
    # Whoever types the old 文号 wants the old document.
    assert titles("方政办〔2022〕45号")[0] == old.title
    assert titles("防汛", validity=("valid",)) == [new.title]


def test_a_policy_ranks_above_its_interpretation_and_the_lists_about_it(search_index, make_item, publish, catalogue, topic, genre):
    listing = publish(make_item(title="2025年公共租赁住房配租对象名单公示", slug="listing", doc_number="",
                                body=body("经审核，以下家庭符合公共租赁住房配租条件。公共租赁住房租金按月缴纳。")))
    policy = publish(make_item(title="方山县人民政府关于印发《方山县公共租赁住房管理办法》的通知", slug="policy",
                               doc_number="方政发〔2024〕6号", normative=True, body=body("现将《方山县公共租赁住房管理办法》印发给你们。")))
    interpretation = PolicyInterpretationPage(title="一图读懂《方山县公共租赁住房管理办法》", slug="reading", topic=topic, genre=genre,
                                              written_date=datetime.date(2025, 3, 20), disclosure="public", live=False)
    catalogue.add_child(instance=interpretation)
    PolicyInterpretationLink.objects.create(interpretation=interpretation, policy=policy)
    publish(interpretation)
    run_queued_tasks()
    for q in ("公共租赁住房管理办法", "公租房", "公共租赁住房"):
        assert titles(q)[0] == policy.title, q
    assert set(titles("公租房")) == {policy.title, interpretation.title, listing.title}


def test_the_in_force_toggle_shows_only_items_in_force(client, search_index, make_item, publish):
    publish(make_item(title="关于森林防火的通告", slug="valid"))
    publish(make_item(title="关于森林防火的旧通告", slug="repealed", validity="repealed", validity_date=datetime.date(2024, 1, 1),
                      doc_number="方政办〔2020〕1号"))
    run_queued_tasks()
    page = client.get("/search/", {"q": "森林防火"}).content.decode()
    assert "仅显示现行有效" in page and "的旧通告" in page
    page = client.get("/search/", {"q": "森林防火", "validity": "valid"}).content.decode()
    assert 'name="validity" value="valid" checked' in page
    assert "的通告" in page and "的旧通告" not in page


@pytest.mark.parametrize(
    "question, content_words",
    [
        ("请问低保怎么申请呢", ("低保", "申请")),
        ("宅基地审批需要什么材料", ("宅基地", "审批", "材料")),
        ("孩子上小学去哪里报名啊？", ("孩子", "上小学", "报名")),
        ("老年证在哪里办理吗", ("老年证", "办理")),
        ("什么时候发放耕地地力保护补贴", ("发放", "耕地地力保护补贴")),
    ],
)
def test_question_words_and_particles_are_taken_out_of_a_query(question, content_words):
    assert analyse_query(question).words == content_words


def test_a_question_finds_the_item_that_answers_it(search_index, make_item, publish):
    answer = publish(make_item(title="方山县城乡居民最低生活保障申请审批办法", slug="answer"))
    publish(make_item(title="方山县2025年养老服务工作要点", slug="other", doc_number="方政办〔2025〕13号",
                      body=body("如何做好养老服务？请各乡镇怎么办就怎么办。")))
    run_queued_tasks()
    for q in ("请问低保怎么申请呢", "低保在哪里申请？", "怎么办低保"):
        assert titles(q) == [answer.title], q


def test_a_doc_number_typed_by_parts_without_the_first_characters_of_its_code_finds_the_document(citing_items):
    state_council, citing, same_parts = citing_items
    for q in ("政发〔2022〕8号", "政发2022年8号", "政发8号"):
        assert titles(q)[0] == same_parts.title, q
    # 办发 ends 国办发, whose 8号 the county notice cites, and not 方政发.
    assert titles("办发8号") == [citing.title]
    assert titles("办发〔2022〕30号")[:2] == [state_council.title, citing.title]


def test_a_serial_alone_finds_the_documents_of_that_serial_and_those_citing_one(citing_items):
    state_council, citing, same_parts = citing_items
    found = titles("8号文")
    assert found[0] == same_parts.title
    assert citing.title in found and state_council.title not in found
