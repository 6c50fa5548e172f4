# Shared by bench/scale.sh and bench/jmh.sh (sourced, not run): finds a JDK >= 21 and builds the product jar
# into a build folder of the benchmarks' own, so a benchmark never rewrites target/regatlas.jar.
#   BENCH_BUILD_DIR  build folder (default target/bench)
#   REGATLAS_JAR     an already built shaded jar to use instead of building one

BENCH_BUILD_DIR="$(mkdir -p "${BENCH_BUILD_DIR:-target/bench}" && cd "${BENCH_BUILD_DIR:-target/bench}" && pwd)"

# The launcher's JDK (JAVA_HOME, java on the PATH, /usr/lib/jvm/*; 21 or newer).
JAVA_HOME="$(./regatlas java-home)" || { echo "bench: no JDK 21 or newer found" >&2; exit 1; }
export JAVA_HOME
export PATH="$JAVA_HOME/bin:$PATH"
# Maven 3.8 bundles a Guava that warns on JDK 24+ unless Unsafe memory access is allowed.
if [ "$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)" -ge 24 ]; then
  export MAVEN_OPTS="${MAVEN_OPTS:-} --sun-misc-unsafe-memory-access=allow"
fi
# The same JVM options as the launcher: Lucene's SIMD code needs the vector module.
BENCH_JVM_OPTS=(--add-modules jdk.incubator.vector --enable-native-access=ALL-UNNAMED -Dfile.encoding=UTF-8
  -Dstdout.encoding=UTF-8)

# Sets JAR to the shaded product jar, building it into $BENCH_BUILD_DIR unless REGATLAS_JAR names one.
bench_product_jar() {
  if [ -n "${REGATLAS_JAR:-}" ]; then
    JAR="$(cd "$(dirname "$REGATLAS_JAR")" && pwd)/$(basename "$REGATLAS_JAR")"
    return 0
  fi
  echo "bench: building the product jar into $BENCH_BUILD_DIR ..." >&2
  mvn -B -q -Dstyle.color=never -DskipTests -Dmaven.test.skip=true -Dregatlas.buildDir="$BENCH_BUILD_DIR" package >&2
  JAR="$BENCH_BUILD_DIR/regatlas.jar"
}

# One line on what else the machine was doing: the figures depend on it.
bench_load() {
  echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
}
