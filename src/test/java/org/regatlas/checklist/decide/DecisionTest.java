package org.regatlas.checklist.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.evidence.Evidence;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.checklist.structure.SectionTree;
import org.regatlas.corpus.MarkdownReader;

class DecisionTest {
    private static final String WASHOUT = "cde-2024-cart-heme:二.（三）:3";
    private static final String IRC = "cde-2024-cart-heme:二.（四）.3:9";

    private static ChecklistItem item(Checklist c, String id) {
        return c.items().stream().filter(i -> i.provisionId().equals(id)).findFirst().orElseThrow(() -> new AssertionError("no item " + id));
    }

    @Test
    void washoutBeforeLeukapheresisIsNotABridgingWashout() throws Exception {
        Checklist c = Samples.service().check(Samples.read(Samples.ball()), ProfileRequest.INFER);
        ChecklistItem washout = item(c, WASHOUT);
        assertNotEquals(ItemStatus.ADDRESSED, washout.status(), washout.reason());
        assertTrue(washout.reason().contains("Washout period"), washout.reason());
    }

    @Test
    void bridgingWashoutWithRebaselineIsAddressedInAChineseProtocol() throws Exception {
        Checklist c = Samples.service().check(Samples.read(Samples.chineseFixture()), ProfileRequest.INFER);
        ChecklistItem washout = item(c, WASHOUT);
        assertEquals(ItemStatus.ADDRESSED, washout.status(), washout.reason());
        assertEquals("5.2", washout.evidence().get(0).section());
    }

    @Test
    void missingIndependentReviewIsReportedMissingWithoutEvidence() throws Exception {
        Checklist c = Samples.service().check(Samples.read(Samples.ball()), ProfileRequest.INFER);
        ChecklistItem irc = item(c, IRC);
        assertEquals(ItemStatus.MISSING, irc.status(), irc.reason());
        assertTrue(irc.evidence().isEmpty());
        assertTrue(irc.reason().contains("Independent review committee"), irc.reason());
    }

    @Test
    void independentReviewStatedInTheEfficacySectionIsFound() throws Exception {
        Checklist c = Samples.service().check(Samples.read(Samples.lbcl()), ProfileRequest.INFER);
        ChecklistItem irc = item(c, IRC);
        // "trials are hard to blind" is the duty's reason: the IRC assessing the primary endpoint meets it (synopsis)
        assertEquals(ItemStatus.ADDRESSED, irc.status(), irc.reason());
        assertTrue(irc.evidence().get(0).quote().contains("Independent Review Committee"), irc.evidence().toString());
    }

    @Test
    void anEllipticalHeadingReadsWithItsParentsAndTheParentIsQuoted() {
        String md = """
                # XYZ-302: a randomized phase 3 study of XYZ-302 anti-CD19 CAR-T cells versus standard of care

                ## 10 Statistical considerations

                ### 10.2 Study endpoints

                #### 10.2.1 Primary

                Event-free survival is determined by blinded central review of all scans.
                """;
        Protocol p = Samples.service().read("protocol-elliptical.md", MarkdownReader.parse(md));
        ChecklistItem irc = item(Samples.service().check(p, ProfileRequest.INFER), IRC);
        assertEquals(ItemStatus.ADDRESSED, irc.status(), irc.reason());
        assertTrue(irc.evidence().stream().anyMatch(e -> e.section().equals("10.2") && e.quote().equals("Study endpoints")),
                irc.evidence().toString());
    }

    @Test
    void everyQuoteIsProtocolTextInsideItsCitedSection() throws Exception {
        Protocol p = Samples.read(Samples.lbcl());
        Checklist c = Samples.service().check(p, ProfileRequest.INFER);
        SectionTree tree = new SectionTree(p);
        for (ChecklistItem i : c.items()) {
            for (Evidence e : i.evidence()) {
                var cited = p.sections().stream()
                        .filter(s -> (s.numbered() ? s.number() : s.heading()).equals(e.section()) || (s.isFrontMatter() && e.section().equals("front matter")))
                        .toList();
                // a quote is a sentence of the section, or its heading when only the heading states the concept
                String sectionText = cited.stream().map(s -> s.title() + "\n" + tree.paragraphsUnder(s.id()).stream()
                        .map(Paragraph::text).collect(Collectors.joining("\n"))).collect(Collectors.joining("\n"));
                assertTrue(sectionText.contains(e.quote()), i.provisionId() + ": '" + e.quote() + "' not in section " + e.section());
            }
        }
    }

    @Test
    void itemsCarryReasonsAndSecondaryReviewItemsAreMarked() throws Exception {
        Checklist c = Samples.service().check(Samples.read(Samples.ball()), ProfileRequest.INFER);
        assertFalse(c.items().isEmpty());
        assertTrue(c.items().stream().allMatch(i -> !i.reason().isBlank()));
        ChecklistItem review = item(c, "review-2025-cart-risk:2.2:11");
        assertTrue(review.secondary() && review.caveat() != null);
        assertFalse(item(c, WASHOUT).secondary());
        assertEquals(c.items().size(), c.summary().total());
    }
}
