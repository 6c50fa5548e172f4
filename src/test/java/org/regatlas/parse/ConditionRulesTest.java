package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Design cues, negated forms included: a negated cue names the opposite design, never its own. */
class ConditionRulesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            A Phase 3, Randomized, Open-Label Study                            | randomized
            AN OPEN-LABEL, MULTICENTER, NON-RANDOMIZED PHASE 2 STUDY            | single-arm
            a nonrandomized, single-arm study                                  | single-arm
            Participants will not be randomized.                               | single-arm
            A single-arm trial against a target value                          | single-arm
            本研究为非随机化、开放性研究                                         | single-arm
            随机对照试验                                                        | randomized
            """)
    void readsDesignWithNegation(String text, String design) {
        assertEquals(List.of(design), ConditionRules.find(text).get("design").stream()
                .filter(d -> d.equals("randomized") || d.equals("single-arm")).toList());
    }
}
