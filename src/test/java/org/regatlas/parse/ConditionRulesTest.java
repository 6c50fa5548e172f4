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

    /**
     * A guideline sentence about the target value is about a confirmatory trial; a protocol naming one is not read so.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            主要疗效指标的可信区间下限建议参考现有治疗方法的临床疗效进行设定，并提供目标值设定的临床依据 | true
            基于该患者人群可获得的最佳现有治疗手段的临床疗效来确定目标效应                          | true
            The lower bound is compared with a target value set from historical data               | true
            早期探索性临床试验的研究目的是确定有效剂量范围                                          | false
            """)
    void aTargetValueMakesAGuidelineSentenceConfirmatory(String text, boolean confirmatory) {
        assertEquals(confirmatory, ConditionRules.ofProvision(text).get("design").contains("confirmatory"));
        assertEquals(false, ConditionRules.find(text).get("design").contains("confirmatory"), "not in a protocol");
    }
}
