"""Relevance measurement on the demo catalogue and the graded query set (benchmarks/queries.json).

Compares analyses and query styles on nDCG@10 and on the fraction of the catalogue a query
matches; `python benchmarks/relevance.py` prints the table of docs/search-analysis.md.
Each analysis gets its own throw-away index on the node of ELASTICSEARCH_URL.

The jieba rows segment documents at index time, here only: the project indexes bigrams and
segments only queries (issue 6, 7a); the rows keep the comparison reproducible.
"""
import contextlib
import json
import math
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
CATALOGUE = REPO / "site" / "demo_data" / "catalogue.json"
QUERIES = REPO / "benchmarks" / "queries.json"
TOPICS = REPO / "disclosure_pages" / "data" / "topics.json"
GENRES = REPO / "disclosure_pages" / "data" / "genres.json"
STOCK_ROW = "standard, OR (Wagtail's stock search)"
PREVIOUS_PROJECT_ROW = "project search before 7a: words segmented at index time + bigrams + synonyms + t→s + 文号/索引号"
PROJECT_ROW = "project search: bigrams only, query words as bigram phrases + synonyms + t→s + 文号/索引号"


def setup_django():
    import os

    import django

    sys.path[:0] = [str(REPO / "site"), str(REPO)]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai_site.settings")
    os.environ.setdefault("DEBUG", "1")
    django.setup()


def ndcg_at_10(ranked_keys, judgments):
    gains = [2 ** judgments.get(key, 0) - 1 for key in ranked_keys[:10]]
    dcg = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains))
    ideal = sorted((2**grade - 1 for grade in judgments.values()), reverse=True)[:10]
    idcg = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def demo_documents():
    """Index documents of the demo catalogue's public items, keyed by item key."""
    import datetime

    from search.documents import compose_document

    data = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    organs = {organ["key"]: organ for organ in data["organs"]}
    topics = {}
    for parent in json.loads(TOPICS.read_text(encoding="utf-8")):
        for child in parent.get("children", []):
            label = f"{parent['name']} / {child['name']}"
            topics[(parent["name"], child["name"])] = (child["code"], label, [(parent["code"], parent["name"]), (child["code"], label)])
    genres = {genre["code"]: genre["name"] for genre in json.loads(GENRES.read_text(encoding="utf-8"))}
    serials, documents = {}, {}
    for page_id, item in enumerate(data["items"], start=1):
        organ = organs[item["organ"]]
        written = datetime.date.fromisoformat(item["written_date"])
        serial = serials[(organ["key"], written.year)] = serials.get((organ["key"], written.year), 0) + 1
        index_number = f"{organ['index_prefix']}/{written.year}-{serial:05d}"
        if item["disclosure"] != "public" or item["classification"] != "none":
            continue
        documents[item["key"]] = compose_document(
            page_id=page_id,
            revision_id=page_id,
            index_number=index_number,
            title=item["title"],
            abstract=item["abstract"],
            body_text=item["body"],
            attachments_text="",
            organ=(organ["code"], organ["name"]),
            organ_path=[(organ["code"], organ["name"])],
            topic=topics[(item["topic_parent"], item["topic"])],
            genre=(item["genre"], genres[item["genre"]]),
            doc_number=item["doc_number"],
            written_date=written,
            published_date=written,
            validity=item["validity"],
            url=f"/demo/{item['key']}/",
        )
    return documents


def query_set(documents):
    queries = json.loads(QUERIES.read_text(encoding="utf-8"))["queries"]
    for query in queries:
        for key, document in documents.items():
            query["q"] = query["q"].replace(f"{{index_number:{key}}}", document["index_number"])
    return queries


