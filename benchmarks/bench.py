"""`make bench`: the catalogue search's speed, memory and relevance in one run.

    python benchmarks/bench.py [--items 100000]

Generates N items into a throw-away SQLite database (.bench/), then reports
(a) `catalogue_index rebuild` docs/s (the whole command, process start included) against a
    raw helpers.bulk of the same documents into an index of the same settings; one unmeasured
    rebuild first warms the node and the database, then raw and project alternate, best of
    ROUNDS each;
(b) p50/p95 of 200 faceted searches over HTTP (/api/search/, served as in production: DEBUG
    off, threaded server, no page cache) against the raw Elasticsearch requests the engine
    sends for the same search (the strict query, and the relaxed retry where it found
    nothing); (c) nDCG@10 and matched fraction against
    Wagtail's stock search on the graded query set; (d) peak RSS of the rebuild process.
Prints a table and writes .bench/results-N.json.
"""
import argparse
import http.client
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
OUT = REPO / ".bench"
PORT = int(os.environ.get("BENCH_PORT", "8765"))
ROUNDS = 2
# The search server runs as production does; the page cache is off because it would answer
# repeated requests without searching (/api/search/ is not among its uncached paths).
PRODUCTION_SERVER_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "benchmark-only-not-a-secret",
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "PORTAL_CACHE_SECONDS": "0",
}


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

    from search.connection import client
    from search.documents import alias_name

    dump = OUT / "documents.jsonl"
    with dump.open("w", encoding="utf-8") as file:
        for hit in helpers.scan(client(), index=alias_name(), size=2000):
            file.write(json.dumps(hit["_source"], ensure_ascii=False) + "\n")
    return dump


def raw_bulk(dump):
    """helpers.bulk (its defaults: 500 documents a request, one at a time) of the very documents
    the rebuild wrote, timed like the rebuild: index creation to refreshed index."""
    from elasticsearch import helpers

    from search.connection import client
    from search.documents import alias_name, index_body

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


def requests(count=200, seed=6):
    from search.engine import CatalogueQuery

    queries = [q["q"] for q in json.loads((REPO / "benchmarks" / "queries.json").read_text())["queries"] if "{" not in q["q"]]
    from catalogue_generator import ORGANS

    rng = random.Random(seed)
    made = []
    for _ in range(count):
        params = {"q": rng.choice(queries)}
        if rng.random() < 0.5:
            params["organ"] = rng.choice(ORGANS)[1]
        if rng.random() < 0.5:
            params["year"] = str(rng.randint(2015, 2025))
        made.append((params, CatalogueQuery(q=params["q"], organ=tuple(filter(None, [params.get("organ")])),
                                            year=tuple(int(y) for y in filter(None, [params.get("year")])))))
    return made


def percentile(values, share):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(share * (len(ordered) - 1))))]


def raw_search(es, index, query):
    """The Elasticsearch requests search_catalogue sends for a query: the strict one, and the
    relaxed one when the strict one found nothing."""
    from search.engine import search_body
    from search.query_analysis import analyse_query
    from search.query_builder import can_relax

    analysed = analyse_query(query.q)
    response = es.search(index=index, **search_body(query, analysed=analysed))
    if response["hits"]["total"]["value"] == 0 and can_relax(analysed):
        es.search(index=index, **search_body(query, relaxed=True, analysed=analysed))
        return 2
    return 1


def latency():
    from search.connection import client
    from search.documents import alias_name

    server = subprocess.Popen(
        [sys.executable, str(REPO / "site" / "manage.py"), "runserver", "--noreload", "--skip-checks", f"127.0.0.1:{PORT}"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, **PRODUCTION_SERVER_ENV},
    )
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/api/search/?q=%E9%98%B2%E6%B1%9B", timeout=5)
                break
            except OSError:
                time.sleep(0.3)
        es = client()
        http_times, raw_times, es_requests = [], [], []
        workload = requests()
        for params, query in workload[:20] + workload:  # the first 20 warm up caches
            # A connection per request: on a kept-alive one, the server's separate writes of
            # headers and body meet the client's delayed ACK (Nagle), adding ~40 ms to each.
            started = time.perf_counter()
            portal = http.client.HTTPConnection("127.0.0.1", PORT, timeout=30)
            portal.request("GET", "/api/search/?" + urllib.parse.urlencode(params))
            response = portal.getresponse()
            response.read()
            portal.close()
            http_times.append(time.perf_counter() - started)
            if response.status != 200:
                raise SystemExit(f"/api/search/ answered {response.status} for {params}")
            started = time.perf_counter()
            es_requests.append(raw_search(es, alias_name(), query))
            raw_times.append(time.perf_counter() - started)
        http_times, raw_times, es_requests = http_times[20:], raw_times[20:], es_requests[20:]
    finally:
        server.terminate()
        server.wait()
    result = {
        "requests": len(http_times),
        "requests_with_relaxed_retry": es_requests.count(2),
        "http_p50_ms": statistics.median(http_times) * 1000,
        "http_p95_ms": percentile(http_times, 0.95) * 1000,
        "raw_p50_ms": statistics.median(raw_times) * 1000,
        "raw_p95_ms": percentile(raw_times, 0.95) * 1000,
    }
    result["p50_ratio"] = result["http_p50_ms"] / result["raw_p50_ms"]
    return result


def relevance():
    from relevance import PROJECT_ROW, STOCK_ROW, measure_all

    rows = measure_all()["rows"]
    return {name: {k: rows[row][k] for k in ("ndcg_at_10", "matched_fraction")}
            for name, row in (("stock", STOCK_ROW), ("project", PROJECT_ROW))}


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
        f"| (c) nDCG@10 (52 graded queries) | {rel['project']['ndcg_at_10']:.3f} | {rel['stock']['ndcg_at_10']:.3f} (Wagtail stock) | | clearly above |",
        f"| (c) matched fraction | {rel['project']['matched_fraction']:.1%} | {rel['stock']['matched_fraction']:.1%} | | far smaller |",
        f"| (d) rebuild peak RSS | {r['peak_rss_mb']:.0f} MB | | | < 500 MB |",
    ])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=100_000)
    args = parser.parse_args()
    configure(args.items)
    results = {"items": args.items, "generate_seconds": generate(args.items)}
    results["rebuild"], results["raw_bulk"] = rebuild_against_raw()
    results["latency"] = latency()
    results["relevance"] = relevance()
    report = table(results)
    print(report)
    (OUT / f"results-{args.items}.json").write_text(json.dumps(results, indent=2, ensure_ascii=False))
    (OUT / f"results-{args.items}.md").write_text(report + "\n", encoding="utf-8")
    print(f"Results written to {OUT / f'results-{args.items}.json'} and .md")


if __name__ == "__main__":
    main()
