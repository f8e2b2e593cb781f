#!/usr/bin/env bash
# Prepares the database and demo catalogue, then serves the portal with its background
# worker until Ctrl-C or SIGTERM. Called by `make run` inside with-elasticsearch.sh.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$here/pids.sh"
manage=("$root/.venv/bin/python" "$root/site/manage.py")
HOST=${HOST:-127.0.0.1}
PORT=${PORT:-8000}

mkdir -p "$root/.data"
"${manage[@]}" migrate --no-input
"${manage[@]}" load_demo
# Wagtail's admin search index, made with its mapping from the database (the queue keeps it in step).
"${manage[@]}" update_index

# The worker logs every task it runs; its own file keeps the console readable.
"${manage[@]}" db_worker --backend gongkai --queue-name '*' --no-reload --interval 0.5 >>"$root/.data/worker.log" 2>&1 &
worker=$!
remember_pid worker "$worker"
"${manage[@]}" runserver --noreload "$HOST:$PORT" &
server=$!
remember_pid server "$server"
trap 'kill -TERM "$worker" "$server" 2>/dev/null; wait; forget_pids' EXIT INT TERM

cat <<TXT

  Gongkai is running.
    Portal:          http://$HOST:$PORT/
    Admin:           http://$HOST:$PORT/admin/
    Elasticsearch:   ${ELASTICSEARCH_URL:-http://127.0.0.1:${ES_PORT:-9200}}
    Worker log:      $root/.data/worker.log
  Demo accounts (password: demo-password-2026):
    editor        editor of 方山县人民政府办公室
    section_head  section head (科室审核)
    reviewer      secrecy reviewer (保密审查)
    leader        leader (领导签发)
    admin         administrator
  Stop with Ctrl-C.

TXT
wait -n "$worker" "$server"
