#!/usr/bin/env bash
# gunicorn as production runs it, the one copy of its command line: serve-production.sh (so
# `make serve`) and `make bench`'s search latency (benchmarks/search_latency.py) both start it
# here. HOST and PORT place it, WEB_CONCURRENCY and GUNICORN_THREADS size it,
# FORWARDED_ALLOW_IPS names the proxies whose X-Forwarded-* headers it trusts. It replaces
# this shell (exec), so the caller's pid is gunicorn's master and SIGTERM reaches it.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
export PYTHONPATH="$root/site${PYTHONPATH:+:$PYTHONPATH}"

exec "$root/.venv/bin/python" -m gunicorn gongkai_site.wsgi --bind "${HOST:-127.0.0.1}:${PORT:-8000}" \
  --workers "${WEB_CONCURRENCY:-2}" --threads "${GUNICORN_THREADS:-4}" --timeout 60 \
  --access-logfile - --forwarded-allow-ips "${FORWARDED_ALLOW_IPS:-127.0.0.1}"
