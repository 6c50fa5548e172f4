#!/usr/bin/env bash
# RegAtlas against PostgreSQL full-text search, what a small team would use instead: queries/s, latency, nDCG@10.
#   bench/pg-compare.sh [DURATION_SECONDS] [CONCURRENCY]        (defaults: 10 s per run, 2 clients)
# Environment: REGATLAS_JAR=path (skip the build), QUERIES=file (default ../shared/eval/search-dev.json),
#   WARMUP=seconds (10), PG_BIN=dir of initdb/pg_ctl, JSON_OUT=file (all figures as JSON), KEEP=1 (keep the
#   temporary directory), REGATLAS_JAVA_OPTS (extra JVM options, as for the launcher).
#
# What it does, all inside one temporary directory that is removed on exit:
#   1. builds the jar into that directory (not target/), unless REGATLAS_JAR is given, with the JDK and options of the
#      other benchmarks (bench/lib.sh);
#   2. starts `regatlas serve` on a free loopback port with its own index of corpus/, with its result cache off
#      (-Dregatlas.searchCache=0), and a second one as shipped (cache on) on another port;
#   3. runs initdb and starts PostgreSQL on another free loopback port (as the postgres user when run as root),
#      installing Debian's postgresql, postgresql-contrib and python3-psycopg first when they are missing;
#   4. loads every provision the server indexes (read from /api/documents/{id}/provisions: id, document,
#      title, jurisdiction, agency, strength, provenance, language, headings, text and a digest's
#      other-language text) into bench/pg/schema.sql: a tsvector column ('simple' configuration, text weight A,
#      headings weight B) with a GIN index, and pg_trgm (GIN gin_trgm_ops) on the text for Chinese, since
#      stock PostgreSQL has no Chinese parser;
#   5. runs bench/pg/compare.py: the dev queries once on each engine for quality (nDCG@10 with the reference
#      scorer of ../shared/eval/README.md, on the `text` of the top 10 hits; RegAtlas's figure is checked
#      against `regatlas eval --json`), then round-robin for DURATION seconds with 1 client and with
#      CONCURRENCY clients, each keeping one persistent connection: RegAtlas (both servers) through
#      GET /api/search?q=...&size=10 over HTTP keep-alive, PostgreSQL through one psycopg connection running
#      bench/pg/search.sql;
#   6. prints one side-by-side table;
#   7. measures the speed again with each engine's native load generator, wrk for RegAtlas and pgbench for
#      PostgreSQL (bench/pg/native.py; C clients that cost microseconds per request, where the Python client costs
#      about 0.3 ms, as much as RegAtlas's search), with 1 client and CONCURRENCY, 2x and 4x as many, and prints a
#      second table ending with each engine's peak queries/s.
#
# The PostgreSQL query (bench/pg/search.sql), $1 being the query as typed:
#   SELECT p.id, p.doc_id, p.doc_title, p.jurisdiction, p.strength, p.headings, p.text, count(*) OVER () AS total
#   FROM provision p,
#        CAST(replace(websearch_to_tsquery('simple', $1)::text, ' & ', ' | ') AS tsquery) AS tsq,
#        regexp_replace($1, '[^\u3400-\u9fff]+', ' ', 'g') AS zq
#   WHERE p.tsv @@ tsq OR zq <% p.body
#   ORDER BY ts_rank(p.tsv, tsq) + word_similarity(zq, p.body) DESC, p.id
#   LIMIT 10
# i.e. any of the query's Latin words (websearch_to_tsquery's ANDs made ORs: with AND a natural-language
# query matches almost nothing) or the query's Chinese characters by trigram word similarity (threshold 0.2
# set for the database: the default 0.6 keeps almost no Chinese sentence), ranked by ts_rank + similarity.
# "PostgreSQL" is psycopg's default behaviour: after 5 runs on a connection the statement is prepared on the
# server (the JDBC driver does the same). "PostgreSQL, unprepared" plans every query anew (psycopg2 and other
# drivers that send literal SQL): the planner then estimates the trigram condition by running it on sample
# rows, and on a table this small it scans every row instead of using the indexes.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DURATION="${1:-10}"
CONCURRENCY="${2:-2}"
WARMUP="${WARMUP:-10}"
QUERIES="${QUERIES:-$ROOT/../shared/eval/search-dev.json}"

