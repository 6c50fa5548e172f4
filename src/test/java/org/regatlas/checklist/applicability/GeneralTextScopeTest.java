package org.regatlas.checklist.applicability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.layout.Checklist;

/**
 * What the general official texts (the immunogenicity guidance for therapeutic proteins, the PRC drug law, the BIMO
 * guidance) ask that a protocol does not owe, checked on a small randomized CAR-T protocol written for the test
 * ({@code protocol-rules.md}): conditions of therapeutic proteins and early trials it does not meet, duties of another
 * document or party, and descriptive sentences that set no duty. The same protocol checked for an antibody, and the
 * first-in-human protocol ({@code protocol-fih.md}), meet the conditions the CAR-T trial does not.
 */
class GeneralTextScopeTest {
    private static final ProfileRequest ANTIBODY = new ProfileRequest("CN,US,EU", "lbcl", "randomized,confirmatory",
            "adult", null, "relapsed-refractory", "antibody");

    private static Checklist checklist(String which) {
        return switch (which) {
            case "car-t" -> Samples.checkFixture("protocol-rules.md", Samples.RANDOMIZED_CAR_T);
            case "antibody" -> Samples.checkFixture("protocol-rules.md", ANTIBODY);
            default -> Samples.checkFixture("protocol-fih.md", ProfileRequest.INFER);
        };
    }

    private static Optional<ChecklistItem> find(Checklist c, String id) {
        return c.items().stream().filter(i -> i.provisionId().equals(id)).findFirst();
    }

    private static ChecklistItem item(Checklist c, String id) {
        return find(c, id).orElseThrow(() -> new AssertionError("no item " + id));
    }

    /** The item is not applicable, for the reason named. */
    private static void assertSetAside(Checklist c, String id, String because) {
        ChecklistItem i = item(c, id);
        assertEquals(ItemStatus.NOT_APPLICABLE, i.status(), i.reason());
        assertTrue(i.reason().contains(because), i.reason());
    }

    /** The item applies: any status but not applicable. */
    private static void assertOwed(Checklist c, String id) {
        ChecklistItem i = item(c, id);
        assertFalse(i.status() == ItemStatus.NOT_APPLICABLE, i.status() + " " + i.reason());
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # a condition of the trial: healthy volunteers, and the protocol enrols patients
        fda-2014-immunogenicity:V.A.1:7                    | not-applicable   | healthy volunteers
        # a condition of a therapeutic protein: the counterpart of an endogenous protein, or its replacement
        fda-2014-immunogenicity:V.A.5:14                   | not-applicable   | counterpart of an endogenous protein
        # a high-risk situation whose example is such a product
        fda-2014-immunogenicity:IV:29                      | not-applicable   | counterpart of an endogenous protein
        # tolerance induction against neutralizing antibodies, and the care "such regimens" need
        fda-2014-immunogenicity:appendix-a.4:14            | not-applicable   | tolerance induction
        fda-2014-immunogenicity:appendix-a.4:25            | not-applicable   | tolerance induction
        # staggered dosing of dosing cohorts, and a starting dose below the usual: trials that escalate doses
        fda-2014-immunogenicity:IV:18                      | not-applicable   | escalate doses
        fda-2014-immunogenicity:appendix-a.2:3             | not-applicable   | starting dose
        # a condition of a therapeutic protein: given chronically
        fda-2014-immunogenicity:appendix-a.4:18            | not-applicable   | given chronically
        # a condition of the programme: a change of route or dosing
        fda-2014-immunogenicity:V.A.3:9                    | not-applicable   | route of administration
        # a condition of a therapeutic protein: immunosuppressive (under a product-factors heading, still a condition)
        fda-2014-immunogenicity:V.B.6:9                    | not-applicable   | immunosuppressive
        # a nonclinical guideline's sentence on paediatric trials: the condition goes first, whoever owns the duty
        ich-m3r2:12:20                                     | not-applicable   | children
        # women of childbearing potential in early clinical trials: a condition of the trial before any document
        ich-m3r2:11.3:10                                   | not-applicable   | first-in-human and early-phase
        # what informed consent should address is the consent form's
        fda-2014-immunogenicity:IV:14                      | outside-protocol | informed consent form
        # at each stage of development, during all stages of clinical development: the programme's
        fda-2014-immunogenicity:IV:1                       | outside-protocol | development programme
        fda-2014-immunogenicity:V.A.1:10                   | outside-protocol | development programme
        # the applicant's rationale is the application's
        fda-2014-immunogenicity:III.B:3                    | outside-protocol | applications to regulators
        # what is to be discussed with the review division
        fda-2014-immunogenicity:IV:13                      | outside-protocol | consultations with the regulator
        # the ethics committee's and the regulator's own duties
        npcsc-2019-drug-administration-law:第二章.第二十条:2   | outside-protocol | ethics committee
        npcsc-2019-drug-administration-law:第十章.第一百零三条:1 | outside-protocol | regulator's own duties
        # the institutions that must implement GLP and GCP: the laboratories' and sites' own duty
        state-council-2016-dal-implementing-regulation:第五章.第二十八条:1 | outside-protocol | institutions' own duties
        # data, materials and samples reported to the regulator: the application
        npcsc-2019-drug-administration-law:第二章.第十九条:1 | outside-protocol | applications to regulators
        # the BIMO guidance is about inspections, by its own scope
        fda-2024-bimo-draft:IV.D:15                        | outside-protocol | inspections
        """)
    void obligationTheProtocolDoesNotOweIsSetAsideSayingWhy(String id, String status, String reason)
            throws Exception {
        ChecklistItem i = item(checklist("car-t"), id);
        assertEquals(status, i.status().wireName(), i.reason());
        assertTrue(i.reason().contains(reason), i.reason());
        assertTrue(i.evidence().isEmpty());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        fda-2014-immunogenicity:V.A:1
        fda-2014-immunogenicity:V.A.2:1
        fda-2014-immunogenicity:V.A.3:3
        fda-2024-bimo-draft:III.B:2
        """)
    void descriptiveSentenceOfAGeneralGuidelineIsNoItem(String id) throws Exception {
        assertTrue(find(checklist("car-t"), id).isEmpty(), id);
    }

