"""Every group of the government-domain lexicon (search/data/synonyms.json): an item that uses
the official term is found with each everyday word, abbreviation or older name of its group,
on the real node (one index holds an item per group)."""
import datetime

import pytest
from elasticsearch import helpers

from gongkai.search import conf
from gongkai.search.connection import client
from gongkai.disclosure_pages.doc_numbers import DocNumber
from gongkai.search.composer import CatalogueEntry, Placement, Term
from gongkai.search.documents import CatalogueDocument, index_body
from gongkai.search.engine import CatalogueQuery, search_catalogue
from gongkai.search.synonyms import load_synonym_groups

GROUPS = load_synonym_groups(conf.DEFAULTS["GONGKAI_SEARCH_SYNONYMS_FILE"])
INDEX = "test-lexicon"


ORGAN, TOPIC = Term("1", "方山县人民政府"), Term("01", "综合政务")
PLACEMENT = Placement(organ=ORGAN, organ_path=(ORGAN,), topic=TOPIC, topic_levels=(TOPIC,), genre=Term("tong-zhi", "通知"))


def item_document(number, official_term):
    return CatalogueDocument.source_of(CatalogueEntry(
        page_id=number, revision_id=number, index_number=f"LEXICON/2025-{number:05d}",
        title=f"方山县关于做好{official_term}工作的通知", abstract="", body="各乡镇人民政府：现将有关事项通知如下。",
        attachments="", placement=PLACEMENT, doc_number=DocNumber(""), cited=(),
        written_date=datetime.date(2025, 1, 1), published_date=None, validity="valid", normative=False, url=f"/lexicon/{number}/",
    ))


@pytest.fixture(scope="module")
def lexicon_index():
    es = client()
    es.indices.delete(index=INDEX, ignore_unavailable=True)
    es.indices.create(index=INDEX, **index_body())
    helpers.bulk(es, ({"_index": INDEX, "_id": n, "_source": item_document(n, group[0])} for n, group in enumerate(GROUPS)), refresh=True)
    yield
    es.indices.delete(index=INDEX)


def test_the_lexicon_has_at_least_300_groups_of_distinct_terms():
    assert len(GROUPS) >= 300
    assert all(len(set(group)) == len(group) for group in GROUPS)


@pytest.mark.parametrize("number, group", list(enumerate(GROUPS)), ids=[group[0] for group in GROUPS])
def test_an_item_with_the_official_term_is_found_by_each_word_of_its_group(lexicon_index, number, group):
    for word in group[1:]:
        urls = [result["url"] for result in search_catalogue(CatalogueQuery(q=word), index=INDEX).results]
        assert f"/lexicon/{number}/" in urls, word
