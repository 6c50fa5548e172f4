#!/usr/bin/env bash
# HTTP search throughput and latency against the running server, next to /api/health (the floor for this stack).
# Starts ./regatlas serve on a loopback port, warms it up, runs wrk for each route, stops the server. The search mix
# runs twice: as shipped (the result cache answers repeated requests) and with the cache off, every request searched.
#   bench/http-load.sh [DURATION_SECONDS] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
DURATION="${1:-20}"
CONNECTIONS="${2:-16}"
PORT="${PORT:-7391}"
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
python3 bench/make-search-paths.py ../shared/eval/search-dev.json bench/search-paths.txt
./regatlas index >/dev/null 2>&1
start_server() {
  REGATLAS_JAVA_OPTS="${1:-}" ./regatlas serve --port "$PORT" >/tmp/regatlas-bench-serve.log 2>&1 &
  SERVER=$!
  for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.5; done
  # Warm-up: JIT and caches.
  QUERIES=bench/search-paths.txt wrk -t2 -c"$CONNECTIONS" -d5s -s bench/search-mix.lua "http://127.0.0.1:$PORT" >/dev/null
}
stop_server() { kill "$SERVER" 2>/dev/null || true; wait "$SERVER" 2>/dev/null || true; }
trap 'stop_server' EXIT
search_mix() {
  echo "== /api/search mix ($(wc -l < bench/search-paths.txt) paths, $1), ${DURATION}s, ${CONNECTIONS} connections"
  QUERIES=bench/search-paths.txt wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/search-mix.lua \
      "http://127.0.0.1:$PORT" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in|non-200'
}
start_server
echo "== /api/health (floor), ${DURATION}s, ${CONNECTIONS} connections"
wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency "http://127.0.0.1:$PORT/api/health" | grep -E 'Requests/sec|50%|99%|Non-2xx|Socket errors|requests in'
search_mix "result cache on, as shipped"
stop_server
start_server "-Dregatlas.searchCache=0"
search_mix "result cache off: every request searched"