class Variant:
    """An analysis (mapping of the text fields) and a query style over it."""

    def __init__(self, name, analyzer, query, segmented=False):
        self.name, self.analyzer, self.make_query, self.segmented = name, analyzer, query, segmented

    def index_body(self):
        from search.analysis import ANALYSIS_SETTINGS

        fields = {name: {"type": "text", "analyzer": self.analyzer} for name in ("title", "abstract", "body")}
        return {
            "settings": {"number_of_shards": 1, "number_of_replicas": 0, "analysis": ANALYSIS_SETTINGS},
            "mappings": {"properties": {**fields, "key": {"type": "keyword"}}},
        }

    def document(self, key, document):
        segment = segmented_for_index if self.segmented else (lambda text: text)
        return {"key": key, **{name: segment(document[name]) for name in ("title", "abstract", "body")}}

    def search(self, es, index, q):
        text = " ".join(query_words_of(q)) if self.segmented else q
        response = es.search(index=index, query=self.make_query(text), size=10, track_total_hits=True, source=["key"])
        return [hit["_source"]["key"] for hit in response["hits"]["hits"]], response["hits"]["total"]["value"]


def segmented_for_index(text):
    """jieba's search mode, which also emits the shorter words inside long ones (人民政府 →
    人民 政府 人民政府), folded as the `whitespace` analyzer cannot."""
    import unicodedata

    import jieba

    text = unicodedata.normalize("NFKC", text or "").lower()
    return " ".join(word for word in jieba.cut_for_search(text) if not word.isspace())


WORD_FIELDS = {f"{name}_words": {"type": "text", "analyzer": "whitespace"} for name in ("title", "abstract", "body", "attachments")}


def with_segmented_words(document):
    return {**document, **{field: segmented_for_index(document[field.removesuffix("_words")]) for field in WORD_FIELDS}}


@contextlib.contextmanager
def index_time_words():
    """The project search as it was before issue 6 item 7a: words matched on `*_words` fields
    segmented at index time (cross_fields over whitespace-analysed words)."""
    from search import query_builder

    def words_clause(words, fields, relaxed):
        if not words:
            return None
        return {"multi_match": {
            "query": " ".join(words), "type": "cross_fields", "boost": 2,
            "fields": [field.replace("^", "_words^") for field in fields],
            "minimum_should_match": query_builder.RELAXED_MINIMUM_MATCH if relaxed else query_builder.WORDS_MINIMUM_MATCH,
        }}

    original = query_builder.words_clause
    query_builder.words_clause = words_clause
    try:
        yield
    finally:
        query_builder.words_clause = original


def query_words_of(q):
    from search.analysis import query_words

    return query_words(q)


FIELDS = ["title^4", "abstract^2", "body"]


def multi_match(operator=None, minimum=None, kind="best_fields"):
    def make(text):
        clause = {"query": text, "fields": FIELDS, "type": kind}
        if operator:
            clause["operator"] = operator
        if minimum:
            clause["minimum_should_match"] = minimum
        return {"multi_match": clause}

    return make


def combined_without_extras(text_and_words):
    """jieba words or bigrams must match (as in production), without synonyms, folding, 文号 parts."""
    text, words = text_and_words
    clauses = [{"multi_match": {"query": text, "type": "cross_fields", "fields": FIELDS, "minimum_should_match": "3<80%"}}]
    if words:
        clauses.insert(0, {"multi_match": {"query": " ".join(words), "type": "cross_fields", "boost": 2,
                                           "fields": [f.replace("^", "_words^") if "^" in f else f + "_words" for f in FIELDS],
                                           "minimum_should_match": "3<75%"}})
    clauses.append({"multi_match": {"query": text, "type": "phrase", "fields": FIELDS, "boost": 2}})
    return {"bool": {"should": clauses, "minimum_should_match": 1}}


VARIANTS = [
    Variant(STOCK_ROW, "standard", multi_match("or")),
    Variant("standard, AND", "standard", multi_match("and")),
    Variant("CJK bigrams, OR", "bigrams", multi_match("or")),
    Variant("CJK bigrams, 80% of bigrams", "bigrams", multi_match(minimum="3<80%", kind="cross_fields")),
    Variant("jieba, OR", "whitespace", multi_match("or"), segmented=True),
    Variant("jieba, 75% of words", "whitespace", multi_match(minimum="3<75%", kind="cross_fields"), segmented=True),
]


