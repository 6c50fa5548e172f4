#!/usr/bin/env bash
# Time from starting the server (built jar, built index) to the first answered search, over N runs.
#   bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
PORT="${PORT:-7392}"
./regatlas index >/dev/null 2>&1        # index and jar are built beforehand: this measures start-up only
for i in $(seq 1 "$RUNS"); do
  start=$(date +%s%N)
  ./regatlas serve --port "$PORT" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/api/search?q=%E6%B4%97%E8%84%B1%E6%9C%9F&size=1" >/dev/null 2>&1; do sleep 0.02; done
  end=$(date +%s%N)
  echo "run $i: $(( (end - start) / 1000000 )) ms to the first answered search"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
