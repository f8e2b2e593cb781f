#!/usr/bin/env bash
# The production server: migrations, collected static files, then gunicorn (scripts/gunicorn.sh)
# and the task worker until SIGTERM. Called by `make serve` inside with-elasticsearch.sh; a
# deployment runs the same commands as services (docs/deploy.md). Needs the production
# environment: SECRET_KEY, ALLOWED_HOSTS, GONGKAI_PUBLIC_BASE_URL, DATABASE_URL,
# ELASTICSEARCH_URL, EMAIL_URL.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$here/pids.sh"
python="$root/.venv/bin/python"
manage=("$python" "$root/site/manage.py")
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}
export PYTHONPATH="$root/site${PYTHONPATH:+:$PYTHONPATH}"

"${manage[@]}" migrate --no-input
"${manage[@]}" collectstatic --no-input --verbosity 0

mkdir -p "$root/.data"
"${manage[@]}" db_worker --backend gongkai --queue-name '*' --no-reload >>"$root/.data/worker.log" 2>&1 &
worker=$!
remember_pid worker "$worker"
HOST=$HOST PORT=$PORT "$here/gunicorn.sh" &
server=$!
remember_pid server "$server"
trap 'kill -TERM "$worker" "$server" 2>/dev/null; wait; forget_pids' EXIT INT TERM
echo "Gongkai (gunicorn) is serving on http://$HOST:$PORT/ for ${GONGKAI_PUBLIC_BASE_URL:-?}; stop with Ctrl-C or make stop."
wait -n "$worker" "$server"
