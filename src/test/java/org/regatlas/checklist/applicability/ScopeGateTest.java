package org.regatlas.checklist.applicability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.decide.ChecklistItem;
import org.regatlas.checklist.decide.ItemStatus;
import org.regatlas.checklist.layout.Checklist;
import org.regatlas.model.GuidelineScope;
import org.regatlas.model.Provenance;
import org.regatlas.parse.ParsedDocument;

/**
 * The scope gate on an early-phase protocol written for the test ({@code protocol-fih.md}, phase 1, first-in-human)
 * and on the same protocol checked as a phase 3 one: the first-in-human and phase 1 guidelines' obligations on the
 * trial are checked against the first and set aside, naming the scope, for the second; their quality and nonclinical
 * sections are outside the protocol for both.
 */
class ScopeGateTest {
    private static Checklist checklist(boolean phase1) {
        // the same first-in-human protocol, read as it says (phase 1) and as a randomized phase 3 CAR-T trial
        return Samples.checkFixture("protocol-fih.md", phase1 ? ProfileRequest.INFER : Samples.RANDOMIZED_CAR_T);
    }

    private static ChecklistItem item(Checklist c, String id) {
        return c.items().stream().filter(i -> i.provisionId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id));
    }

    @Test
    void infersPhaseOneFromTheTitle() throws Exception {
        List<String> design = checklist(true).profile().conditions().get("design");
        assertTrue(design.contains("phase-1"), design.toString());
        assertTrue(design.contains("early-phase"), design.toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # starting dose from the disease and its severity
        ema-2017-fih-rev1:7.3:3
        # the next cohort only after the preceding cohort's data are reviewed
        ema-2017-fih-rev1:8.2.7:1
        # stopping criteria that count moderate adverse reactions
        ema-2017-fih-rev1:8.2.9:19
        """)
    void firstInHumanObligationsAreCheckedOnAnEarlyPhaseProtocol(String id) throws Exception {
        ChecklistItem onEarly = item(checklist(true), id);
        assertFalse(Set.of(ItemStatus.NOT_APPLICABLE, ItemStatus.OUTSIDE_PROTOCOL).contains(onEarly.status()),
                id + " on the phase 1 protocol: " + onEarly.status() + " " + onEarly.reason());
        ChecklistItem onLate = item(checklist(false), id);
        assertEquals(ItemStatus.NOT_APPLICABLE, onLate.status(), onLate.reason());
        assertTrue(onLate.reason().contains("first-in-human") && onLate.reason().contains("this protocol is"),
                onLate.reason());
    }

    @Test
    void theEarlyPhaseProtocolStatesWhatTheCohortRuleAsks() throws Exception {
        ChecklistItem cohorts = item(checklist(true), "ema-2017-fih-rev1:8.2.7:1");
        assertEquals(ItemStatus.ADDRESSED, cohorts.status(), cohorts.reason());
        // the guideline's scope leaves advanced therapies out (its §2): a CAR-T applies it by analogy
        assertTrue(cohorts.secondary());
        assertTrue(cohorts.caveat() != null && cohorts.caveat().contains("by analogy")
                && cohorts.caveat().contains("§2"), String.valueOf(cohorts.caveat()));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
        # an IND's CMC section
        fda-1995-ind-phase1:III.F:15     | quality dossier
        # a clinical guideline's nonclinical section
        ema-2017-fih-rev1:6.3:2          | nonclinical
        # a nonclinical guideline as a whole, by its own scope
        ich-m3r2:3:5                     | nonclinical
        # product-specific factors of the immunogenicity guidance
        fda-2014-immunogenicity:V.B.7:10 | quality dossier
        """)
    void anotherDocumentsContentIsOutsideTheProtocolWhateverThePhase(String id, String document) throws Exception {
        for (boolean phase1 : List.of(true, false)) {
            ChecklistItem i = item(checklist(phase1), id);
            assertEquals(ItemStatus.OUTSIDE_PROTOCOL, i.status(), i.reason());
            assertTrue(i.reason().contains(document), i.reason());
            assertTrue(i.evidence().isEmpty());
        }
    }

    @Test
    void anIndGuidanceProtocolSectionIsCheckedOnAPhaseOneProtocol() throws Exception {
        ChecklistItem i = checklist(true).items().stream()
                .filter(x -> x.provisionId().startsWith("fda-1995-ind-phase1:III.E:")).findFirst()
                .orElseThrow(() -> new AssertionError("no item of the IND guidance's Protocols section"));
        assertFalse(Set.of(ItemStatus.NOT_APPLICABLE, ItemStatus.OUTSIDE_PROTOCOL).contains(i.status()),
                i.status() + " " + i.reason());
    }

    @Test
    void phasesAreReadFromTitlesInEitherNumbering() {
        assertEquals(List.of("phase-3"), TrialPhases.named(List.of("A Phase 3, Randomized, Open-Label Study")));
        assertEquals(List.of("phase-1", "phase-2"), TrialPhases.named(List.of("A Phase Ib/II Study of X")));
        assertEquals(List.of("phase-1"), TrialPhases.named(List.of("A First-in-Human Study of X")));
        assertEquals(List.of("phase-2"), TrialPhases.named(List.of("一项 II 期临床研究")));
        assertEquals(List.of("phase-2"), TrialPhases.named(List.of("单臂、开放、多中心II期关键性临床研究")));
        assertEquals(List.of("phase-1"), TrialPhases.named(List.of("I 期剂量递增及剂量扩展研究")));
        assertEquals(List.of(), TrialPhases.named(List.of("处于II期的患者，分期依据影像学研究")));
        assertEquals(List.of(), TrialPhases.named(List.of("the treatment phase of 24 months")));
    }

    @Test
    void aConfirmatoryTrialWithoutAPhaseIsPhaseTwoOrThree() {
        assertEquals(Set.of("phase-2", "phase-3"), ScopeGate.phases(List.of("single-arm", "confirmatory")));
        assertEquals(Set.of("phase-1"), ScopeGate.phases(List.of("dose-finding")));
        assertTrue(ScopeGate.phases(List.of("randomized")).isEmpty());
    }

    /** A recorded scope cites the guideline's own words: the statement is a sentence of the section it names. */
    @Test
    void everyRecordedScopeOfAnOfficialTextQuotesItsScopeSection() {
        int checked = 0;
        for (ParsedDocument d : TestCorpus.parsed().documents()) {
            GuidelineScope scope = d.meta().scope();
            if (scope == null || d.meta().provenance() != Provenance.VERBATIM) continue;
            assertNotNull(scope.section(), d.meta().id() + ": an official text's scope names its section");
            boolean found = d.provisions().stream().anyMatch(p -> scope.section().equals(p.section().path())
                    && p.text().strip().equals(scope.statement()));
            assertTrue(found, d.meta().id() + ": no sentence of §" + scope.section() + " reads \"" + scope.statement()
                    + "\"");
            checked++;
        }
        assertTrue(checked >= 5, "scopes checked: " + checked);
    }
}
