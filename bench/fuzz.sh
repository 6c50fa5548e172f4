#!/usr/bin/env bash
# Long fuzzing run (Jazzer, coverage-guided) of every target in ParserFuzzTest: the query parser, sentence
# splitting and strength rules, PDF-text repair and section parsing, the HTML and Markdown readers, and PDF and
# DOCX uploads through the checklist's protocol reader; and in ChecklistFuzzTest, Markdown, text and HTML protocols
# through the whole checklist (reading, structure, profile, evidence, decisions), each input under a 10 s deadline. Each text target runs for SECONDS (default 300: over a
# million inputs each at 4,000-13,000 inputs/s on one core); the PDF and DOCX targets run UPLOAD_SECONDS (default
# 600), as PDFBox and POI take about half a millisecond an input. About 40 minutes in all, on one core.
# Jazzer's RegexRoadblocks hook is off: it traces every character a regular expression compares, which slowed the
# regex-heavy sentence and strength rules 25-fold (173 against 4,289 inputs/s) and reached less coverage in the same
# time. A crash is written under src/test/resources/org/regatlas/fuzz/ParserFuzzTestInputs/<target>/ and from then
# on replays in every normal build as a regression test.
#   bench/fuzz.sh [SECONDS]
# Environment: UPLOAD_SECONDS, TARGETS (default all eight), FUZZ_BUILD_DIR (default target/fuzz, so a run does not
# rewrite the launcher's jar).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-300}"
UPLOAD_SECONDS="${UPLOAD_SECONDS:-600}"
BUILD_DIR="${FUZZ_BUILD_DIR:-target/fuzz}"
TARGETS="${TARGETS:-querySyntaxEitherParsesOrExplains sentencesCoverTheParagraph repairAndSectionParsingAreTotal \
htmlAndMarkdownReadersAreTotal pdfUploadsAreReadOrRefused docxUploadsAreReadOrRefused \
markdownProtocolsGiveAConsistentChecklist textAndHtmlProtocolsGiveAConsistentChecklist}"
for target in $TARGETS; do
  seconds="$SECONDS_PER_TARGET"
  class=ParserFuzzTest
  case "$target" in *Uploads*|*Checklist) seconds="$UPLOAD_SECONDS" ;; esac
  case "$target" in *Checklist) class=ChecklistFuzzTest ;; esac
  echo "== $target (${seconds}s)"
  JAZZER_FUZZ=1 ./regatlas test -q -Dregatlas.browserTests=skip -Dtest="$class#$target" -Dregatlas.buildDir="$BUILD_DIR" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" \
      -Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks 2>&1 \
    | grep -a -E "Done [0-9]+ runs|FuzzTestFinding|Tests run|#[0-9]+.*DONE" || true
done
