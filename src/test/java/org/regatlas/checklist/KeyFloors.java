package org.regatlas.checklist;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.function.Executable;
import org.regatlas.checklist.eval.ChecklistJson;
import org.regatlas.checklist.eval.KeyEvaluation;
import org.regatlas.checklist.eval.Ratio;
import org.regatlas.checklist.eval.StatusKey;
import org.regatlas.checklist.eval.StatusScore;

/**
 * The floors the answer-key tests hold each figure to, the scoring of one protocol against one key, and the count of
 * a checklist's top gaps by their judged verdict.
 */
final class KeyFloors {
    private KeyFloors() {}

    /** A share with nothing to divide (no item called missing, say) has nothing wrong in it, so it passes. */
    static Executable floor(String what, Ratio r, double floor, String report) {
        return () -> assertTrue(r.or(1.0) >= floor - 1e-9,
                what + " " + r + " fell below its floor " + String.format("%.3f", floor) + "\n" + report);
    }

    /**
     * How many of a checklist's top gaps got each verdict in {@code verdictsById} (provision id to {@code {verdict}});
     * a gap it does not hold counts as "unjudged", never as real.
     */
    static Map<String, Long> topGapVerdicts(ChecklistJson checklist, JsonNode verdictsById) {
        return checklist.topGapProvisionIds().stream().collect(Collectors.groupingBy(
                id -> verdictsById.path(id).path("verdict").asText("unjudged"), TreeMap::new, Collectors.counting()));
    }

    /** {@code protocol}'s statuses against one key. */
    static StatusScore score(KeyEvaluation evaluation, Path protocol, Path key) {
        return evaluation.status(protocol, List.of(StatusKey.read(key))).get(0);
    }
}
