#!/usr/bin/env bash
# The checklist uploads that once held the server for minutes (issue: DOCX of 95 MB of short paragraphs, Markdown of
# 128,000 paragraphs, a PDF inflating to 2 GB of text operators), replayed at full size against a server started here
# with a 1 GB heap cap and the default checklist limit (REGATLAS_CHECKLIST_SECONDS, 60 s), while a probe searches
# every 100 ms; then an honest protocol (ZUMA-7 from ../shared when present) is checked. ChecklistAttackIT replays
# the same attacks smaller in every build.
#   bench/attacks.sh
# Environment: PORT (default 7393), HEAP (default 1g).
set -euo pipefail
cd "$(dirname "$0")/.."
PORT="${PORT:-7393}"
HEAP="${HEAP:-1g}"
HONEST="$(ls ../shared/real-docs/protocols/*ZUMA-7*protocol*.pdf 2>/dev/null | head -1 || true)"
./regatlas index >/dev/null 2>&1
echo "load average $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores; heap cap $HEAP;" \
  "checklist limit ${REGATLAS_CHECKLIST_SECONDS:-60} s"
REGATLAS_AOT=0 REGATLAS_JAVA_OPTS="-Xmx$HEAP ${REGATLAS_JAVA_OPTS:-}" ./regatlas serve --port "$PORT" \
  >target/attacks-server.log 2>&1 &
launcher=$!
trap 'kill "$launcher" 2>/dev/null || true; wait "$launcher" 2>/dev/null || true' EXIT
until curl -sf "http://127.0.0.1:$PORT/api/health" >/dev/null 2>&1; do sleep 0.2; done
pid="$(pgrep -f -- "serve --port $PORT" | tail -1)"
python3 bench/attacks.py "$PORT" "$pid" ${HONEST:+"$HONEST"}
if grep -q "OutOfMemoryError" target/attacks-server.log; then echo "the server ran out of memory"; exit 1; fi
echo "server log: target/attacks-server.log (no OutOfMemoryError)"
