package org.regatlas.checklist.eval;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A checklist scored against an {@link AnswerKey} (../shared/protocols/README.md): gap recall is the share of the
 * key's missing obligations reported missing, partial or needs-review (all three send the reviewer to the item);
 * the false-missing rate is the share of its addressed obligations reported missing; obligations whose marker no
 * item carries are listed; for addressed obligations the share of evidence quotes that lie in a section the key cites (subsections included) measures where evidence lands.
 */
public record KeyScore(double gapRecall, double falseMissingRate, int obligations, int missingInKey, int addressedInKey,
                       List<String> notFound, double evidenceInKeySections, List<Line> lines) {

    /**
     * One key obligation: what the key says and what the checklist reported.
     *
     * @param reported       the item's status, or {@code not-found}
     * @param evidenceInKey  for addressed obligations with evidence: how many of the item's quotes lie in a key section
     */
    public record Line(String id, String expected, String reported, @Nullable String provisionId, boolean correct,
                       @Nullable String evidenceInKey, String reason) {}

    public KeyScore {
        notFound = List.copyOf(notFound);
        lines = List.copyOf(lines);
    }

    /** Whether the sample-protocol targets hold: gap recall at least 0.95, false-missing at most 0.10. */
    public boolean meetsTargets() {
        return gapRecall >= 0.95 && falseMissingRate <= 0.10;
    }
}
