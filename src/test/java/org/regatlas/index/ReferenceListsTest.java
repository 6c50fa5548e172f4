package org.regatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;
import org.regatlas.model.Strength;
import org.regatlas.parse.ParsedDocument;

class ReferenceListsTest {
    @ParameterizedTest
    @ValueSource(strings = {"REFERENCES", "20. REFERENCES", "IV. References", "Bibliography", "参考文献", "References:"})
    void aHeadingThatNamesOnlyTheListIsOne(String heading) {
        assertTrue(ReferenceLists.heads(List.of("II. PART II", heading)), heading);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Reference product", "References to other guidance documents in section 3", "引用",
            "5. Reference standards and materials", "Cross-referencing"})
    void aHeadingThatOnlyMentionsReferencesIsNot(String heading) {
        assertFalse(ReferenceLists.heads(List.of(heading)), heading);
    }

    @Test
    void theShippedCorpusListsOnlyCitationsUnderItsReferenceHeadings() {
        Map<String, Integer> perDocument = new TreeMap<>();
        for (ParsedDocument doc : TestCorpus.parsed().documents()) {
            for (Provision p : doc.provisions()) {
                int authority = ProvisionDocuments.authority(p, doc.meta());
                if (authority != Fields.REFERENCE) continue;
                perDocument.merge(doc.meta().id(), 1, Integer::sum);
                // A reference list holds no rule: a requirement under such a heading would mean the heading is wrong.
                assertEquals(Strength.INFO, p.strength(), p.id() + ": " + p.text());
            }
        }
        assertEquals(Map.of("fda-1995-ind-phase1", 3, "fda-2014-immunogenicity", 108, "ich-m3r2", 16,
                "ich-s6r1-official", 6), perDocument, "the four official texts with a reference list, and their entries");
    }
}
