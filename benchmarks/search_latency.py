"""`make bench`'s search latency: /api/search/ over HTTP, served by the production server
(gunicorn exactly as `make serve` starts it, scripts/gunicorn.sh), against the raw
Elasticsearch requests the engine sends for the same searches."""
import contextlib
import http.client
import json
import os
import random
import signal
import statistics
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PORT = int(os.environ.get("BENCH_PORT", "8765"))
SERVER_LOG = REPO / ".bench" / "gunicorn.log"
# The search server runs as production does; the page cache is off because it would answer
# repeated requests without searching (/api/search/ is not among its uncached paths). Static
# files are collected as production collects them, into the benchmark's own folder so that the
# checkout's .data/static is left alone.
PRODUCTION_SERVER_ENV = {
    "DEBUG": "0",
    "SECRET_KEY": "benchmark-only-not-a-secret",
    "ALLOWED_HOSTS": "127.0.0.1",
    "SECURE_SSL_REDIRECT": "0",
    "PORTAL_CACHE_SECONDS": "0",
    "STATIC_ROOT": str(REPO / ".bench" / "static"),
    "HOST": "127.0.0.1",
    "PORT": str(PORT),
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


@contextlib.contextmanager
def production_server():
    """gunicorn serving on PORT for the block, its log in SERVER_LOG; its whole process group
    (master and workers, a session of their own) is stopped when the block ends or fails. It has
    the key the generated items' secrecy reviews are signed with: without it every hit is refused."""
    from catalogue_generator import LEDGER_KEY

    env = {**os.environ, **PRODUCTION_SERVER_ENV, "GONGKAI_LEDGER_KEY": LEDGER_KEY}
    subprocess.run([sys.executable, str(REPO / "site" / "manage.py"), "collectstatic", "--no-input", "--verbosity", "0"],
                   env=env, check=True)
    with SERVER_LOG.open("w") as log:
        server = subprocess.Popen([str(REPO / "scripts" / "gunicorn.sh")], stdout=log, stderr=subprocess.STDOUT,
                                  env=env, start_new_session=True)
    try:
        wait_until_serving(server)
        yield
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def wait_until_serving(server):
    for _ in range(200):
        if server.poll() is not None:
            raise SystemExit(f"gunicorn stopped while starting (exit {server.returncode}), see {SERVER_LOG}")
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{PORT}/api/search/?q=%E9%98%B2%E6%B1%9B", timeout=5)
            return
        except OSError:
            time.sleep(0.3)
    raise SystemExit(f"gunicorn did not answer /api/search/ within a minute, see {SERVER_LOG}")


def latency():
    from gongkai.search.connection import client
    from gongkai.search.index_names import alias_name

    with production_server():
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
