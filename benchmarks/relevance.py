"""Relevance of the catalogue search against Wagtail's stock Elasticsearch search, on a graded set.

    python benchmarks/relevance.py [--set DIR] [--json OUT]

A set is a catalogue (the shape of site/demo_data/catalogue.json) and graded queries (the shape
of benchmarks/queries.json); `--set DIR` reads DIR/catalogue.json and DIR/queries.json, the
default is the first set (the demo catalogue and benchmarks/queries.json). The catalogue is
loaded as Wagtail pages into a throw-away SQLite database (.bench/relevance-<set>.sqlite3) by the
demo loader, with their secrecy reviews; then the same public items are indexed twice:
- by the project (`catalogue_index rebuild`), searched with `search_catalogue`;
- by Wagtail's stock backend, `wagtail.search.backends.elasticsearch8` with its default settings
  (no INDEX_SETTINGS), searched with `backend.search(q, DisclosureItemPage.objects.live())`.

Measures, by query and averaged overall and by kind of query:
- nDCG@10, gain 2^grade − 1;
- recall of directly relevant items (grade ≥ 2) on the first result page (20 results);
- matched fraction: the share of the public catalogue the query matches.
Needs a node (ELASTICSEARCH_URL or ES_PORT).
"""
import argparse
import json
import math
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
FIRST_SET = (REPO / "site" / "demo_data" / "catalogue.json", REPO / "benchmarks" / "queries.json")
DIRECTLY_RELEVANT = 2
FIRST_PAGE = 20
ENGINES = ("project", "stock")


def set_files(set_dir):
    if set_dir is None:
        return FIRST_SET
    return Path(set_dir) / "catalogue.json", Path(set_dir) / "queries.json"


def setup_django(set_name):
    """Django on a database and index prefix of this set's own."""
    import django

    out = REPO / ".bench"
    out.mkdir(exist_ok=True)
    database = out / f"relevance-{set_name}.sqlite3"
    database.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ["GONGKAI_INDEX_PREFIX"] = f"relevance-{set_name}"
    os.environ.setdefault("DEBUG", "1")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai_site.settings")
    sys.path[:0] = [str(REPO / "site"), str(REPO)]
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def load_catalogue(catalogue_file):
    """The set's items as pages (published after their secrecy review); {page id: item key}."""
    from gongkai_site import demo

    from gongkai.disclosure_pages.models import DisclosureItemPage

    demo.CATALOGUE_FILE = catalogue_file
    demo.load_demo_catalogue()
    return {
        page_id: external_id.removeprefix("demo:")
        for page_id, external_id in DisclosureItemPage.objects.values_list("pk", "external_id")
    }


def index_project():
    from gongkai.search.actions.rebuild_index import RebuildIndexAction

    RebuildIndexAction().execute()


def public_pages():
    from gongkai.search.index_membership import belongs_in_public_index, live_items
    from gongkai.search.item_batches import item_rows

    public_ids = [row.pk for row in item_rows(live_items()) if belongs_in_public_index(row)]
    return live_items().filter(pk__in=public_ids)


def stock_backend():
    """Wagtail's stock Elasticsearch 8 backend on the same node, with its default index settings."""
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    return get_search_backend(
        "wagtail.search.backends.elasticsearch8",
        URLS=[settings.ELASTICSEARCH_URL],
        INDEX_PREFIX=f"{settings.GONGKAI_INDEX_PREFIX}-stock-",
        TIMEOUT=30,
        OPTIONS=settings.ELASTICSEARCH_OPTIONS,
    )


def index_stock(backend, pages):
    """What `rebuild_modelsearch_index` does, for the public items only."""
    from gongkai.disclosure_pages.models import DisclosureItemPage

    rebuilder = backend.rebuilder_class(backend.get_index_for_model(DisclosureItemPage))
    index = rebuilder.start()
    index.add_model(DisclosureItemPage)
    index.add_items(DisclosureItemPage, list(pages))
    rebuilder.finish()
    index.refresh()


def project_search(keys, index_numbers):
    from gongkai.search.engine import CatalogueQuery, search_catalogue

    by_index_number = {number: keys[page_id] for page_id, number in index_numbers.items()}

    def run(q):
        results = search_catalogue(CatalogueQuery(q=q))
        return [by_index_number[result["index_number"]] for result in results.results], results.total

    return run