say() { echo "pg-compare: $*" >&2; }
die() { say "$*"; exit 1; }
[[ "$DURATION" =~ ^[0-9]+$ && "$DURATION" -ge 1 ]] || die "DURATION must be a whole number of seconds (got '$DURATION')"
[[ "$CONCURRENCY" =~ ^[0-9]+$ && "$CONCURRENCY" -ge 2 ]] || die "CONCURRENCY must be 2 or more (got '$CONCURRENCY')"
[ -f "$QUERIES" ] || die "no query set at $QUERIES (set QUERIES=...)"
QUERIES="$(cd "$(dirname "$QUERIES")" && pwd)/$(basename "$QUERIES")"
command -v curl >/dev/null || die "curl is needed (apt-get install -y curl)"

IS_ROOT=0; [ "$(id -u)" -eq 0 ] && IS_ROOT=1
APT_UPDATED=0
apt_install() {
  [ "$IS_ROOT" -eq 1 ] || die "$* missing; install it (apt-get install -y $*) or run as root"
  command -v apt-get >/dev/null || die "$* missing and there is no apt-get to install it"
  say "installing $* (Debian packages) ..."
  if ! DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null; then
    [ "$APT_UPDATED" -eq 1 ] || { apt-get update -q >/dev/null; APT_UPDATED=1; }
    DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@" >/dev/null || die "apt-get install $* failed"
  fi
}

# --- PostgreSQL server binaries: PG_BIN, pg_ctl on the PATH, pg_config, then the newest /usr/lib/postgresql/*/bin.
find_pg_bin() {
  local c d
  for c in "${PG_BIN:-}" \
           "$(dirname "$(readlink -f "$(command -v pg_ctl 2>/dev/null || echo /nonexistent)")")" \
           "$(pg_config --bindir 2>/dev/null || true)" \
           $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    d="$c"
    [ -n "$d" ] && [ -x "$d/initdb" ] && [ -x "$d/pg_ctl" ] && [ -x "$d/postgres" ] && { echo "$d"; return 0; }
  done
  return 1
}
PGBIN="$(find_pg_bin || true)"
if [ -z "$PGBIN" ]; then
  apt_install postgresql postgresql-contrib
  PGBIN="$(find_pg_bin)" || die "PostgreSQL was installed but initdb/pg_ctl/postgres were not found (set PG_BIN)"
fi
[ -x "$PGBIN/pgbench" ] || die "pgbench is missing from $PGBIN (Debian's postgresql package has it)"
PGSHARE="$("$PGBIN/pg_config" --sharedir 2>/dev/null || echo "/usr/share/postgresql/$("$PGBIN/postgres" -V | sed -E 's/.* ([0-9]+).*/\1/')")"
[ -f "$PGSHARE/extension/pg_trgm.control" ] || apt_install postgresql-contrib
[ -f "$PGSHARE/extension/pg_trgm.control" ] || die "the pg_trgm extension is missing from $PGSHARE/extension"

# --- Python with psycopg 3: Debian's python3 first (where python3-psycopg installs).
PY=""
for c in /usr/bin/python3 "$(command -v python3 || true)"; do
  [ -n "$c" ] && [ -x "$c" ] && "$c" -c 'import psycopg' 2>/dev/null && { PY="$c"; break; }
done
if [ -z "$PY" ]; then
  apt_install python3-psycopg
  /usr/bin/python3 -c 'import psycopg' 2>/dev/null || die "python3-psycopg was installed but /usr/bin/python3 cannot import psycopg"
  PY=/usr/bin/python3
fi

# --- wrk, the HTTP load generator of bench/http-load.sh.
command -v wrk >/dev/null || apt_install wrk

