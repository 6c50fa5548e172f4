#!/usr/bin/env bash
# Time from starting the server (built jar, built index) to the first answered search, over N runs. Each run prints
# the wall-clock time and the CPU time the server's JVM had used by then (all its threads: on a loaded machine the
# wall-clock time grows with the load, the CPU time much less), with the load average when the run started.
#   bench/startup.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."
RUNS="${1:-5}"
PORT="${PORT:-7392}"
TICKS="$(getconf CLK_TCK)"
./regatlas index >/dev/null 2>&1        # index and jar are built beforehand: this measures start-up only
# The launcher records the AOT cache at the first start after a build (a slower start) and uses it from then on.
if [ ! -f target/regatlas-serve.aot ] || [ target/regatlas-run.jar -nt target/regatlas-serve.aot ]; then
  echo "note: no AOT cache for this jar yet: run 1 records it (a slower start), later runs use it"
fi
echo "== start-up to the first answered search, $RUNS runs, $(nproc) cores"
walls=()
for i in $(seq 1 "$RUNS"); do
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start=$(date +%s%N)
  ./regatlas serve --port "$PORT" >/dev/null 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$PORT/api/search?q=%E6%B4%97%E8%84%B1%E6%9C%9F&size=1" >/dev/null 2>&1; do sleep 0.02; done
  end=$(date +%s%N)
  # the launcher execs the JVM, so $pid is the server's JVM; fields 14 and 15 are its user and system CPU time
  cpu="$(awk -v t="$TICKS" '{printf "%.2f", ($14 + $15) / t}' "/proc/$pid/stat")"
  ms=$(( (end - start) / 1000000 ))
  walls+=("$ms")
  echo "run $i: $ms ms to the first answered search, server CPU $cpu s, load average $load"
  kill "$pid"; wait "$pid" 2>/dev/null || true
done
sorted="$(printf '%s\n' "${walls[@]}" | sort -n | tr '\n' ' ')"
echo "wall ms sorted: $sorted(load average now $(cut -d' ' -f1-3 /proc/loadavg))"
