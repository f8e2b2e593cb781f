#!/usr/bin/env bash
# Compile the gongkai-es-extras plugin against an unpacked Elasticsearch and install it.
# Usage: scripts/build-es-extras.sh ES_HOME
set -euo pipefail

if [ $# -ne 1 ]; then
    echo "usage: $0 ES_HOME" >&2
    exit 2
fi
if [ ! -f "$1/lib/elasticsearch-8.19.3.jar" ]; then
    echo "error: $1 does not look like an Elasticsearch 8.19.3 home (lib/elasticsearch-8.19.3.jar missing)" >&2
    exit 1
fi
es_home=$(cd "$1" && pwd)
src_dir=$(cd "$(dirname "$0")/../elasticsearch/extras-plugin" && pwd)
dest="$es_home/plugins/gongkai-es-extras"
jar_file="$dest/gongkai-es-extras.jar"

# Skip the rebuild when the installed jar is newer than every source file.
if [ -f "$jar_file" ] && [ -f "$dest/plugin-descriptor.properties" ] \
    && [ -z "$(find "$src_dir" -type f -newer "$jar_file" -print -quit)" ]; then
    echo "gongkai-es-extras is up to date in $dest"
    exit 0
fi

# Prefer the JDK that runs Elasticsearch, then whatever is on PATH.
java_bin=""
for candidate in "${ES_JAVA_HOME:-}" "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/javac" ]; then
        java_bin="$candidate/bin"
        break
    fi
done
if [ -z "$java_bin" ] && command -v javac >/dev/null 2>&1; then
    java_bin=$(dirname "$(readlink -f "$(command -v javac)")")
fi
if [ -z "$java_bin" ] || [ ! -x "$java_bin/jar" ]; then
    echo "error: javac and jar (a JDK 17 or newer) are required; install e.g. openjdk-17-jdk-headless or set JAVA_HOME" >&2
    exit 1
fi

build_dir=$(mktemp -d)
trap 'rm -rf "$build_dir"' EXIT

mapfile -t sources < <(find "$src_dir/src/main/java" -name '*.java')
"$java_bin/javac" --release 17 -encoding UTF-8 -nowarn \
    -cp "$es_home/lib/*" \
    -d "$build_dir/classes" "${sources[@]}"
"$java_bin/jar" --create --file "$build_dir/gongkai-es-extras.jar" -C "$build_dir/classes" .

# Elasticsearch runs as an unprivileged user: everything must stay world-readable.
install -d -m 755 "$dest"
install -m 644 "$src_dir/plugin-descriptor.properties" "$dest/plugin-descriptor.properties"
install -m 644 "$build_dir/gongkai-es-extras.jar" "$jar_file"
echo "installed gongkai-es-extras into $dest"
