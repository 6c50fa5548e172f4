package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutTablesTest {
    private static final float BODY = 12f;

    @Test
    void aCaptionLineStandingAloneIsNotRunningText() {
        List<LayoutLine> lines = List.of(
                line(1, "The doses are listed below."),
                line(2, "Table 3 Recommended starting doses for exploratory approaches"),
                line(3, "Each approach is described in turn."));
        assertEquals(Set.of(1), skipped(lines));
    }

    @Test
    void aLineOpeningWithTableThatGoesOnWithTheSentenceAboveIsKept() {
        // ICH M3(R2) section 7: "... are included in / Table 3. In all cases, characterization ... in / vitro models"
        List<LayoutLine> lines = List.of(
                line(1, "Recommended starting doses and maximal doses for the five approaches are included in"),
                line(2, "Table 3. In all cases, characterization of PD and pharmacology using in vivo and/or in"),
                line(3, "vitro models as noted in Table 3 and Section 2 is important and should be used in"));
        assertEquals(Set.of(), skipped(lines));
    }

    @Test
    void aCaptionAfterAHeadingOrAFinishedSentenceIsStillACaption() {
        List<LayoutLine> lines = List.of(
                line(1, "7.1 Microdose trials"),
                line(2, "Figure 1 Recommended high dose selection for general toxicity studies"),
                line(3, "Two approaches are described below:"),
                line(4, "Table 2 Exploratory approaches"));
        assertEquals(Set.of(1, 3), skipped(lines, Set.of(0)));
    }

    private static Set<Integer> skipped(List<LayoutLine> lines) {
        return skipped(lines, Set.of());
    }

    private static Set<Integer> skipped(List<LayoutLine> lines, Set<Integer> headings) {
        Set<Integer> skipped = new HashSet<>();
        LayoutTables.rows(lines, BODY, headings, skipped);
        return skipped;
    }

    /** A line of body text set at the left margin, its words a single space apart (no cell gaps). */
    private static LayoutLine line(int n, String text) {
        List<LayoutLine.Word> words = new ArrayList<>();
        float x = 72f;
        for (String w : text.split(" ")) {
            float end = x + w.length() * 5f;
            words.add(new LayoutLine.Word(w, x, end, BODY, false));
            x = end + 3f;
        }
        return new LayoutLine(1, 72f, 700f - n * 14f, BODY, false, words);
    }
}
