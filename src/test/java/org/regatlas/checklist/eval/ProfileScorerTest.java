package org.regatlas.checklist.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileScorerTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final CartKey CART = new CartKey(List.of(
            new CartKey.Entry("doc:1", "apheresis", CartKey.SPECIFIC, "manufacturing-logistics"),
            new CartKey.Entry("doc:2", "transgene", CartKey.SPECIFIC, "cell-pharmacology"),
            new CartKey.Entry("doc:3", "grading", CartKey.SHARED, "crs-icans")));
    private static final ProfileKey.Entry BISPECIFIC = new ProfileKey.Entry("MM", "mm.pdf", "t-cell-engager", false,
            false, true, "2");

    @Test
    void scoresModalityDesignWarningAndCarTObligationsSetAside() throws Exception {
        ChecklistJson c = ChecklistJson.of(MAPPER.readTree("""
                {"profile": {"modality": "t-cell-engager", "phase": "phase 2",
                             "conditions": {"design": ["single-arm"]}},
                 "warnings": [{"code": "not-cell-therapy", "message": "m"}],
                 "items": [
                   {"provisionId": "doc:1", "text": "apheresis text", "status": "not-applicable"},
                   {"provisionId": "doc:2", "text": "transgene text", "status": "outside-protocol"},
                   {"provisionId": "doc:3", "text": "grading text", "status": "partial"}]}"""));
        ProfileScore.Line l = ProfileScorer.line(BISPECIFIC, c, CART);
        assertTrue(l.modalityRight());
        assertTrue(l.designRight());
        assertTrue(l.phaseRight());
        assertTrue(l.warningRight());
        assertEquals(Ratio.of(1, 2), l.cartSpecificSetAside());
        assertEquals(1, l.cartSpecificOutside());
        assertEquals(Ratio.of(1, 1), l.classSharedKept());
    }

    @Test
    void anAbsentWarningOrModalityCountsAsNotThere() throws Exception {
        ChecklistJson c = ChecklistJson.of(MAPPER.readTree("""
                {"profile": {"conditions": {"design": ["randomized"], "product": ["autologous"]}},
                 "items": [{"provisionId": "doc:3", "text": "grading text", "status": "not-applicable"}]}"""));
        ProfileScore.Line l = ProfileScorer.line(BISPECIFIC, c, CART);
        assertNull(l.modalityReported());
        assertFalse(l.designRight(), "randomized reported for a non-randomized study");
        assertNull(l.phaseReported());
        assertFalse(l.warningRight());
        assertEquals(Ratio.of(2, 2), l.cartSpecificSetAside(), "left out counts as set aside");
        assertEquals(Ratio.of(0, 1), l.classSharedKept());
        ProfileScore s = ProfileScorer.score(List.of(l));
        assertEquals(Ratio.of(0, 1), s.warning());
        assertEquals(Ratio.of(2, 2), s.cartSpecificSetAside());
    }

    @Test
    void readsCarTFromTheProductWhenNoModalityIsGiven() throws Exception {
        ChecklistJson c = ChecklistJson.of(MAPPER.readTree("""
                {"profile": {"conditions": {"design": ["randomized", "confirmatory"],
                                            "product": ["autologous", "car-t"]}}, "items": []}"""));
        assertEquals("car-t", ProfileScorer.modality(c));
        assertNull(ProfileScorer.phase(c));
    }
}
