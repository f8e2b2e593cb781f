#!/usr/bin/env bash
# Stops the server and worker this checkout started (their pid files under .data/run/), then
# the local Elasticsearch nodes of the given ports. A pid is only signalled while its command
# line still names this checkout, so a recycled pid is left alone.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
. "$here/pids.sh"

for pid_file in "$run_dir"/*.pid; do
  [ -e "$pid_file" ] || continue
  pid=$(cat "$pid_file")
  if kill -0 "$pid" 2>/dev/null && tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF "$root/"; then
    echo "stopping $(basename "$pid_file" .pid) (pid $pid)"
    kill -TERM "$pid"
  fi
  rm -f "$pid_file"
done
for port in "$@"; do
  ES_PORT=$port "$here/elasticsearch.sh" stop
done
