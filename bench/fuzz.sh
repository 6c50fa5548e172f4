#!/usr/bin/env bash
# Long fuzzing run (Jazzer, coverage-guided) of every target in ParserFuzzTest: the query parser, sentence
# splitting and strength rules, PDF-text repair and section parsing, the HTML and Markdown readers, and PDF and
# DOCX uploads through the checklist's protocol reader. Each text target runs for SECONDS (default 120, about
# 1.3 million inputs at ~11,000 inputs/s on 2 cores); the PDF and DOCX targets run UPLOAD_SECONDS (default 300),
# as PDFBox and POI take ~1-2 ms an input.
# A crash is written under src/test/resources/org/regatlas/fuzz/ParserFuzzTestInputs/<target>/ and from then
# on replays in every normal build as a regression test.
#   bench/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-120}"
UPLOAD_SECONDS="${UPLOAD_SECONDS:-300}"
for target in querySyntaxEitherParsesOrExplains sentencesCoverTheParagraph repairAndSectionParsingAreTotal \
    htmlAndMarkdownReadersAreTotal pdfUploadsAreReadOrRefused docxUploadsAreReadOrRefused; do
  seconds="$SECONDS_PER_TARGET"
  case "$target" in *Uploads*) seconds="$UPLOAD_SECONDS" ;; esac
  echo "== $target (${seconds}s)"
  JAZZER_FUZZ=1 JAZZER_MAX_DURATION="${seconds}s" ./regatlas test -q -Dtest="ParserFuzzTest#$target" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" 2>&1 | grep -a -E "Done [0-9]+ runs|FuzzTestFinding|Tests run" || true
done
