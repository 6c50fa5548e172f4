#!/usr/bin/env bash
# Checklist time for a real protocol: the ZUMA-7 protocol PDF (124 pages) from ../shared/real-docs, posted to a
# running server RUNS times. The first request includes the JVM's warm-up (class loading, JIT) and building the
# obligation catalog; the later ones are what a server that has answered one checklist takes.
#   bench/checklist.sh [RUNS] [PDF]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PDF="${2:-../shared/real-docs/protocols/NCT03391466_ZUMA-7_axicabtagene-ciloleucel_protocol_amendment6.pdf}"
PORT="${PORT:-7395}"
[ -f "$PDF" ] || { echo "bench: $PDF not found (../shared beside the repository?)" >&2; exit 1; }
./regatlas index >/dev/null 2>&1
./regatlas serve --port "$PORT" >/tmp/regatlas-bench-checklist.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.5; done
echo "== POST /api/checklists $(basename "$PDF") ($(du -k "$PDF" | cut -f1) KB), $RUNS runs"
for i in $(seq 1 "$RUNS"); do
  out="$(curl -s -o /tmp/regatlas-bench-checklist.json -w '%{http_code} %{time_total}' \
      -F "file=@$PDF;type=application/pdf" "http://127.0.0.1:$PORT/api/checklists")"
  items="$(python3 -c 'import json;d=json.load(open("/tmp/regatlas-bench-checklist.json"));print(len(d.get("items",[])))' 2>/dev/null || echo '?')"
  echo "run $i: HTTP ${out% *}, ${out#* } s, $items items"
done
