"""`make bench`: the catalogue search's speed, memory and relevance in one run.

    python benchmarks/bench.py [--items 100000]

Generates N items into a throw-away SQLite database (.bench/), then reports
(a) `catalogue_index rebuild` docs/s (the whole command, process start included) against a
    raw helpers.bulk of the same documents into an index of the same settings; one unmeasured
    rebuild first warms the node and the database, then raw and project alternate, best of
    ROUNDS each;
(b) p50/p95 of 200 faceted searches over HTTP (/api/search/, served by the production server:
    gunicorn as `make serve` starts it, scripts/gunicorn.sh, with DEBUG off, collected static
    files and no page cache) against the raw Elasticsearch requests the engine sends for the
    same search (the strict query, and the relaxed retry where it found nothing);
(c) nDCG@10, recall and matched fraction against Wagtail's stock Elasticsearch backend on
    each graded set, by kind (benchmarks/relevance.py);
(d) peak RSS of the rebuild process.
Prints a table and writes .bench/results-N.json.
"""
import argparse
import json
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

import relevance_report
import search_latency

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / ".bench"
ROUNDS = 2


def configure(items):
    OUT.mkdir(exist_ok=True)
    database = OUT / f"bench-{items}.sqlite3"
    database.unlink(missing_ok=True)
    os.environ["DATABASE_URL"] = f"sqlite:///{database}"
    os.environ.setdefault("GONGKAI_INDEX_PREFIX", "bench")
    os.environ.setdefault("DEBUG", "1")
    os.environ["PYTHONPATH"] = os.pathsep.join([str(REPO / "site"), str(REPO)])
    sys.path[:0] = [str(REPO / "site"), str(REPO), str(REPO / "benchmarks")]
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai_site.settings")
    import django

    django.setup()


def manage(*args, **kwargs):
    return subprocess.run([sys.executable, str(REPO / "site" / "manage.py"), *args], check=True, **kwargs)


def generate(items):
    from django.core.management import call_command
    from tqdm import tqdm

    from catalogue_generator import generate as generate_items

    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    with tqdm(total=items, unit="items", desc="generate") as bar:
        generate_items(items, progress=bar.update)
    return time.perf_counter() - started


def rebuild():
    """Time the rebuild command in a child process (start-up included) and read its peak RSS."""
    started = time.perf_counter()
    output = manage("catalogue_index", "rebuild", "--no-progress", capture_output=True, text=True).stdout
    seconds = time.perf_counter() - started
    indexed = int(output.split("Indexed ")[1].split()[0])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return {"seconds": seconds, "documents": indexed, "docs_per_second": indexed / seconds, "peak_rss_mb": peak_mb}


def dump_documents():
    """The documents the last rebuild wrote, as the raw bulk will send them."""
    from elasticsearch import helpers

    from gongkai.search.connection import client
    from gongkai.search.index_names import alias_name

    dump = OUT / "documents.jsonl"
    with dump.open("w", encoding="utf-8") as file:
        for hit in helpers.scan(client(), index=alias_name(), size=2000):
            file.write(json.dumps(hit["_source"], ensure_ascii=False) + "\n")
    return dump


def raw_bulk(dump):
    """helpers.bulk (its defaults: 500 documents a request, one at a time) of the very documents
    the rebuild wrote, timed like the rebuild: index creation to refreshed index."""
    from elasticsearch import helpers

    from gongkai.search.connection import client
    from gongkai.search.documents import index_body
    from gongkai.search.index_names import alias_name

    es = client()
    index = f"{alias_name()}-rawbulk"
    es.indices.delete(index=index, ignore_unavailable=True)
    body = index_body()
    body["settings"]["refresh_interval"] = "-1"
    started = time.perf_counter()
    es.indices.create(index=index, **body)
    with dump.open(encoding="utf-8") as file:
        count, _ = helpers.bulk(
            es, ({"_index": index, "_id": doc["page_id"], "_source": doc} for doc in map(json.loads, file)), chunk_size=500
        )
    es.indices.put_settings(index=index, settings={"refresh_interval": None})
    es.indices.refresh(index=index)
    seconds = time.perf_counter() - started
    es.indices.delete(index=index)
    return {"seconds": seconds, "documents": count, "docs_per_second": count / seconds}


def rebuild_against_raw():
    """A warm-up rebuild (its documents feed the raw bulk), then raw and project in turn."""
    warm_up = rebuild()
    dump = dump_documents()
    raws, rebuilds = [], []
    for _ in range(ROUNDS):
        raws.append(raw_bulk(dump))
        rebuilds.append(rebuild())
    dump.unlink()
    best_rebuild = max(rebuilds, key=lambda run: run["docs_per_second"])
    best_raw = max(raws, key=lambda run: run["docs_per_second"])
    best_rebuild["all_docs_per_second"] = [round(run["docs_per_second"]) for run in rebuilds]
    best_rebuild["warm_up_docs_per_second"] = round(warm_up["docs_per_second"])
    best_raw["all_docs_per_second"] = [round(run["docs_per_second"]) for run in raws]
    return best_rebuild, best_raw


def table(results):
    r, b, lat, rel = results["rebuild"], results["raw_bulk"], results["latency"], results["relevance"]
    return "\n".join([
        f"Catalogue search benchmark, {results['items']} generated items "
        f"(rebuild {r['documents']} docs in {r['seconds']:.1f} s, raw bulk in {b['seconds']:.1f} s, best of {ROUNDS}; "
        f"{lat['requests_with_relaxed_retry']} of {lat['requests']} searches needed the relaxed retry, on both sides)",
        "| measure | project | raw / stock | ratio | goal |",
        "|---|---|---|---|---|",
        f"| (a) rebuild docs/s | {r['docs_per_second']:.0f} | {b['docs_per_second']:.0f} (helpers.bulk) | "
        f"{r['docs_per_second'] / b['docs_per_second']:.0%} | ≥ 70% |",
        f"| (b) search p50 ms (HTTP vs raw ES) | {lat['http_p50_ms']:.1f} | {lat['raw_p50_ms']:.1f} | "
        f"{lat['p50_ratio']:.2f}× | ≤ 1.5× |",
        f"| (b) search p95 ms | {lat['http_p95_ms']:.1f} | {lat['raw_p95_ms']:.1f} | "
        f"{lat['http_p95_ms'] / lat['raw_p95_ms']:.2f}× | |",
        *relevance_report.relevance_lines(rel)[0],
        f"| (d) rebuild peak RSS | {r['peak_rss_mb']:.0f} MB | | | < 500 MB |",
        "",
        relevance_report.relevance_lines(rel)[1],
    ])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    configure(args.items)
    results = {"items": args.items, "generate_seconds": generate(args.items)}
    results["rebuild"], results["raw_bulk"] = rebuild_against_raw()
    results["latency"] = search_latency.latency()
    results["relevance"] = relevance_report.relevance()
    report = table(results)
    print(report)
    (OUT / f"results-{args.items}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    (OUT / f"results-{args.items}.md").write_text(report + "\n", encoding="utf-8")
    print(f"Results written to {OUT / f'results-{args.items}.json'} and .md")


if __name__ == "__main__":
    main()
