#!/usr/bin/env bash
# Starts OpenSearch on 127.0.0.1 from the Maven artifacts of opensearch/pom.xml (nothing else is downloaded), with
# the plugins the RegAtlas index needs, and stops it cleanly on SIGTERM or Ctrl-C.
#   opensearch/start-local.sh [--port P] [--nodes N] [--transport-port T] [--data DIR] [--heap SIZE]
#   --port P            HTTP port of the first node (default 9200); node i listens on P+i
#   --nodes N           1 (default) for a single node; 3 for a small cluster (each node its own JVM)
#   --transport-port T  node-to-node port of the first node (default P+100); node i uses T+i
#   --data DIR          where the nodes keep their data (default opensearch/target/data-P); node i's pid is in
#                       DIR/node-i.pid while it runs
#   --heap SIZE         heap of each node (default 512m)
# Prints "OpenSearch ready: http://127.0.0.1:P" once the cluster answers and is at least yellow.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PORT=9200 NODES=1 TPORT="" DATA="" HEAP=512m
while [ $# -gt 0 ]; do
  case "$1" in
    --port) PORT="$2"; shift 2 ;;
    --nodes) NODES="$2"; shift 2 ;;
    --transport-port) TPORT="$2"; shift 2 ;;
    --data) DATA="$2"; shift 2 ;;
    --heap) HEAP="$2"; shift 2 ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "start-local.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
  esac
done
case "$PORT$NODES" in *[!0-9]*) echo "start-local.sh: --port and --nodes take numbers" >&2; exit 2 ;; esac
[ "$NODES" -ge 1 ] || { echo "start-local.sh: --nodes must be 1 or more" >&2; exit 2; }
TPORT="${TPORT:-$((PORT + 100))}"
command -v curl >/dev/null || { echo "start-local.sh: curl is needed to see when the cluster is up (apt-get install -y curl)" >&2; exit 1; }
DATA="${DATA:-$HERE/target/data-$PORT}"

JAVA_HOME="$("$HERE/../regatlas" java-home)"
export JAVA_HOME
UNSAFE=()
# JDK 23+ warns of sun.misc.Unsafe (Maven's Guava, the server's Netty) unless it is allowed; older ones lack the flag.
if [ "$("$JAVA_HOME/bin/java" -XshowSettings:properties -version 2>&1 \
    | awk -F'= ' '/java.specification.version/ {print $2; exit}' | cut -d. -f1)" -ge 23 ]; then
  UNSAFE=(--sun-misc-unsafe-memory-access=allow)
fi
# Build the launcher and write its classpath when missing or older than its sources.
if [ ! -f "$HERE/target/classpath.txt" ] || [ -n "$(find "$HERE/pom.xml" "$HERE/src" -newer "$HERE/target/classpath.txt" -type f -print -quit)" ]; then
  echo "start-local.sh: building the node launcher ..." >&2
  (cd "$HERE" && MAVEN_OPTS="${MAVEN_OPTS:-} ${UNSAFE[*]}" mvn -B -q package >&2)
fi
CP="$HERE/target/classes:$(cat "$HERE/target/classpath.txt")"

names=() seeds=()
for ((i = 0; i < NODES; i++)); do names+=("node-$i"); seeds+=("$((TPORT + i))"); done
NAMES="$(IFS=,; echo "${names[*]}")"
SEEDS="$(IFS=,; echo "${seeds[*]}")"

pids=()
stop() {
  trap - TERM INT
  local p
  for p in "${pids[@]}"; do kill -TERM "$p" 2>/dev/null || true; done
  for p in "${pids[@]}"; do wait "$p" 2>/dev/null || true; done
  rm -f "$DATA"/node-*.pid
  echo "OpenSearch stopped" >&2
  exit 0
}
trap stop TERM INT
# Whoever read our output may have gone first (a test harness, a closed terminal): stopping must still finish.
trap '' PIPE

mkdir -p "$DATA"
for ((i = 0; i < NODES; i++)); do
  "$JAVA_HOME/bin/java" -Xms"$HEAP" -Xmx"$HEAP" -XX:+UseSerialGC --add-modules jdk.incubator.vector \
    --enable-native-access=ALL-UNNAMED "${UNSAFE[@]}" -Dfile.encoding=UTF-8 \
    -cp "$CP" org.regatlas.opensearch.node.LocalNode "node-$i" "$DATA/node-$i" "$((PORT + i))" "$((TPORT + i))" \
    "$SEEDS" "$NAMES" &
  pids+=($!)
  echo $! > "$DATA/node-$i.pid"
done

URL="http://127.0.0.1:$PORT"
for _ in $(seq 1 240); do
  for p in "${pids[@]}"; do
    kill -0 "$p" 2>/dev/null || { echo "start-local.sh: a node exited during start-up (see above)" >&2; stop; exit 1; }
  done
  if curl -sf "$URL/_cluster/health?wait_for_status=yellow&wait_for_nodes=$NODES&timeout=1s" >/dev/null 2>&1; then
    echo "OpenSearch ready: $URL ($NODES node$([ "$NODES" -gt 1 ] && echo s))"
    break
  fi
  sleep 0.5
done
# Runs until a signal; a node that dies on its own leaves the others running (that is what the fault tests do).
while true; do wait -n "${pids[@]}" 2>/dev/null || true; sleep 1 & wait $! || true; done
