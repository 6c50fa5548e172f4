package org.regatlas.checklist.layout;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.Citation;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.Obligation;
import org.regatlas.checklist.obligation.ObligationCatalog;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.structure.ChecklistWarning;

/**
 * Requirements on the shipped corpus: equivalent obligations merged from their content (the duplicates the ZUMA-7
 * review found: site capability, toxicity grading, 15-year follow-up, lifelong malignancy monitoring), distinct ones
 * kept apart, and the severity rule's table.
 */
class RequirementsTest {
    private static Map<String, Equivalence.Signature> signatures;

    @BeforeAll
    static void catalog() {
        Samples.service();      // builds the shared corpus
        List<String> texts = org.regatlas.TestCorpus.parsed().provisions().stream()
                .map(p -> p.textZh() != null ? p.textZh() : p.text()).toList();
        ConceptVocabulary vocabulary = ConceptVocabulary.of(org.regatlas.TestCorpus.parsed().taxonomy(),
                org.regatlas.TestCorpus.parsed().glossary(), texts);
        signatures = ObligationCatalog.of(org.regatlas.TestCorpus.parsed(), vocabulary).all().stream()
                .collect(Collectors.toMap(Obligation::id, Equivalence::of));
    }

    private static boolean same(String a, String b) {
        return Equivalence.equivalent(sig(a), sig(b));
    }

    private static Equivalence.Signature sig(String id) {
        Equivalence.Signature s = signatures.get(id);
        if (s == null) throw new AssertionError("no obligation " + id);
        return s;
    }

    @Test
    void siteCapabilityFromTheGuidelineAndTheReviewIsOneRequirement() {
        assertAll(() -> assertTrue(same("cde-2024-cart-heme:三:7", "review-2025-cart-risk:2.1:13")),
                () -> assertTrue(same("cde-2024-cart-heme:三:8", "review-2025-cart-risk:2.1:14")),
                () -> assertTrue(same("cde-2024-cart-heme:三:7", "cde-2024-cart-heme:三:8")));
    }

    @Test
    void consensusGradingOfCrsAndNeurotoxicityIsOneRequirement() {
        assertAll(() -> assertTrue(same("fda-2024-cart-development:-:19", "fda-2024-cart-development:-:20")),
                () -> assertTrue(same("fda-2024-cart-development:-:19", "review-2025-cart-risk:2.2:7")));
    }

    @Test
    void fifteenYearFollowUpIsOneRequirementAndLifelongMonitoringAnother() {
        assertAll(() -> assertTrue(same("fda-2017-kymriah-pmr:-:1", "fda-2017-kymriah-pmr:-:2")),
                () -> assertTrue(same("fda-2017-kymriah-pmr:-:1", "fda-2024-cgt-faq-draft:-:14")),
                () -> assertTrue(same("fda-2020-gt-ltfu:-:15", "review-2025-cart-risk:2.2:11")),
                () -> assertTrue(same("fda-2024-cart-tcell-malignancy:-:12", "ema-prac-2024-tcell-malignancy:-:5")),
                () -> assertTrue(same("ema-prac-2024-tcell-malignancy:-:5", "review-2025-cart-risk:2.2:27")),
                // "up to 15 years" and "for the rest of their lives" ask for different things
                () -> assertFalse(same("fda-2024-cgt-faq-draft:-:14", "fda-2024-cart-tcell-malignancy:-:12")));
    }

    @Test
    void obligationsOnDifferentSectionsOrConceptsStayApart() {
        assertAll(() -> assertFalse(same("fda-2024-cart-development:-:19", "fda-2017-kymriah-pmr:-:1")),
                () -> assertFalse(same("cde-2024-cart-heme:三:7", "fda-2024-cart-development:-:19")));
    }

    @Test
    void severityFollowsStatusStrengthTopicAndSource() {
        assertAll(
                () -> assertEquals(Severity.CRITICAL, severity(ItemStatus.MISSING, "MUST", "ltfu", false)),
                () -> assertEquals(Severity.MAJOR, severity(ItemStatus.MISSING, "MUST", "ltfu", true)),
                () -> assertEquals(Severity.MAJOR, severity(ItemStatus.PARTIAL, "MUST", "toxicity-management", false)),
                () -> assertEquals(Severity.MAJOR, severity(ItemStatus.MISSING, "SHOULD", "design", false)),
                () -> assertEquals(Severity.MINOR, severity(ItemStatus.PARTIAL, "SHOULD", "statistics", false)),
                () -> assertEquals(Severity.MINOR, severity(ItemStatus.ADDRESSED, "MUST", "ltfu", false)),
                () -> assertEquals(Severity.MINOR, severity(ItemStatus.NOT_APPLICABLE, "MUST", "ltfu", false)),
                // a descriptive sentence ("safety risk management is one of the most critical considerations")
                () -> assertEquals(Severity.MINOR, severity(ItemStatus.MISSING, "INFO", "toxicity-management", false)),
                // every part stated, one of them in another section: for the reviewer to confirm
                () -> assertEquals(Severity.MINOR, severity(ItemStatus.PARTIAL, "MUST", "toxicity-management", false,
                        "Stated: Bridging therapy (6.3). Not stated in that passage: Washout period (only in 5.5).")),
                () -> assertEquals(Severity.MAJOR, severity(ItemStatus.PARTIAL, "MUST", "toxicity-management", false,
                        "Stated: Bridging therapy (6.3). Not stated in that passage: Washout period (only in 5.5). "
                                + "Not stated anywhere: Subgroup analysis.")));
    }

    private static Severity severity(ItemStatus status, String strength, String kind, boolean secondary) {
        return severity(status, strength, kind, secondary, "reason");
    }

    private static Severity severity(ItemStatus status, String strength, String kind, boolean secondary,
                                     String reason) {
        Citation c = new Citation("d", "Doc", "US", "FDA", "final", null, null, "1", "verbatim", null, "FDA — Doc");
        String level = strength.equals("INFO") ? "expected" : strength.toLowerCase();
        ChecklistItem i = new ChecklistItem("d:1:1", c, "text", null, strength, level, kind,
                List.of(kind), status, List.of(), reason, secondary, null);
        return SeverityRule.of(status, kind, List.of(i));
    }

    @Test
    void zumaSevenRequirementsMergeDuplicatesAndCarryCitationsOfEveryMember() throws Exception {
        Protocol p = Samples.read(Samples.zuma());
        Checklist c = Samples.service().check(p, ProfileRequest.INFER);
        int merged = c.requirements().stream().mapToInt(r -> r.obligations().size()).sum();
        assertAll(() -> assertEquals(c.items().size(), merged, "every item in exactly one requirement"),
                () -> assertTrue(c.requirements().size() < c.items().size() * 0.6,
                        c.requirements().size() + " requirements from " + c.items().size()),
                () -> assertNotEquals(0, c.summary().topGaps().size()),
                () -> assertTrue(c.requirements().stream().filter(r -> SeverityRule.open(r.status()))
                        .allMatch(r -> r.suggestion() == null || r.suggestion().startsWith("Add to "))),
                () -> assertTrue(c.warnings().stream().noneMatch(w -> w.code().equals(ChecklistWarning.WEAK_STRUCTURE))));
    }
}
