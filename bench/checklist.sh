#!/usr/bin/env bash
# Checklist time for a real protocol: the ZUMA-7 protocol PDF (124 pages) from ../shared/real-docs, posted to a
# freshly started server RUNS times. The first request includes the JVM's warm-up (class loading, JIT) and the rest of
# building the obligation catalog; the later ones are what a server that has answered one checklist takes. The
# server is asked as soon as its corpus is parsed (/api/health answers). Each run prints the wall-clock time, the CPU
# time the server's JVM used meanwhile (all threads: the request, the catalog built beside it, the JIT compilers, the
# collector) and the load average when it started: on a loaded machine the wall-clock time grows with the load, the CPU
# time much less.
#   bench/checklist.sh [RUNS] [PDF]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-3}"
PDF="${2:-../shared/real-docs/protocols/NCT03391466_ZUMA-7_axicabtagene-ciloleucel_protocol_amendment6.pdf}"
PORT="${PORT:-7395}"
TICKS="$(getconf CLK_TCK)"
[ -f "$PDF" ] || { echo "bench: $PDF not found (../shared beside the repository?)" >&2; exit 1; }
./regatlas index >/dev/null 2>&1
if [ ! -f target/regatlas-serve.aot ] || [ target/regatlas-run.jar -nt target/regatlas-serve.aot ]; then
  echo "note: no AOT cache for this jar yet: this server start records it, later starts use it"
fi
./regatlas serve --port "$PORT" >/tmp/regatlas-bench-checklist.log 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null && break; sleep 0.1; done
cpu() { awk -v t="$TICKS" '{printf "%.2f", ($14 + $15) / t}' "/proc/$SERVER/stat"; }
echo "== POST /api/checklists $(basename "$PDF") ($(du -k "$PDF" | cut -f1) KB), $RUNS runs, $(nproc) cores; server CPU $(cpu) s at start-up"
for i in $(seq 1 "$RUNS"); do
  load="$(cut -d' ' -f1 /proc/loadavg)"
  before="$(cpu)"
  out="$(curl -s -o /tmp/regatlas-bench-checklist.json -w '%{http_code} %{time_total}' \
      -F "file=@$PDF;type=application/pdf" "http://127.0.0.1:$PORT/api/checklists")"
  after="$(cpu)"
  items="$(python3 -c 'import json;d=json.load(open("/tmp/regatlas-bench-checklist.json"));print(len(d.get("items",[])))' 2>/dev/null || echo '?')"
  echo "run $i: HTTP ${out% *}, ${out#* } s, server CPU $(echo "$after - $before" | bc -l | sed 's/^\./0./') s, $items items, load average $load"
done
