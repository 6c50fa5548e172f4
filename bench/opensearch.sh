#!/usr/bin/env bash
# Search throughput and latency of the OpenSearch backend against the embedded index, in one run on this machine:
# the /api/search mix of bench/http-load.sh (dev queries, filters, paging) sent by wrk to ./regatlas serve, first on
# the embedded index, then on one local OpenSearch node (opensearch/start-local.sh, 512 MB heap). The embedded
# result cache is off, so every request is searched on both. Everything listens on loopback; it all stops at the end.
#   bench/opensearch.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-8}"
PORT="${PORT:-7393}"
OS_PORT="${OS_PORT:-9420}"
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
python3 bench/make-search-paths.py ../shared/eval/search-dev.json bench/search-paths.txt
OS_DATA="$(mktemp -d)"
SERVER="" NODE=""
cleanup() {
  [ -n "$SERVER" ] && { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
  [ -n "$NODE" ] && { kill "$NODE" 2>/dev/null || true; wait "$NODE" 2>/dev/null || true; }
  rm -rf "$OS_DATA"
}
trap cleanup EXIT

opensearch/start-local.sh --port "$OS_PORT" --data "$OS_DATA" >/tmp/regatlas-bench-opensearch.log 2>&1 &
NODE=$!
for _ in $(seq 1 240); do grep -q "OpenSearch ready" /tmp/regatlas-bench-opensearch.log && break; sleep 0.5; done
grep -q "OpenSearch ready" /tmp/regatlas-bench-opensearch.log || { echo "bench: OpenSearch did not start" >&2; exit 1; }
./regatlas index >/dev/null 2>&1
./regatlas index --opensearch "http://127.0.0.1:$OS_PORT" >/dev/null 2>&1

run() {
  local label="$1"; shift
  REGATLAS_JAVA_OPTS="-Dregatlas.searchCache=0" ./regatlas serve --port "$PORT" "$@" >/tmp/regatlas-bench-serve.log 2>&1 &
  SERVER=$!
  for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.5; done
  QUERIES=bench/search-paths.txt wrk -t2 -c"$CONNECTIONS" -d5s -s bench/search-mix.lua "http://127.0.0.1:$PORT" >/dev/null
  echo "== $label: /api/search mix ($(wc -l < bench/search-paths.txt) paths), ${DURATION}s, ${CONNECTIONS} connections"
  QUERIES=bench/search-paths.txt wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/search-mix.lua \
      "http://127.0.0.1:$PORT" | grep -E 'Requests/sec|50%|99%|requests in|non-200|Socket errors'
  kill "$SERVER"; wait "$SERVER" 2>/dev/null || true; SERVER=""
}
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
run "embedded Lucene index"
run "OpenSearch, one node" --opensearch "http://127.0.0.1:$OS_PORT"
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
