#!/usr/bin/env bash
# JMH micro-benchmarks: in-process search over the shipped corpus (dev query mix, one and two threads) and
# provision extraction of the CDE 2024 guideline. Builds the product jar and bench/jmh, then runs with modest
# settings (one fork, 2 warm-up and 3 measured iterations: about three and a half minutes); arguments go to JMH, e.g.
#   bench/jmh.sh                       everything
#   bench/jmh.sh Extraction -i 5       one class, more iterations
# Environment: QUERIES (default ../shared/eval/search-dev.json), BENCH_BUILD_DIR, REGATLAS_JAR (see bench/lib.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/lib.sh
QUERIES="${QUERIES:-../shared/eval/search-dev.json}"
[ -f "$QUERIES" ] || { echo "bench: no query file at $QUERIES (set QUERIES)" >&2; exit 1; }

bench_product_jar
OUT="$BENCH_BUILD_DIR/jmh"
echo "bench: building bench/jmh into $OUT ..." >&2
mvn -B -q -Dstyle.color=never -f bench/jmh/pom.xml -Dregatlas.jar="$JAR" -Dbench.buildDir="$OUT" compile dependency:build-classpath \
  -Dmdep.includeScope=runtime -Dmdep.outputFile="$OUT/classpath.txt" >&2
# JMH's forked JVMs inherit this JVM's class path and options.
CP="$OUT/classes:$(cat "$OUT/classpath.txt"):$JAR"

echo "bench: JMH on $(bench_load)" >&2
# The dev queries repeat, so the result cache is off: the search benchmarks search, they do not hit the cache.
java "${BENCH_JVM_OPTS[@]}" -Dregatlas.corpus=corpus -Dregatlas.queries="$QUERIES" -Dregatlas.searchCache=0 \
  -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$CP" org.openjdk.jmh.Main \
  -f 1 -wi 2 -i 3 -w 5s -r 10s -rf text -rff "$OUT/jmh-result.txt" "$@" 2>&1 \
  | grep --line-buffered -v -e '^WARNING' -e 'PanamaVectorizationProvider' -e 'Java vector incubator'
echo "bench: load at the end: $(bench_load); results also in $OUT/jmh-result.txt" >&2
