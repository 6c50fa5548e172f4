package org.regatlas.checklist.applicability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.model.Conditions;
import org.regatlas.model.Jurisdiction;
import org.regatlas.model.Provision;

class ApplicabilityTest {
    private static Provision provision(String id) {
        return TestCorpus.parsed().provision(id).orElseThrow(() -> new AssertionError("no provision " + id));
    }

    private static Profile profile(Map<String, List<String>> values) {
        return new Profile(Set.of(Jurisdiction.CN), new Conditions(values), List.of(), List.of());
    }

    private static final Profile BALL = profile(Map.of("indication", List.of("b-all"), "design", List.of("single-arm", "confirmatory"),
            "population", List.of("adult"), "line", List.of("relapsed-refractory")));

    @Test
    void myelomaPriorTherapyRuleDoesNotApplyToABallTrial() {
        Provision mm = provision("cde-2024-cart-heme:二.（一）.2:12");     // PI and IMiD, three lines or more
        assertEquals(Optional.of("indication: applies to mm; this protocol is b-all"), Applicability.reasonNotApplicable(mm, BALL));
    }

    @Test
    void provisionListingSeveralIndicationsAppliesToEach() {
        Provision marketed = provision("cde-2024-cart-heme:二.（二）.1:4");  // B-ALL, DLBCL and MM products on the market
        assertEquals(Optional.empty(), Applicability.reasonNotApplicable(marketed, BALL));
    }

    @Test
    void singleArmDesignRuleDoesNotApplyToARandomizedTrial() {
        Provision singleArm = provision("cde-2024-cart-heme:二.（二）.1:1");
        Profile lbcl = profile(Map.of("indication", List.of("lbcl", "b-nhl"), "design", List.of("randomized", "confirmatory")));
        String reason = Applicability.reasonNotApplicable(singleArm, lbcl).orElseThrow();
        assertTrue(reason.startsWith("design: applies to single-arm"), reason);
    }

    @Test
    void dimensionOnlyOneSideKnowsIsNotCompared() {
        Provision marketed = provision("cde-2024-cart-heme:二.（二）.1:4");
        assertEquals(Optional.empty(), Applicability.reasonNotApplicable(marketed, profile(Map.of("population", List.of("pediatric")))));
    }

    @Test
    void responseCriteriaSentenceNamingLymphomaInGeneralAppliesToLbcl() {
        Provision criteria = provision("cde-2024-cart-heme:二.（四）.1:1");   // IMWG for MM, Lugano for lymphoma, blasts for ALL
        Profile lbcl = profile(Map.of("indication", List.of("lbcl", "b-nhl")));
        assertEquals(Optional.empty(), Applicability.reasonNotApplicable(criteria, lbcl));
        assertEquals(Optional.empty(), Applicability.reasonNotApplicable(criteria, BALL));
    }

    @Test
    void notApplicableItemsCarryTheirReasonInTheChecklist() throws Exception {
        Checklist c = Samples.service().check(Samples.read(Samples.ball()), ProfileRequest.INFER);
        ChecklistItem mm = c.items().stream().filter(i -> i.provisionId().equals("cde-2024-cart-heme:二.（一）.2:12")).findFirst().orElseThrow();
        assertEquals(ItemStatus.NOT_APPLICABLE, mm.status());
        assertTrue(mm.reason().contains("applies to mm; this protocol is b-all"), mm.reason());
    }
}
