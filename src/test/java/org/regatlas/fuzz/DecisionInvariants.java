package org.regatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Set;
import org.regatlas.checklist.decide.Decider;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.evidence.QuoteChecks;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.structure.PassageFilter;
import org.regatlas.checklist.structure.SectionTree;

/**
 * What every decision must hold (the checks of {@code ChecklistIntegrityIT}, per decision): addressed and partial
 * come with quotes, missing and needs-review without; at most four distinct quotes, each a sentence of an admissible
 * paragraph or the title of a section that has one; and every concept the reason calls stated is in a quote.
 */
final class DecisionInvariants {
    private DecisionInvariants() {}

    private static final int MAX_QUOTES = 4;

    static void check(String id, Decider.Decision d, SectionTree tree, PassageFilter passages,
                      ConceptVocabulary vocabulary, Map<String, Set<String>> idsByLabel) {
        assertNotNull(d.status(), id);
        assertFalse(d.reason().isBlank(), id + " has a reason");
        boolean quoted = d.status() == ItemStatus.ADDRESSED || d.status() == ItemStatus.PARTIAL;
        assertTrue(quoted || d.status() == ItemStatus.MISSING || d.status() == ItemStatus.NEEDS_REVIEW,
                id + ": the decider decides only addressed, partial, missing or needs-review: " + d.status());
        assertEquals(quoted, !d.evidence().isEmpty(), id + " " + d.status() + " with " + d.evidence().size()
                + " quotes: " + d.reason());
        assertTrue(d.evidence().size() <= MAX_QUOTES, id + " has " + d.evidence().size() + " quotes");
        assertEquals(d.evidence().size(), d.evidence().stream().distinct().count(), id + " repeats a quote");
        for (Evidence e : d.evidence()) {
            assertTrue(QuoteChecks.admissible(e.quote(), tree, passages), id + ": quote from outside the protocol's normative "
                    + "content (" + e.section() + "): " + e.quote());
            if (tree.protocol().pages() == null) assertNull(e.page(), id + ": a page in a format without pages");
        }
        String quotes = String.join("\n", d.evidence().stream().map(Evidence::quote).toList());
        Set<String> inQuotes = vocabulary.ids(quotes);
        for (String label : QuoteChecks.statedLabels(d.reason(), idsByLabel)) {
            assertTrue(idsByLabel.get(label).stream().anyMatch(inQuotes::contains), id + ": the reason says '" + label
                    + "' is stated, the quotes do not: " + quotes);
        }
    }
}
