#!/usr/bin/env bash
# Long fuzzing run (Jazzer, coverage-guided) of every target in ParserFuzzTest: the query parser, sentence
# splitting and strength rules, PDF-text repair and section parsing, the HTML and Markdown readers.
# Each target runs for SECONDS (default 120, about 1.3 million inputs at ~11,000 inputs/s on 2 cores).
# A crash is written under src/test/resources/org/regatlas/fuzz/ParserFuzzTestInputs/<target>/ and from then
# on replays in every normal build as a regression test.
#   bench/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-120}"
for target in querySyntaxEitherParsesOrExplains sentencesCoverTheParagraph repairAndSectionParsingAreTotal htmlAndMarkdownReadersAreTotal; do
  echo "== $target (${SECONDS_PER_TARGET}s)"
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${SECONDS_PER_TARGET}s" ./regatlas test -q -Dtest="ParserFuzzTest#$target" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${SECONDS_PER_TARGET}s" 2>&1 | grep -E "Done [0-9]+ runs|FuzzTestFinding|Tests run" || true
done
