"""Server time of the portal's pages: p50/p95 for an item page, catalogue browsing and search.

Runs the Django stack in-process (no network) against the configured database and
Elasticsearch, which need content: `make run` once (it loads the demo), or load_demo.
Each page is measured with the page cache off (rendering) and on (what readers mostly get).

    DEBUG=1 ES_PORT=9200 .venv/bin/python benchmarks/portal_pages.py [--runs 200] [--json FILE]

`make bench` runs it on a throw-away database with the demo loaded and indexed.
"""
import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "site"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "gongkai_site.settings")

import django  # noqa: E402

django.setup()

from django.conf import settings  # noqa: E402
from django.core.cache import caches  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402

from gongkai.disclosure_pages.models import Topic  # noqa: E402
from gongkai.portal.public_items import latest_public_items  # noqa: E402


def percentile(samples, fraction):
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def measure(client, path, runs):
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        response = client.get(path)
        timings.append((time.perf_counter() - start) * 1000)
        if response.status_code != 200:
            raise SystemExit(f"{path} answered {response.status_code}")
    return statistics.median(timings), percentile(timings, 0.95)


def pages():
    items = latest_public_items(1)
    if not items:
        raise SystemExit("No public items: load the demo first (make run, or manage.py load_demo).")
    item = items[0]
    topic = Topic.objects.filter(parent__isnull=True).first()
    return {
        "item": item.url,
        "browse (organ)": f"/catalogue/organ/{item.organ_id}/",
        "browse (topic)": f"/catalogue/topic/{topic.code}/",
        "search": "/search/?q=通知",
        "search (2 facets)": f"/search/?q=通知&organ={item.organ.code}&year={item.written_date.year}",
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--json", type=Path, help="Also write the measurements to this file.")
    args = parser.parse_args()
    hosts = settings.ALLOWED_HOSTS or ["localhost"]
    client = Client(HTTP_HOST=hosts[0])
    print(f"{'page':<20}{'cache':>7}{'p50 ms':>10}{'p95 ms':>10}")
    measurements = []
    for name, path in pages().items():
        for seconds in (0, 600):
            with override_settings(PORTAL_CACHE_SECONDS=seconds):
                caches[settings.PORTAL_CACHE_ALIAS].clear()
                client.get(path)  # warm-up: connections, templates, the cache when on
                p50, p95 = measure(client, path, args.runs)
            print(f"{name:<20}{'on' if seconds else 'off':>7}{p50:>10.1f}{p95:>10.1f}")
            measurements.append({"page": name, "path": path, "cache": bool(seconds), "p50_ms": p50, "p95_ms": p95})
    if args.json:
        args.json.write_text(json.dumps({"runs": args.runs, "pages": measurements}, indent=2, ensure_ascii=False))
        print(f"Results written to {args.json}")


if __name__ == "__main__":
    main()
