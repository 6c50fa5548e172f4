package org.regatlas.checklist.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;

class ConceptVocabularyTest {
    private static final ConceptVocabulary VOCABULARY = ConceptVocabulary.of(TestCorpus.parsed().taxonomy(),
            TestCorpus.parsed().glossary());
    private static final List<String> TEXTS = List.of(
            "Patients must be followed for 15 years for secondary malignancies after CAR-T cell infusion.",
            "Tocilizumab must be available on site before infusion; CRS is graded by ASTCT consensus criteria.",
            "受试者接受清淋预处理前应再次评估肿瘤基线情况，并设置合理的洗脱期。",
            "The confounding effect from treatment switching will be adjusted for crossover in the analysis.");

    @Test
    void aGlossaryEntryTheChecklistsOwnTermsNameIsNoSecondConcept() {
        assertTrue(VOCABULARY.ids("相同靶点").contains("x:same-target"));
        assertFalse(VOCABULARY.labels().containsValue("same target"), "glossary 同靶点 kept beside Same-target agents");
        assertEquals(java.util.Set.of("x:diagnosis"), VOCABULARY.ids("诊断"));
    }

    @Test
    void wholeYearsAreAlsoStatedInMonths() {
        Quantity fiveYears = Quantity.in("at least 5 years of annual examinations").get(0);
        assertTrue(fiveYears.statedIn("Every 6 months between Month 24 and Month 60"));
        assertTrue(fiveYears.statedIn("After completing at least 60 months of assessments"));
        assertTrue(fiveYears.statedIn("随访 60 个月"));
        assertFalse(fiveYears.statedIn("Month 600 and 160 months"));
    }

    @Test
    void aRememberingCopyAnswersAsTheSharedVocabularyEveryTime() {
        ConceptVocabulary remembering = VOCABULARY.remembering();
        for (int round = 0; round < 2; round++) {
            for (String text : TEXTS) {
                String normalized = ConceptVocabulary.normalize(text);
                assertEquals(VOCABULARY.find(normalized), remembering.find(normalized), text);
                assertEquals(VOCABULARY.ids(text), remembering.ids(text), text);
                assertEquals(VOCABULARY.statedIds(text), remembering.statedIds(text), text);
            }
        }
        for (String text : TEXTS) assertFalse(VOCABULARY.ids(text).isEmpty(), text);
    }

    @Test
    void aSharedRememberingCopyAnswersAsTheVocabularyOnEveryThread() throws Exception {
        ConceptVocabulary shared = VOCABULARY.rememberingShared();
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (String text : TEXTS) {
                        String normalized = ConceptVocabulary.normalize(text);
                        assertEquals(VOCABULARY.find(normalized), shared.find(normalized), text);
                        assertEquals(VOCABULARY.ids(text), shared.ids(text), text);
                        assertEquals(VOCABULARY.statedIds(text), shared.statedIds(text), text);
                    }
                }));
            }
            for (java.util.concurrent.Future<?> run : runs) run.get();
        } finally {
            pool.shutdownNow();
        }
        // a protocol's copy remembers its own texts, not the shared copy's
        assertEquals(VOCABULARY.ids(TEXTS.get(1)), shared.remembering().ids(TEXTS.get(1)));
    }

    @Test
    void sortingWhatFindReturnsLeavesTheRememberedMatchesAlone() {
        ConceptVocabulary remembering = VOCABULARY.remembering();
        String text = ConceptVocabulary.normalize(TEXTS.get(0));
        List<ConceptVocabulary.Hit> first = remembering.find(text);
        first.sort((a, b) -> b.start() - a.start());
        assertEquals(VOCABULARY.find(text), remembering.find(text));
    }

    @Test
    void genericGlossaryConceptsAreMeasuredAsWhenEveryMatchCounted() {
        List<String> texts = new ArrayList<>();
        for (Provision p : TestCorpus.parsed().provisions()) texts.add(p.textZh() != null ? p.textZh() : p.text());
        ConceptVocabulary measured = ConceptVocabulary.of(TestCorpus.parsed().taxonomy(),
                TestCorpus.parsed().glossary(),
                texts);
        // the share by every match, expressions included: what the vocabulary measured before it skipped them
        java.util.Map<String, Integer> df = new java.util.HashMap<>();
        for (String t : texts) for (String id : VOCABULARY.ids(t)) df.merge(id, 1, Integer::sum);
        int generic = 0;
        for (String id : VOCABULARY.labels().keySet()) {
            if (!id.startsWith("g:")) continue;
            boolean expected = df.getOrDefault(id, 0) > ConceptVocabulary.GENERIC_SHARE * texts.size();
            assertEquals(!expected, measured.concept(id).orElseThrow().checkable(), id);
            if (expected) generic++;
        }
        assertTrue(generic > 0, "some glossary concepts are generic in the shipped corpus");
    }
}
