"""What a rebuild writes for each item: the URL the site serves, read in a fixed number of queries,
and word-level matching on an index that holds only bigrams."""
from django.db import connection
from django.test.utils import CaptureQueriesContext

from gongkai.search.documents import documents_for, item_rows
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
