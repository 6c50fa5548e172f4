#!/usr/bin/env bash
# Long fuzzing run (Jazzer, coverage-guided), one target at a time on one core; each input runs under a Deadline (10 s
# while fuzzing) and a slower input is a finding. The default targets:
#   ParserFuzzTest: querySyntaxEitherParsesOrExplains (query parser), sentencesCoverTheParagraph (sentence splitting,
#     strength rules), repairAndSectionParsingAreTotal (PDF-text repair, section parsing),
#     htmlAndMarkdownReadersAreTotal (corpus HTML and Markdown readers), pdfUploadsAreReadOrRefused and
#     docxUploadsAreReadOrRefused (PDF and DOCX protocol uploads: read with consistent sections and pages, or refused).
#   ChecklistStageFuzzTest, the checklist stage by stage, fast enough for a million inputs:
#     protocolsReadIntoAConsistentStructure: Markdown, text and HTML bytes through the protocol reader and the
#       structure stage (section tree, page map, passage filter, structure check); sections unique and nested one
#       level at a time, paragraphs cut from the text in order and covered once by the tree, pages never going back.
#     applicabilityIsDecidedAndExplained: a fuzzed request (known values, words, nothing) and Markdown protocol through
#       profile and modality inference and every obligation's dimension, modality and condition tests; given values
#       kept, bad ones refused by name, every not-applicable reason naming its dimension, modality or condition.
#     decisionsAgreeWithTheirEvidence: Markdown or text through the protocol index, evidence search and decisions of
#       one to three obligations the input picks from the shipped catalog's decidable ones; status agrees with the
#       quotes, quotes come from admissible content, a reason calls stated only concepts its quotes contain.
# Not by default (by name in TARGETS): ChecklistFuzzTest's markdownProtocolsGiveAConsistentChecklist and
# textAndHtmlProtocolsGiveAConsistentChecklist, a protocol through the whole checklist against all 451 obligations
# (tens of inputs a minute, so no million).
# Each parser text target runs SECONDS (default 300); uploads and whole checklists UPLOAD_SECONDS (default 600: PDFBox
# and POI take about half a millisecond an input); the checklist stage targets STAGE_SECONDS (default 900).
# Jazzer's RegexRoadblocks hook is off: it traces every character a regular expression compares, which slowed the
# regex-heavy sentence and strength rules 25-fold (173 against 4,289 inputs/s) and reached less coverage in the same
# time. A crash is written under src/test/resources/org/regatlas/fuzz/<class>Inputs/<target>/ and from then on
# replays in every normal build as a regression test. The whole output of each target goes to target/fuzz-<target>.log.
#   bench/fuzz.sh [SECONDS]
# Environment: UPLOAD_SECONDS, STAGE_SECONDS, TARGETS (default the nine above), FUZZ_BUILD_DIR (default target/fuzz,
# so a run does not rewrite the launcher's jar), RUNS (stop a target after that many inputs, e.g. what a resumed run
# still needs for a million), STAGE_MAX_LEN (bytes per stage input, default 1200: a title, a few headings and
# paragraphs).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_TARGET="${1:-300}"
UPLOAD_SECONDS="${UPLOAD_SECONDS:-600}"
STAGE_SECONDS="${STAGE_SECONDS:-900}"
BUILD_DIR="${FUZZ_BUILD_DIR:-target/fuzz}"
TARGETS="${TARGETS:-querySyntaxEitherParsesOrExplains sentencesCoverTheParagraph repairAndSectionParsingAreTotal \
htmlAndMarkdownReadersAreTotal pdfUploadsAreReadOrRefused docxUploadsAreReadOrRefused \
protocolsReadIntoAConsistentStructure applicabilityIsDecidedAndExplained decisionsAgreeWithTheirEvidence}"
STAGE_MAX_LEN="${STAGE_MAX_LEN:-1200}"
for target in $TARGETS; do
  seconds="$SECONDS_PER_TARGET"
  class=ParserFuzzTest
  stage=()
  case "$target" in
    *Uploads*) seconds="$UPLOAD_SECONDS" ;;
    *Checklist) seconds="$UPLOAD_SECONDS"; class=ChecklistFuzzTest ;;
    protocolsRead*|applicability*|decisions*) seconds="$STAGE_SECONDS"; class=ChecklistStageFuzzTest
      # a small protocol per input (libFuzzer's -max_len, after the argv[0] Jazzer expects first)
      stage=(-Djazzer.internal.arg.0=fuzz -Djazzer.internal.arg.1=-max_len="$STAGE_MAX_LEN") ;;
  esac
  echo "== $target (${seconds}s)"
  JAZZER_FUZZ=1 ./regatlas test -q -Dregatlas.browserTests=skip -Dtest="$class#$target" -Dregatlas.buildDir="$BUILD_DIR" \
      -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=NONE -Dfailsafe.failIfNoSpecifiedTests=false \
      -Djazzer.max_duration="${seconds}s" ${RUNS:+-Djazzer.max_executions="$RUNS"} "${stage[@]}" \
      -Djazzer.disabled_hooks=com.code_intelligence.jazzer.sanitizers.RegexRoadblocks 2>&1 \
    | tee "target/fuzz-$target.log" | grep -a -E "Done [0-9]+ runs|FuzzTestFinding|Tests run|#[0-9]+.*DONE" || true
done
