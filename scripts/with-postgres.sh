#!/usr/bin/env bash
# Runs a command against a throw-away PostgreSQL cluster (Debian's server) on loopback,
# exporting DATABASE_URL, and removes the cluster afterwards.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/child.sh"
PG_PORT=${PG_PORT:-55432}
PG_USER=${PG_USER:-postgres}
say() { printf '[postgres] %s\n' "$*" >&2; }

bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [ -z "$bindir" ]; then
  say "installing Debian's PostgreSQL server"
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql; } >/dev/null \
    || { say "error: could not install postgresql"; exit 1; }
  bindir=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi

as_pg() { if [ "$(id -u)" -eq 0 ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }
if [ "$(id -u)" -eq 0 ] && ! id "$PG_USER" >/dev/null 2>&1; then
  useradd --system --no-create-home --shell /usr/sbin/nologin "$PG_USER"
fi

dir=$(mktemp -d /var/tmp/gongkai-pg.XXXXXX)
[ "$(id -u)" -eq 0 ] && chown "$PG_USER" "$dir"
cleanup() {
  as_pg "$bindir/pg_ctl" -D "$dir/data" -m immediate stop >/dev/null 2>&1
  rm -rf "$dir"
}
trap cleanup EXIT

as_pg "$bindir/initdb" -D "$dir/data" -U gongkai --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null \
  || { say "error: initdb failed"; exit 1; }
as_pg "$bindir/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w \
  -o "-p $PG_PORT -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100" start >/dev/null \
  || { say "error: PostgreSQL did not start; see $dir/server.log"; cat "$dir/server.log" >&2; exit 1; }
say "throw-away cluster on 127.0.0.1:$PG_PORT"
export DATABASE_URL="postgres://gongkai@127.0.0.1:$PG_PORT/postgres"

run_child "$@"
