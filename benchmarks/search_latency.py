"""`make bench`'s search latency: /api/search/ over HTTP, served as in production, against the
raw Elasticsearch requests the engine sends for the same searches."""
import http.client
import json
import os
import random
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("BENCH_PORT", "8765"))
# The search server runs as production does; the page cache is off because it would answer
# repeated requests without searching (/api/search/ is not among its uncached paths).
PRODUCTION_SERVER_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "benchmark-only-not-a-secret",
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "PORTAL_CACHE_SECONDS": "0",
}


def requests(count=200, seed=6):
    from gongkai.search.engine import CatalogueQuery

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
    """The Elasticsearch requests search_catalogue sends for a query: the term statistics of
    its words, the strict search, and the relaxed one when the strict one found nothing."""
    from gongkai.search.engine import search_body
    from gongkai.search.query_analysis import analyse_query
    from gongkai.search.query_builder import can_relax
    from gongkai.search.term_statistics import word_statistics

    analysed = analyse_query(query.q)
    statistics = word_statistics(index, [*analysed.words, *analysed.alternative_terms])
    response = es.search(index=index, **search_body(query, analysed, statistics=statistics))
    if response["hits"]["total"]["value"] == 0 and can_relax(analysed):
        es.search(index=index, **search_body(query, analysed, relaxed=True, statistics=statistics))
        return 3
    return 2


def latency():
    from gongkai.search.connection import client
    from gongkai.search.index_names import alias_name

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
        "requests_with_relaxed_retry": es_requests.count(3),
        "http_p50_ms": statistics.median(http_times) * 1000,
        "http_p95_ms": percentile(http_times, 0.95) * 1000,
        "raw_p50_ms": statistics.median(raw_times) * 1000,
        "raw_p95_ms": percentile(raw_times, 0.95) * 1000,
    }
    result["p50_ratio"] = result["http_p50_ms"] / result["raw_p50_ms"]
    return result