def measure_variant(es, variant, documents, queries, index):
    from elasticsearch import helpers

    es.indices.create(index=index, **variant.index_body())
    try:
        helpers.bulk(es, ({"_index": index, "_id": key, "_source": variant.document(key, doc)} for key, doc in documents.items()), refresh=True)
        return score(queries, lambda q: variant.search(es, index, q), len(documents))
    finally:
        es.indices.delete(index=index)


def measure_production(es, documents, queries, index, combined_only=False, words_at_index_time=False):
    """The project's index and engine (search_catalogue) on the same documents; with
    `words_at_index_time`, as the project searched before issue 6 item 7a."""
    from elasticsearch import helpers

    from search.documents import index_body
    from search.engine import CatalogueQuery, search_catalogue

    by_page = {doc["page_id"]: key for key, doc in documents.items()}
    body = index_body()
    if words_at_index_time or combined_only:
        body["mappings"]["properties"].update(WORD_FIELDS)
        documents = {key: with_segmented_words(doc) for key, doc in documents.items()}
    es.indices.create(index=index, **body)
    try:
        helpers.bulk(es, ({"_index": index, "_id": doc["page_id"], "_source": doc} for doc in documents.values()), refresh=True)
        if combined_only:
            def run(q):
                from search.analysis import query_words

                response = es.search(index=index, query=combined_without_extras((q, query_words(q))), size=10, track_total_hits=True, source=["page_id"])
                return [by_page[h["_source"]["page_id"]] for h in response["hits"]["hits"]], response["hits"]["total"]["value"]
        else:
            def run(q):
                results = search_catalogue(CatalogueQuery(q=q), index=index)
                keys = [next(k for k, d in documents.items() if d["index_number"] == r["index_number"]) for r in results.results]
                return keys[:10], results.total
        with index_time_words() if words_at_index_time else contextlib.nullcontext():
            return score(queries, run, len(documents))
    finally:
        es.indices.delete(index=index)


def score(queries, run, catalogue_size):
    per_kind, ndcgs, fractions = {}, [], []
    for query in queries:
        ranked, total = run(query["q"])
        ndcg = ndcg_at_10(ranked, query["relevant"])
        ndcgs.append(ndcg)
        fractions.append(total / catalogue_size)
        per_kind.setdefault(query["kind"], []).append(ndcg)
    return {
        "ndcg_at_10": sum(ndcgs) / len(ndcgs),
        "matched_fraction": sum(fractions) / len(fractions),
        "by_kind": {kind: sum(values) / len(values) for kind, values in per_kind.items()},
    }


def measure_all():
    from django.conf import settings

    from search.connection import client

    es = client()
    documents = demo_documents()
    queries = query_set(documents)
    prefix = f"{settings.GONGKAI_INDEX_PREFIX}-relevance"
    rows = {variant.name: measure_variant(es, variant, documents, queries, f"{prefix}-{n}") for n, variant in enumerate(VARIANTS)}
    rows["jieba words or 80% bigrams (no synonyms/folding/文号 parts)"] = measure_production(es, documents, queries, f"{prefix}-combined", combined_only=True)
    rows[PREVIOUS_PROJECT_ROW] = measure_production(es, documents, queries, f"{prefix}-previous", words_at_index_time=True)
    rows[PROJECT_ROW] = measure_production(es, documents, queries, f"{prefix}-project")
    return {"queries": len(queries), "catalogue_size": len(documents), "rows": rows}


def markdown_table(measurement):
    kinds = sorted({kind for row in measurement["rows"].values() for kind in row["by_kind"]})
    lines = [
        "| analysis and query | nDCG@10 | matched fraction | " + " | ".join(kinds) + " |",
        "|---|---|---|" + "---|" * len(kinds),
    ]
    for name, row in measurement["rows"].items():
        lines.append(
            f"| {name} | {row['ndcg_at_10']:.3f} | {row['matched_fraction']:.1%} | "
            + " | ".join(f"{row['by_kind'].get(kind, 0):.2f}" for kind in kinds)
            + " |"
        )
    return "\n".join(lines)


if __name__ == "__main__":
    setup_django()
    result = measure_all()
    print(f"{result['queries']} queries over {result['catalogue_size']} public demo items\n")
    print(markdown_table(result))