    @Test
    void descriptiveSentenceOfACellTherapyGuidelineWithACueStaysAnItem() throws Exception {
        // "CAR-T 细胞治疗可能引起细胞因子释放综合征…": a risk of the treatment the guideline is written for
        assertTrue(find(checklist("car-t"), "cde-2024-cart-heme:二:3").isPresent());
    }

    @Test
    void conditionNamedAsAnExampleIsNoCondition() throws Exception {
        // "screening for pre-existing antibodies, e.g., ... in factor replacement therapy, should be considered"
        ChecklistItem i = item(checklist("car-t"), "fda-2014-immunogenicity:V.A.2:5");
        assertFalse(i.reason().contains("endogenous"), i.reason());
    }

    @Test
    void consentGivenAfterEthicsReviewStaysWithTheProtocol() throws Exception {
        // 开展药物临床试验…经伦理委员会审查同意: the trial's own duty, though it names the committee
        ChecklistItem i = item(checklist("car-t"), "npcsc-2019-drug-administration-law:第二章.第二十条:1");
        assertFalse(i.reason().contains("ethics committee's own"), i.reason());
    }

    @Test
    void chronicDosingHoldsForAnAntibody() throws Exception {
        ChecklistItem i = item(checklist("antibody"), "fda-2014-immunogenicity:appendix-a.4:18");
        assertFalse(i.reason().contains("given chronically"), i.status() + " " + i.reason());
    }

    @Test
    void toleranceInductionHoldsOnlyForATrialThatGivesARegimen() throws Exception {
        // a protein product whose trial gives no tolerance regimen owes none of its sentences
        ChecklistItem antibody = item(checklist("antibody"), "fda-2014-immunogenicity:appendix-a.4:14");
        assertEquals(ItemStatus.NOT_APPLICABLE, antibody.status(), antibody.reason());
        assertTrue(antibody.reason().contains("tolerance induction"), antibody.reason());
        ChecklistItem care = item(checklist("antibody"), "fda-2014-immunogenicity:appendix-a.4:25");
        assertEquals(ItemStatus.NOT_APPLICABLE, care.status(), care.reason());
        // one that gives a regimen to subjects with neutralizing antibodies is checked for it
        Checklist tolerance = Samples.checkFixture("protocol-tolerance.md", ANTIBODY);
        for (String id : java.util.List.of("fda-2014-immunogenicity:appendix-a.4:14",
                "fda-2014-immunogenicity:appendix-a.4:25")) {
            ChecklistItem i = item(tolerance, id);
            assertFalse(i.status() == ItemStatus.NOT_APPLICABLE, i.status() + " " + i.reason());
        }
    }

