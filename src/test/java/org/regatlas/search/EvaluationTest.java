package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The metric definitions of ../shared/eval/README.md, on hand-made rankings. */
class EvaluationTest {
    private static final Evaluation.Judged Q = new Evaluation.Judged("q1", "washout", "en", "bridging", List.of(
            new Evaluation.Marker("d", "有必要设置合理的洗脱期", 2), new Evaluation.Marker("d", "疗效分析的复杂性", 1)));

    @Test
    void idealRankingScoresOne() {
        var s = Evaluation.score(Q, List.of("因此，有必要设置 合理的洗脱期。", "可能增加疗效分析的复杂性。"), 1);
        assertEquals(1.0, s.ndcg(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals(1.0, s.rr(), 1e-9);
    }

    @Test
    void aMarkerIsCreditedOnceAndLaterHitsGainNothing() {
        var s = Evaluation.score(Q, List.of("无关。", "有必要设置合理的洗脱期。", "有必要设置合理的洗脱期。"), 1);
        double dcg = 3 / (Math.log(3) / Math.log(2));
        double idcg = 3 + 1 / (Math.log(3) / Math.log(2));
        assertEquals(dcg / idcg, s.ndcg(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(0.5, s.rr(), 1e-9);
    }

    @Test
    void aFactIdIsCreditedOnceWhateverNumberOfItsProvisionsRank() {
        var q = new Evaluation.Judged("g1", "boxed warning", "en", "spm", List.of(
                new Evaluation.Marker("fda", null, "US-TCM-04", 2), new Evaluation.Marker("cde", "继发肿瘤风险", 1)));
        var s = Evaluation.score(q, List.of(new Evaluation.Hit("fda", "US-TCM-04", "Labels must carry a boxed warning."),
                new Evaluation.Hit("fda", "US-TCM-04", "Matching changes are required."),
                new Evaluation.Hit("cde", null, "申办方应高度重视继发肿瘤风险。")), 1, "US");
        double dcg = 3 + 1 / (Math.log(4) / Math.log(2));
        double idcg = 3 + 1 / (Math.log(3) / Math.log(2));
        assertEquals(dcg / idcg, s.ndcg(), 1e-9);
        assertEquals(1.0, s.recall(), 1e-9);
        assertEquals("US", s.jurisdiction());
    }

    @Test
    void aMarkerInAnotherDocumentIsNotCredited() {
        var q = new Evaluation.Judged("g2", "washout", "en", "bridging", List.of(
                new Evaluation.Marker("cde", "合理的洗脱期", 2)));
        var s = Evaluation.score(q, List.of(new Evaluation.Hit("review", null, "有必要设置合理的洗脱期。")), 1, "CN");
        assertEquals(0.0, s.recall(), 1e-9);
    }

    @Test
    void anItemNeedsAMarkerOrAFactIdButNotBoth() {
        assertThrows(IllegalArgumentException.class, () -> new Evaluation.Marker("d", "m", "F-1", 1));
        assertThrows(IllegalArgumentException.class, () -> new Evaluation.Marker("d", null, null, 1));
    }
}
