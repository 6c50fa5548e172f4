#!/usr/bin/env bash
# Index and search a synthetic corpus ROUNDS times the shipped one (1,000 by default: 26,000 documents, 698,000
# provisions) with the heap capped, and print a table: build throughput, index size, heap and GC, search latency
# over the dev queries on one and two threads.
#   bench/scale.sh [ROUNDS] [INDEXING_THREADS]   (threads: one per core up to 4 by default, as IndexBuilder)
# Environment: HEAP (default 1g), SEARCH_ROUNDS (passes over the dev queries per search thread, default 4),
# PROFILE (provisions to time mapping against inverting on first, default 20000; 0 skips), SEED (default 42),
# QUERIES (default ../shared/eval/search-dev.json), SCALE_DIR (where the index goes; default a temporary folder,
# removed at the end unless KEEP=1; REUSE=1 with a kept SCALE_DIR measures search again without rebuilding),
# JAVA_OPTS (added to the benchmark JVM's options), BENCH_BUILD_DIR, REGATLAS_JAR (see bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
ROUNDS="${1:-1000}"
THREADS="${2:-$(( $(nproc) < 4 ? $(nproc) : 4 ))}"   # as IndexBuilder
HEAP="${HEAP:-1g}"
QUERIES="${QUERIES:-../shared/eval/search-dev.json}"
[ -f "$QUERIES" ] || { echo "bench: no query file at $QUERIES (set QUERIES)" >&2; exit 1; }

bench_product_jar
CLASSES="$BENCH_BUILD_DIR/scale-classes"
rm -rf "$CLASSES"
javac --release 21 -encoding UTF-8 -cp "$JAR" -d "$CLASSES" $(find bench/scale/src -name '*.java')

if [ -n "${SCALE_DIR:-}" ]; then
  mkdir -p "$SCALE_DIR"
else
  SCALE_DIR="$(mktemp -d "${TMPDIR:-/tmp}/regatlas-scale.XXXXXX")"
  [ "${KEEP:-0}" = 1 ] || trap 'rm -rf "$SCALE_DIR"' EXIT
fi
GC_LOG="$BENCH_BUILD_DIR/scale-gc.log"

echo "bench: scale x$ROUNDS, $THREADS indexing thread(s), heap $HEAP, index in $SCALE_DIR; $(bench_load)" >&2
start=$(date +%s)
# The dev queries repeat, so the result cache is off: these are searches, not cache hits.
java "${BENCH_JVM_OPTS[@]}" -Xmx"$HEAP" -Xlog:gc:file="$GC_LOG" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn \
  -Dregatlas.searchCache=0 ${JAVA_OPTS:-} \
  -cp "$JAR:$CLASSES" org.regatlas.bench.scale.ScaleBench --corpus corpus --queries "$QUERIES" --dir "$SCALE_DIR" \
  --rounds "$ROUNDS" --threads "$THREADS" --search-rounds "${SEARCH_ROUNDS:-4}" --seed "${SEED:-42}" \
  --profile "${PROFILE:-20000}" ${REUSE:+--reuse} 2> >(grep --line-buffered -v -e '^WARNING' -e 'PanamaVectorizationProvider' -e 'Java vector incubator' >&2)
# The GC log, as a cross-check of the in-process heap figures: heap before and after each pause, longest pause.
awk '/Pause/ && !/System.gc/ { for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+M->[0-9]+M\([0-9]+M\)$/) {
         split($i, a, /->|\(|\)/); b = a[1] + 0; if (b > maxb) maxb = b; n++ }
       if ($NF ~ /ms$/) { p = $NF; sub(/ms/, "", p); if (p + 0 > maxp) maxp = p + 0 } }
     END { printf "| GC log (-Xlog:gc) | %d pauses (System.gc() between phases left out), heap before a pause at most %d MB, longest pause %.0f ms |\n", n, maxb, maxp }' "$GC_LOG"
echo "| run | $(( $(date +%s) - start )) s wall; $(bench_load) at the end |"