# --- One temporary directory for everything; the trap stops what this script started and removes it.
WORK="$(mktemp -d /tmp/regatlas-pg-compare.XXXXXX)"
chmod 711 "$WORK"
SERVER_PIDS=()
CHILD=""
PG_STARTED=0
PGDATA="$WORK/pg/data"
as_pg() { if [ -n "${PG_USER:-}" ]; then runuser -u "$PG_USER" -- "$@"; else "$@"; fi; }
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [ -n "$CHILD" ]; then kill "$CHILD" 2>/dev/null || true; wait "$CHILD" 2>/dev/null || true; fi
  local pid
  for pid in ${SERVER_PIDS[@]+"${SERVER_PIDS[@]}"}; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
  if [ "$PG_STARTED" -eq 1 ]; then as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1 || true; fi
  if [ "${KEEP:-0}" = 1 ]; then say "kept $WORK"; else rm -rf "$WORK"; fi
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# Long steps run in the background and are waited for, so that INT/TERM reach the trap at once and the step is
# stopped with everything else.
step() { local rc=0; "$@" & CHILD=$!; wait "$CHILD" || rc=$?; CHILD=""; return "$rc"; }
free_port() { "$PY" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
show_log() { say "last lines of $1:"; tail -n 30 "$1" >&2 || true; }

# 1. Java and the jar, as the other benchmarks find and build them (bench/lib.sh): the launcher's JDK, MAVEN_OPTS for
#    JDK 24+, the launcher's JVM options; the jar is built into this run's directory unless REGATLAS_JAR names one.
abs() { echo "$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"; }   # paths given relative to where this was run
if [ -n "${REGATLAS_JAR:-}" ]; then
  [ -f "$REGATLAS_JAR" ] || die "REGATLAS_JAR=$REGATLAS_JAR does not exist"
  REGATLAS_JAR="$(abs "$REGATLAS_JAR")"
fi
[ -z "${JSON_OUT:-}" ] || JSON_OUT="$(abs "$JSON_OUT")"
[ -n "${REGATLAS_JAR:-}" ] || command -v mvn >/dev/null \
  || die "Apache Maven is needed to build the jar (apt-get install -y maven), or set REGATLAS_JAR"
cd "$ROOT"
BENCH_BUILD_DIR="$WORK/build"
# shellcheck source=bench/lib.sh
source "$ROOT/bench/lib.sh"
JAVA="$JAVA_HOME/bin/java"
[ -n "${REGATLAS_JAR:-}" ] || say "building the jar into $WORK/build ..."
bench_product_jar 2>"$WORK/build.log" || true
[ -f "$JAR" ] || { show_log "$WORK/build.log"; die "the build failed"; }
# shellcheck disable=SC2206
JAVA_OPTS=("${BENCH_JVM_OPTS[@]}" -Dregatlas.home="$WORK/home" ${REGATLAS_JAVA_OPTS:-})

# 2. RegAtlas, with its own index (in $WORK/home/index) of the shipped corpus, twice: with its result cache off
#    (-Dregatlas.searchCache=0: every query is searched, as PostgreSQL searches it) and as shipped (cache on: the
#    30 queries come round again and again, so after the first round every answer comes from the cache).
mkdir -p "$WORK/home"
ln -s "$ROOT/web" "$WORK/home/web"
start_regatlas() {  # NAME PORT [JVM options...]; the first one builds the index, so they start one after the other
  local name="$1" port="$2" pid
  shift 2
  say "starting regatlas serve ($name) on 127.0.0.1:$port ..."
  "$JAVA" "${JAVA_OPTS[@]}" "$@" -jar "$JAR" serve --corpus="$ROOT/corpus" --host 127.0.0.1 --port "$port" \
    >"$WORK/serve-$name.log" 2>&1 &
  pid=$!
  SERVER_PIDS+=("$pid")
  for _ in $(seq 1 240); do
    curl -sf "http://127.0.0.1:$port/api/health" >/dev/null 2>&1 && return 0
    kill -0 "$pid" 2>/dev/null || { show_log "$WORK/serve-$name.log"; die "regatlas serve ($name) exited"; }
    sleep 0.5
  done
  show_log "$WORK/serve-$name.log"; die "regatlas serve ($name) did not answer within 120 s"
}
RA_PORT="$(free_port)"
start_regatlas no-cache "$RA_PORT" -Dregatlas.searchCache=0
RA_CACHED_PORT="$(free_port)"
start_regatlas cache "$RA_CACHED_PORT"

# 3. PostgreSQL: initdb and a server on loopback only (socket in $WORK/pg), as a non-root user.
PG_USER=""
if [ "$IS_ROOT" -eq 1 ]; then
  if id postgres >/dev/null 2>&1; then PG_USER=postgres
  else
    id regatlas-pg >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin regatlas-pg
    PG_USER=regatlas-pg
  fi
fi
mkdir -p "$WORK/pg"
[ -z "$PG_USER" ] || chown "$PG_USER" "$WORK/pg"
PG_PORT="$(free_port)"
LOCALE=C.UTF-8  # a UTF-8 ctype, so that pg_trgm counts Chinese characters as word characters
say "initdb and postgres ($("$PGBIN/postgres" -V)) on 127.0.0.1:$PG_PORT ..."
if ! (cd "$WORK/pg" && as_pg "$PGBIN/initdb" -D "$PGDATA" -U bench --auth=trust --encoding=UTF8 --locale="$LOCALE" >"$WORK/pg/initdb.log" 2>&1); then
  show_log "$WORK/pg/initdb.log"; die "initdb failed"
fi
PG_STARTED=1  # from here on the trap runs pg_ctl stop (harmless if the server never came up)
if ! (cd "$WORK/pg" && as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$WORK/pg/server.log" -w -t 60 \
        -o "-c listen_addresses=127.0.0.1 -p $PG_PORT -k $WORK/pg" start >/dev/null); then
  show_log "$WORK/pg/server.log"; die "PostgreSQL did not start"
fi
"$PY" - "$PG_PORT" <<'PY'
import sys, psycopg
with psycopg.connect(f"host=127.0.0.1 port={sys.argv[1]} user=bench dbname=postgres", autocommit=True) as c:
    c.execute("CREATE DATABASE regatlas")
PY
DSN="host=127.0.0.1 port=$PG_PORT user=bench dbname=regatlas"

# 4. The same provisions into PostgreSQL.
step "$PY" "$ROOT/bench/pg/load.py" "http://127.0.0.1:$RA_PORT" "$DSN" "$ROOT/bench/pg/schema.sql" >&2

# 5. RegAtlas's own evaluation, to check the HTTP-side scoring against it.
say "regatlas eval --json ..."
step "$JAVA" "${JAVA_OPTS[@]}" -jar "$JAR" eval --json --corpus="$ROOT/corpus" "$QUERIES" >"$WORK/eval.json" 2>"$WORK/eval.log" || { show_log "$WORK/eval.log"; die "regatlas eval failed"; }

# 6. Quality and speed, side by side.
say "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg) before the runs"
step "$PY" "$ROOT/bench/pg/compare.py" --regatlas "http://127.0.0.1:$RA_PORT" \
  --regatlas-cached "http://127.0.0.1:$RA_CACHED_PORT" --pg "$DSN" \
  --sql "$ROOT/bench/pg/search.sql" --queries "$QUERIES" --duration "$DURATION" --concurrency "$CONCURRENCY" \
  --warmup "$WARMUP" --eval-json "$WORK/eval.json" ${JSON_OUT:+--json-out "$JSON_OUT"}

# 7. Speed again, each engine driven by its native load generator.
step "$PY" "$ROOT/bench/pg/native.py" --regatlas "http://127.0.0.1:$RA_PORT" \
  --regatlas-cached "http://127.0.0.1:$RA_CACHED_PORT" --dsn "$DSN" --pgbench "$PGBIN/pgbench" \
  --sql "$ROOT/bench/pg/search.sql" --queries "$QUERIES" --work "$WORK" --duration "$DURATION" \
  --concurrency "$CONCURRENCY" --warmup "$WARMUP" ${JSON_OUT:+--json-out "$JSON_OUT"}