    @Test
    void unblindingHoldsOnlyForABlindedTrial() throws Exception {
        // an open-label first-in-human trial has no treatment code to break
        ChecklistItem open = item(checklist("fih"), "ema-2017-fih-rev1:8.3:3");
        assertEquals(ItemStatus.NOT_APPLICABLE, open.status(), open.reason());
        assertTrue(open.reason().contains("blinded"), open.reason());
        // stopping rules over data reviewed "in blinded or unblinded fashion" hold in any trial
        ChecklistItem rolling = item(checklist("fih"), "ema-2017-fih-rev1:8.2.9:19");
        assertFalse(rolling.reason().contains("blinded"), rolling.reason());
        // the same trial double-blind owes it
        Checklist blinded = Samples.checkFixture("protocol-fih-blinded.md", ProfileRequest.INFER);
        ChecklistItem i = item(blinded, "ema-2017-fih-rev1:8.3:3");
        assertFalse(i.status() == ItemStatus.NOT_APPLICABLE, i.status() + " " + i.reason());
        // "CAR-T trials are hard to blind, so an IRC…": the reason for a duty of open-label trials, not a condition
        ChecklistItem irc = item(checklist("car-t"), "cde-2024-cart-heme:二.（四）.3:9");
        assertFalse(irc.reason().contains("blinded"), irc.reason());
    }

    @Test
    void oneProductsApprovalTermsBindOnlyThatProduct() throws Exception {
        // Kymriah's REMS and label bind its holder: an axi-cel or any other trial does not owe them
        assertSetAside(Samples.checkFixture("zh/zh-tall-phase1.md", ProfileRequest.INFER), "fda-2017-kymriah-pmr:-:6",
                "one marketed product");
        // a trial of Kymriah itself is checked for them
        assertOwed(Samples.checkFixture("protocol-kymriah.md", ProfileRequest.INFER), "fda-2017-kymriah-pmr:-:6");
    }

    @Test
    void startingInChildrenHoldsOnlyForATrialThatEnrolsNoAdult() throws Exception {
        // "if the sponsor plans to start in children/adolescents": a trial of adolescents and adults does not
        assertSetAside(Samples.checkFixture("zh/zh-tall-phase1.md", ProfileRequest.INFER),
                "cde-2024-cart-heme:二.（一）.1:3", "children before any adult");
        // one that enrols children only starts in them, and owes the justification
        assertOwed(Samples.checkFixture("protocol-pediatric.md", ProfileRequest.INFER), "cde-2024-cart-heme:二.（一）.1:3");
    }

    @Test
    void earlierLineTrialsHoldOnlyForATrialAtAnEarlierLine() throws Exception {
        // "trials may then be conducted in earlier lines": a trial after two lines does not take that step
        assertSetAside(checklist("fih"), "cde-2024-cart-heme:二.（一）.2:14", "earlier line");
        // a second-line randomized trial does
        ProfileRequest secondLine = new ProfileRequest("CN,US,EU", "lbcl", "randomized,confirmatory", "adult",
                "autologous,car-t", "relapsed-refractory,earlier-line", "car-t");
        assertOwed(Samples.checkFixture("protocol-rules.md", secondLine), "cde-2024-cart-heme:二.（一）.2:14");
    }

    @Test
    void doseEscalationHoldsForAFirstInHumanTrial() throws Exception {
        assertOwed(checklist("fih"), "fda-2014-immunogenicity:IV:18");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        cde-2024-cart-heme:二.（四）.3:7
        cde-2024-cart-heme:二.（四）.3:9
        """)
    void aDutyGuardingTheEfficacyConclusionHoldsOnlyForATrialThatDrawsOne(String id) throws Exception {
        // a phase 1 first-in-human trial's efficacy is exploratory: no PFS/EFS benefit to bias, no IRC owed
        assertSetAside(Samples.checkFixture("zh/zh-mm-phase1.md", ProfileRequest.INFER), id, "efficacy conclusions");
        // a randomized confirmatory trial owes it, as does a phase 1/2 one whose phase 2 concludes on response
        assertOwed(checklist("car-t"), id);
        assertOwed(Samples.checkFixture("zh/zh-nhl-phase12.md", ProfileRequest.INFER), id);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
        phase-1, false
        'dose-finding,single-arm,phase-1', false
        'phase-1,phase-2', true
        'single-arm,phase-2', true
        'randomized,confirmatory', true
        confirmatory, true
        single-arm, true
        """)
    void aTrialConcludesOnEfficacyUnlessItIsKnownToBePhaseOneOnly(String design, boolean concludes) {
        assertEquals(concludes, ObligationConditions.concludesOnEfficacy(java.util.List.of(design.split(","))), design);
    }
}