def stock_search(backend, keys):
    from gongkai.disclosure_pages.models import DisclosureItemPage

    def run(q):
        results = backend.search(q, DisclosureItemPage.objects.live())
        return [keys[page.pk] for page in results[:FIRST_PAGE]], results.count()

    return run


def ndcg_at_10(ranked_keys, judgments):
    gains = [2 ** judgments.get(key, 0) - 1 for key in ranked_keys[:10]]
    dcg = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(gains))
    ideal = sorted((2**grade - 1 for grade in judgments.values()), reverse=True)[:10]
    idcg = sum(gain / math.log2(rank + 2) for rank, gain in enumerate(ideal))
    return dcg / idcg if idcg else 0.0


def recall(ranked_keys, judgments):
    wanted = {key for key, grade in judgments.items() if grade >= DIRECTLY_RELEVANT}
    return len(wanted & set(ranked_keys[:FIRST_PAGE])) / len(wanted) if wanted else None


def resolve_placeholders(queries, keys, index_numbers):
    """`{index_number:KEY}` in a query is the 索引号 the load gave item KEY."""
    by_key = {key: index_numbers[page_id] for page_id, key in keys.items()}
    for query in queries:
        for key, number in by_key.items():
            query["q"] = query["q"].replace(f"{{index_number:{key}}}", number)
    return queries


def score(queries, run, catalogue_size):
    rows = []
    for query in queries:
        ranked, total = run(query["q"])
        rows.append({
            "q": query["q"], "kind": query["kind"], "ndcg": ndcg_at_10(ranked, query["relevant"]),
            "recall": recall(ranked, query["relevant"]), "matched": total / catalogue_size, "top": ranked[:3],
        })
    return {"overall": averages(rows), "by_kind": {kind: averages([r for r in rows if r["kind"] == kind]) for kind in sorted({r["kind"] for r in rows})}, "queries": rows}


def averages(rows):
    recalls = [row["recall"] for row in rows if row["recall"] is not None]
    return {
        "ndcg": sum(row["ndcg"] for row in rows) / len(rows),
        "recall": sum(recalls) / len(recalls) if recalls else 1.0,
        "matched": sum(row["matched"] for row in rows) / len(rows),
        "count": len(rows),
    }


def measure(set_dir=None):
    catalogue_file, queries_file = set_files(set_dir)
    set_name = Path(set_dir).name if set_dir else "first"
    setup_django(set_name)
    from gongkai.disclosure_pages.models import DisclosureItemPage

    keys = load_catalogue(catalogue_file)
    index_numbers = dict(DisclosureItemPage.objects.values_list("pk", "index_number"))
    queries = resolve_placeholders(json.loads(queries_file.read_text(encoding="utf-8"))["queries"], keys, index_numbers)
    pages = public_pages()
    index_project()
    backend = stock_backend()
    index_stock(backend, pages)
    size = pages.count()
    return {
        "set": set_name, "catalogue_size": size, "query_count": len(queries),
        "project": score(queries, project_search(keys, index_numbers), size),
        "stock": score(queries, stock_search(backend, keys), size),
    }


def markdown(result):
    kinds = list(result["project"]["by_kind"])
    head = f"Set `{result['set']}`: {result['query_count']} queries over {result['catalogue_size']} public items\n\n"
    lines = ["| engine | nDCG@10 | recall (grade ≥ 2, first page) | matched fraction | " + " | ".join(f"{k} ({result['project']['by_kind'][k]['count']})" for k in kinds) + " |",
             "|---|---|---|---|" + "---|" * len(kinds)]
    for engine in ENGINES:
        row, label = result[engine], "project" if engine == "project" else "Wagtail stock (elasticsearch8)"
        lines.append(f"| {label} | {row['overall']['ndcg']:.3f} | {row['overall']['recall']:.3f} | {row['overall']['matched']:.1%} | "
                     + " | ".join(f"{row['by_kind'][k]['ndcg']:.2f}" for k in kinds) + " |")
    return head + "\n".join(lines)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="set_dir", help="directory holding catalogue.json and queries.json")
    parser.add_argument("--json", help="write the full measurement (per query) here")
    args = parser.parse_args()
    result = measure(args.set_dir)
    print(markdown(result))
    if args.json:
        Path(args.json).write_text(json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
