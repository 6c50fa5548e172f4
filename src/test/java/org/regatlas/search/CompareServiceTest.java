package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.TestIndex;
import org.regatlas.model.Strength;

class CompareServiceTest {
    private final CompareService compare = new CompareService(TestIndex.search(), TestCorpus.parsed().taxonomy());

    @Test
    void longTermFollowUpHasRowsInChinaTheUsAndTheEu() {
        Comparison c = compare.compare("ltfu", "");
        assertEquals(List.of("CN", "US", "EU", "INTL"), c.groups().stream().map(Comparison.Group::jurisdiction).toList());
        for (String jur : List.of("CN", "US", "EU")) {
            Comparison.Group g = c.groups().stream().filter(x -> x.jurisdiction().equals(jur)).findFirst().orElseThrow();
            assertTrue(g.total() > 0, jur + " has no ltfu provision");
            assertTrue(g.totalExact(), "a corpus this size is counted exactly");
            assertTrue(g.provisions().stream().allMatch(h -> h.jurisdiction().equals(jur) && h.topics().contains("ltfu")));
        }
    }

    @Test
    void provisionsAreOrderedByStrengthThenNewestDocument() {
        for (Comparison.Group g : compare.compare("ltfu", "").groups()) {
            List<SearchHit> p = g.provisions();
            for (int i = 1; i < p.size(); i++) {
                int cmp = Strength.valueOf(p.get(i - 1).strength()).compareTo(Strength.valueOf(p.get(i).strength()));
                assertTrue(cmp <= 0, g.jurisdiction() + " not ordered by strength at " + i);
                if (cmp == 0) {
                    String a = p.get(i - 1).issued() == null ? "" : p.get(i - 1).issued();
                    String b = p.get(i).issued() == null ? "" : p.get(i).issued();
                    assertTrue(a.compareTo(b) >= 0, g.jurisdiction() + " not ordered by date at " + i);
                }
            }
        }
    }

    @Test
    void unknownTopicIsRejected() {
        assertThrows(InvalidQueryException.class, () -> compare.compare("no-such-topic", ""));
    }
}
