#!/usr/bin/env bash
# Rebuild under load: the search mix runs against the server (result cache off, so every request searches the
# index) while POST /api/admin/reindex rebuilds and switches the index REINDEXES times; counts failed requests.
#   bench/reindex-under-load.sh [REINDEXES] [CONNECTIONS]
set -euo pipefail
cd "$(dirname "$0")/.."
REINDEXES="${1:-3}"
CONNECTIONS="${2:-8}"
PORT="${PORT:-7396}"
command -v wrk >/dev/null || { echo "bench: wrk is needed (apt-get install -y wrk)" >&2; exit 1; }
python3 bench/make-search-paths.py ../shared/eval/search-dev.json bench/search-paths.txt
./regatlas index >/dev/null 2>&1
TOKEN="$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
REGATLAS_ADMIN_TOKEN="$TOKEN" REGATLAS_JAVA_OPTS="-Dregatlas.searchCache=0" ./regatlas serve --port "$PORT" \
    >/tmp/regatlas-bench-reindex.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.5; done
DURATION=$(( REINDEXES * 15 + 5 ))
QUERIES=bench/search-paths.txt wrk -t2 -c"$CONNECTIONS" -d"${DURATION}s" --latency -s bench/search-mix.lua \
    "http://127.0.0.1:$PORT" >/tmp/regatlas-bench-reindex.wrk &
LOAD=$!
sleep 3
for i in $(seq 1 "$REINDEXES"); do
  echo "reindex $i: $(curl -s -X POST -H "Authorization: Bearer $TOKEN" "http://127.0.0.1:$PORT/api/admin/reindex")"
  sleep 2
done
wait "$LOAD"
echo "== searches during $REINDEXES reindexes (${DURATION}s, $CONNECTIONS connections, result cache off)"
grep -E 'requests in|Requests/sec|50%|99%|Non-2xx|Socket errors|non-200' /tmp/regatlas-bench-reindex.wrk
