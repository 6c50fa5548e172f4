package org.regatlas.checklist.decide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.layout.Checklist;

/**
 * One row per decision rule: a guideline sentence checked against a small randomized CAR-T protocol written for the
 * test ({@code protocol-rules.md}), with the status the rule must give and a phrase its reason must carry.
 */
class DecisionRulesTest {
    private static final ProfileRequest SINGLE_ARM = new ProfileRequest("CN,US,EU", "lbcl", "single-arm,confirmatory",
            "adult", "autologous,car-t", "relapsed-refractory", "car-t");

    private static Checklist checklist(boolean single) {
        return Samples.checkFixture("protocol-rules.md", single ? SINGLE_ARM : Samples.RANDOMIZED_CAR_T);
    }

    private static ChecklistItem item(Checklist c, String id) {
        return c.items().stream().filter(i -> i.provisionId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    @org.junit.jupiter.api.Test
    void generalWordsFoundTogetherGiveNoQuoteButSayWhereToRead() throws Exception {
        // needs-review carries no evidence: a passage that only uses the words proves nothing, and a quote would let
        // the reason call them stated
        ChecklistItem i = item(checklist(false), "fda-2014-immunogenicity:IV:38");
        assertEquals(ItemStatus.NEEDS_REVIEW, i.status(), i.reason());
        assertTrue(i.evidence().isEmpty(), i.evidence().toString());
        assertFalse(i.reason().contains("Stated"), i.reason());
        assertTrue(i.reason().contains("check by reading (they occur in section"), i.reason());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # a target value is what a single-arm trial is judged against
        cde-2024-cart-heme:二.（二）.1:3             | not-applicable   | single-arm trial judged against a target value
        # a condition on the population: products or trials for children, and the protocol enrols adults
        cde-2024-cart-heme:二.（一）.1:2             | not-applicable   | for children
        # a condition clause on a design choice (a surrogate primary endpoint) the protocol never names
        cde-2024-cart-heme:二.（四）:8               | not-applicable   | Surrogate endpoint
        # a condition on an event (a secondary T-cell tumour is observed) still needs a plan: the analysis is missing
        cde-2024-cart-heme:三:11                     | missing          | Molecular genetic analysis
        # every duty the protocol could carry names the labelling
        cde-2024-cart-heme:三:12                     | outside-protocol | labelling
        # a cell-mediated response is not an antibody assay
        cde-2024-cell-therapy-clinical-pharmacology:-:19 | missing       | Cell-mediated immune response
        # stated only by its section heading (7.5 Treatment history): the heading is quoted
        cde-2024-cart-heme:二.（一）.2:4             | addressed        | Prior therapy
        # observing subjects for 15 years is long-term follow-up
        fda-2020-gt-ltfu:-:13                       | addressed        | 15 years
        # one marketed product's label binds that product's holder, not another product's trial
        fda-2017-kymriah-pmr:-:7                    | not-applicable   | one marketed product
        # use for other patients with the same condition is expanded access, which this trial does not provide
        npcsc-2019-drug-administration-law:第二章.第二十三条:1 | not-applicable | expanded access
        # "the matters provided in the preceding paragraph": the guardian's consent for an expanded-access trial
        shenzhen-2022-cell-gene-industry:第四章.第三十二条:2 | not-applicable | expanded access
        # approval of a clinical trial by the drug regulator is the programme's application, not protocol content
        state-council-2016-dal-implementing-regulation:第五章.第三十条:1 | outside-protocol | applications to regulators
        # trials in children or in adults: an adults-only protocol states one of the alternatives, which is enough
        cde-2024-cart-heme:二.（一）.1:1             | addressed        | Subject age
        # the guideline's own subject (immunogenicity, in a guidance on immunogenicity) proves no one sentence of it
        fda-2014-immunogenicity:appendix-a.4:13     | partial          | what the whole guideline is about
        # measuring cytokines in treated animals is the nonclinical programme's, whatever guideline recommends it
        fda-2014-immunogenicity:appendix-a.2:10     | outside-protocol | nonclinical studies
        # general words found together (an appendix, in 10) do not show what the obligation asks
        fda-2014-immunogenicity:IV:38               | needs-review     | only general words
        """)
    void ruleGivesItsStatusAndSaysWhy(String id, String status, String reason) throws Exception {
        ChecklistItem i = item(checklist(false), id);
        assertEquals(status, i.status().wireName(), i.reason());
        assertTrue(i.reason().contains(reason), i.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # the same target-value sentence applies to a single-arm trial
        cde-2024-cart-heme:二.（二）.1:3             | target value
        # "whether genome editing is used" asks a question; it states no condition
        fda-2020-gt-ltfu:-:11                       | genome-edited
        """)
    void questionOrMetConditionLeavesTheObligationApplicable(String id, String notInReason) throws Exception {
        ChecklistItem i = item(checklist(true), id);
        assertFalse(i.reason().contains(notInReason), i.reason());
        assertFalse(i.status() == ItemStatus.NOT_APPLICABLE && i.reason().contains("condition"), i.reason());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        cde-2024-cart-heme:二.（一）.2:4
        fda-2020-gt-ltfu:-:13
        cde-2024-cart-heme:三:11
        """)
    void everyQuoteOfTheseItemsIsProtocolText(String id) throws Exception {
        String md = Files.readString(Path.of("src/test/resources/checklist/protocol-rules.md"));
        for (var e : item(checklist(false), id).evidence()) assertTrue(md.contains(e.quote()), e.quote());
    }
}
