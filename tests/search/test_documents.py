"""What a rebuild writes for each item: the URL the site serves, read in a fixed number of queries,
and word-level matching on an index that holds only bigrams."""
import datetime
import json

from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.documents.models import Document

from gongkai.disclosure_pages.models import DisclosureAttachment, PolicyInterpretationLink, PolicyInterpretationPage
from gongkai.search.documents import CatalogueDocument
from gongkai.search.item_batches import documents_for, item_rows
from gongkai.search.engine import CatalogueQuery, search_catalogue
from gongkai.search.actions.rebuild_index import RebuildIndexAction
from gongkai.search.index_operations import chunks_of_live_items

from .conftest import run_queued_tasks


def test_indexed_urls_are_the_urls_the_site_serves(client, search_index, make_item, publish, other_catalogue):
    items = [
        publish(make_item(title="关于防汛的通知", slug="防汛通知")),
        publish(make_item(title="关于秸秆禁烧的通告", slug="straw-burning", parent=other_catalogue)),
    ]
    documents = documents_for(item_rows(type(items[0]).objects.filter(pk__in=[item.pk for item in items])))
    assert sorted(document["url"] for document in documents) == sorted(item.get_url() for item in items)
    for document in documents:
        assert client.get(document["url"]).status_code == 200


def test_documents_of_a_chunk_take_the_same_queries_for_one_item_as_for_many(search_index, make_item, publish):
    for n in range(6):
        publish(make_item(title=f"关于第{n}批植树造林任务的通知", slug=f"tree-{n}", doc_number=f"方政办〔2025〕{n + 1}号"))
    [(rows, _)] = chunks_of_live_items(100)
    documents_for(rows)  # Wagtail caches the site root paths on first use

    def queries_for(chunk):
        with CaptureQueriesContext(connection) as queries:
            documents_for(chunk)
        return len(queries)

    # Organs, topics, genres, attachments, interpretations, interpreted policies: no query per item.
    assert len(rows) == 6
    assert queries_for(rows[:1]) == queries_for(rows) == 6


def test_each_query_word_matches_only_as_a_whole_word(search_index, make_item, publish):
    publish(make_item(title="关于植树造林的通知", slug="planting"))
    publish(make_item(title="关于植树活动和封山造林的通知", slug="apart"))
    run_queued_tasks()
    RebuildIndexAction().execute()
    titles = [result["title"] for result in search_catalogue(CatalogueQuery(q="植树造林")).results]
    assert titles == ["关于植树造林的通知"]


def test_an_items_indexed_form_holds_exactly_its_fields_in_their_order(search_index, make_item, publish, catalogue, topic, genre):
    item = make_item(
        title="方山县关于做好防汛工作的通知", slug="flood", abstract="汛期 &amp; 防汛", doc_number="方政办〔2025〕12号",
        body="<h2>一、总体要求</h2><p>根据《国务院办公厅关于加强防汛工作的通知》（国办发〔2022〕8号）&nbsp;和</p>"
        "<ul><li>各乡镇</li></ul><p>a&lt;b</p>",
        published_date=datetime.date(2025, 3, 19), validity="valid",
    )
    document = Document.objects.create(title="附件", file=ContentFile("附件依据方政发〔2024〕3号执行。\n第二行".encode(), name="附件.txt"))
    item.attachments.add(DisclosureAttachment(document=document))
    item = publish(item)
    interpretation = PolicyInterpretationPage(
        title="《防汛通知》政策解读", slug="interpretation", written_date=datetime.date(2025, 3, 20),
        topic=topic, genre=genre, disclosure="public", live=False,
    )
    catalogue.add_child(instance=interpretation)
    PolicyInterpretationLink.objects.create(interpretation=interpretation, policy=item)
    interpretation = publish(interpretation)

    policy_document, interpretation_document = documents_for(item_rows(type(item).objects.filter(pk__in=[item.pk, interpretation.pk]).order_by("pk")))

    # What the index held before the catalogue document had prepare_* methods, byte for byte,
    # plus the 规范性文件 facet's value added since.
    office = "111411994056312813"
    assert json.dumps(policy_document, ensure_ascii=False) == json.dumps({
        "page_id": item.pk, "revision_id": item.live_revision_id, "index_number": item.index_number,
        "organ": office, "organ_name": "方山县人民政府办公室", "organ_path": [office],
        "organ_labels": [f"{office}\x1f方山县人民政府办公室"],
        "topic": "0104", "topic_name": "综合政务 / 信息公开", "topic_codes": ["01", "0104"],
        "topic_labels": ["01\x1f综合政务", "0104\x1f综合政务 / 信息公开"],
        "genre": "tong-zhi", "genre_name": "通知", "genre_labels": "tong-zhi\x1f通知",
        "doc_number": "方政办〔2025〕12号", "doc_number_agency": "方政办", "doc_number_year": 2025, "doc_number_serial": 12,
        "cited_doc_numbers": ["国办发〔2022〕8号", "方政发〔2024〕3号"],
        "cited_doc_number_parts": ["国办发|2022|8", "国办发||8", "|2022|8", "方政发|2024|3", "方政发||3", "|2024|3"],
        "written_date": "2025-03-18", "published_date": "2025-03-19", "year": 2025, "validity": "valid",
        "normative": "other", "standing": "interpreted", "url": "/office/flood/", "interpretations": [{"title": "《防汛通知》政策解读", "url": "/office/interpretation/"}],
        "interpreted_policies": [], "title": "方山县关于做好防汛工作的通知", "abstract": "汛期 &amp; 防汛",
        "body": "一、总体要求 根据《国务院办公厅关于加强防汛工作的通知》（国办发〔2022〕8号） 和 各乡镇 a<b",
        "attachments": "附件依据方政发〔2024〕3号执行。\n第二行",
    }, ensure_ascii=False)
    assert interpretation_document["interpreted_policies"] == [{"title": item.title, "url": "/office/flood/"}]
    assert interpretation_document["doc_number"] is None and interpretation_document["cited_doc_numbers"] == []
    assert interpretation_document["standing"] == "interpretation"
    assert set(policy_document) == set(CatalogueDocument._doc_type.mapping)


def test_words_marked_up_inside_a_paragraph_are_indexed_as_the_reader_sees_them(search_index, make_item, publish):
    item = publish(make_item(body="<p>关于<b>防汛</b>的<a href=\"/x/\">紧急</a>通知</p><blockquote>一</blockquote><p>二</p>"))

    [document] = documents_for(item_rows(type(item).objects.filter(pk=item.pk)))

    assert document["body"] == "关于防汛的紧急通知 一 二"
