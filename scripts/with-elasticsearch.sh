#!/usr/bin/env bash
# Runs a command with the local Elasticsearch node up, and stops the node however the
# command ends: success, failure, Ctrl-C or SIGTERM.
set -uo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
. "$here/child.sh"

"$here/elasticsearch.sh" start || exit 1
trap '"$here/elasticsearch.sh" stop' EXIT

run_child "$@"
