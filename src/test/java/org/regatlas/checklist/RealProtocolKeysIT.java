package org.regatlas.checklist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.regatlas.checklist.KeyFloors.floor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.eval.CartKey;
import org.regatlas.checklist.eval.KeyEvaluation;
import org.regatlas.checklist.eval.ProfileKey;
import org.regatlas.checklist.eval.ProfileScore;
import org.regatlas.checklist.eval.StatusKey;
import org.regatlas.checklist.eval.StatusScore;

/**
 * The checklist on the real protocols of ../shared/real-docs/protocols against the keys in
 * src/test/resources/eval/checklist-keys: ZUMA-7's statuses (the audit key, held-out keys and own cases), and every
 * protocol's modality, design, not-cell-therapy warning and CAR-T-specific obligations set aside. Each figure has a
 * floor at its last measured value, so the test fails when quality drops; raise a floor in the commit that raises the
 * figure. Issue 15's targets are higher (accuracy 0.85, addressed precision 0.90, missing precision 0.80,
 * CAR-T-specific set aside 0.95). Skips without ../shared.
 */
class RealProtocolKeysIT {
    private static final Path KEYS = Path.of("src/test/resources/eval/checklist-keys");

    // Floors (hits / total) per key, at the figures measured when the decision rules were last changed (README
    // "Checklist generator"): audit 60/68, held-out 33/55 and second held-out 21/62 before that change, 39/69 and
    // 22/56 at 39a3135. The second held-out key was judged before those rules were written and scored once after;
    // its 23/62 rose to 58/62 with the scope gate (guidelines' own scopes) and two conditions, developed on it.
    // The third held-out key was judged blind before the scope gate and never tuned on: 20/60 before, 45/60 after,
    // 49/60 and addressed 4/6 with the general texts' conditions, other parties' duties and descriptive sentences.
    private static final double AUDIT_ACCURACY = 65 / 68.0;
    private static final double AUDIT_ADDRESSED_PRECISION = 12 / 12.0;
    private static final double AUDIT_MISSING_PRECISION = 7 / 8.0;   // the same Kymriah item, no longer missing
    // Kymriah's label sentences bind only its holder: its tocilizumab-on-site sentence, judged missing (or not
    // applicable) on ZUMA-7, is not applicable now: right either way, no longer a missing item found (both shares)
    private static final double AUDIT_MISSING_RECALL = 7 / 10.0;
    private static final double HELDOUT_ACCURACY = 50 / 55.0;
    // The terms and conditions read on the Chinese protocols: ZUMA-7's held-out -:18 (assay not named) went from
    // addressed to partial, both accepted; follow-up that outlives the sponsor is missing, as judged; the third
    // held-out rose by one.
    private static final double HELDOUT_ADDRESSED_PRECISION = 21 / 22.0;   // two Kymriah items addressed -> n/a
    private static final double HELDOUT_MISSING_RECALL = 3 / 3.0;
    private static final double HELDOUT2_ACCURACY = 58 / 62.0;
    private static final double HELDOUT2_ADDRESSED_PRECISION = 9 / 9.0;
    private static final double HELDOUT3_ACCURACY = 53 / 60.0;
    private static final double HELDOUT3_ADDRESSED_PRECISION = 4 / 4.0;
    // The addressed-decision rules' own cases (judged before those rules were written, never tuned on): 5/15 and 4/13
    // before them, 6/15 and 3/5 after; 11/15 and 1/2 with the general texts' scope rules: three of the five items
    // called addressed are no longer (their summary only was read), accuracy rose by five, and the precision floor
    // follows the smaller count.
    private static final double ADDRESSED_OWN_ACCURACY = 11 / 15.0;
    private static final double ADDRESSED_OWN_ADDRESSED_PRECISION = 1 / 2.0;
    // Protocols that are not cell therapies, judged blind on items the evidence step decided. heldout6 (MagnetisMM-3, a
    // T-cell engager; COMBI-i, an antibody with two small molecules; judged at 029e891): 13/20 and 7/12, unchanged by
    // the term rules; its failures were then read (a development set since) and the tolerance-induction condition
    // written on them: 15/20 and 8/12. heldout7 (KEYNOTE-181 and POD1UM-304, anti-PD-1 antibodies; judged at 8fbc807,
    // never opened): 7/16 and 5/16 before that condition, 8/16 and 7/16 after.
    private static final double MM3_HELDOUT6_ACCURACY = 15 / 20.0;
    private static final double MM3_HELDOUT6_ADDRESSED_PRECISION = 8 / 11.0;   // -:18 addressed -> partial, both right
    private static final double COMBI_HELDOUT6_ACCURACY = 9 / 12.0;   // Kymriah's label: not applicable
    private static final double COMBI_HELDOUT6_ADDRESSED_PRECISION = 3 / 4.0;
    // 9/16 with Kymriah's label not applicable; 8/16 when a denied feature ("will not use", 不设) stopped counting
    // as stated: its consensus-grading sentence, judged not applicable or partial, is now missing
    private static final double K181_HELDOUT7_ACCURACY = 8 / 16.0;
    private static final double K181_HELDOUT7_ADDRESSED_PRECISION = 3 / 5.0;
    private static final double POD_HELDOUT7_ACCURACY = 7 / 16.0;
    private static final double POD_HELDOUT7_ADDRESSED_PRECISION = 5 / 8.0;
    private static final double MODALITY = 6 / 7.0;
    private static final double DESIGN = 7 / 7.0;
    private static final double PHASE = 7 / 7.0;
    private static final double WARNING = 7 / 7.0;
    private static final double CART_SPECIFIC_SET_ASIDE = 420 / 420.0;

    private static KeyEvaluation evaluation;

    private static synchronized KeyEvaluation evaluation() {
        if (evaluation == null) evaluation = new KeyEvaluation(Samples.service(), ProfileRequest.INFER);
        return evaluation;
    }

    /** ZUMA-7's ten top gaps judged real (src/test/resources/eval/top-gaps/zuma7-top-gaps.json); unjudged: not real. */
    private static final int ZUMA_REAL_TOP_GAPS = 6;

    @Test
    void zumaSevenTopGapsJudgedRealStayAboveTheirFloor() throws Exception {
        JsonNode judged = new ObjectMapper().readTree(KEYS.resolveSibling("top-gaps/zuma7-top-gaps.json").toFile());
        Map<String, Long> verdicts = KeyFloors.topGapVerdicts(evaluation().checklist(Samples.zuma()),
                judged.path("verdicts"));
        assertTrue(verdicts.getOrDefault("real", 0L) >= ZUMA_REAL_TOP_GAPS, "ZUMA-7 top gaps judged " + verdicts);
    }

    @Test
    void zumaSevenStatusesStayAboveTheirFloors() {
        Path zuma = Samples.zuma();
        List<StatusKey> keys = List.of(StatusKey.read(KEYS.resolve("zuma7-audit.json")),
                StatusKey.read(KEYS.resolve("zuma7-heldout.json")),
                StatusKey.read(KEYS.resolve("zuma7-heldout2.json")),
                StatusKey.read(KEYS.resolve("zuma7-heldout3.json")),
                StatusKey.read(KEYS.resolve("zuma7-addressed-own.json")));
        List<StatusScore> scores = evaluation().status(zuma, keys);
        assertEquals(List.of("audit", "heldout", "heldout2", "heldout3", "addressed-own", "all"),
                scores.stream().map(StatusScore::set).toList());
        StatusScore audit = scores.get(0), heldout = scores.get(1), heldout2 = scores.get(2), heldout3 = scores.get(3);
        StatusScore own = scores.get(4);
        String report = scores.stream().map(s -> s.set() + ": accuracy " + s.accuracy() + ", addressed precision "
                + s.addressedPrecision() + ", missing precision " + s.missingPrecision() + ", missing recall "
                + s.missingRecall()).collect(Collectors.joining("\n"));
        System.out.println("ZUMA-7 status keys\n" + report);
        assertAll(floor("audit accuracy", audit.accuracy(), AUDIT_ACCURACY, report),
                floor("audit addressed precision", audit.addressedPrecision(), AUDIT_ADDRESSED_PRECISION, report),
                floor("audit missing precision", audit.missingPrecision(), AUDIT_MISSING_PRECISION, report),
                floor("audit missing recall", audit.missingRecall(), AUDIT_MISSING_RECALL, report),
                floor("held-out accuracy", heldout.accuracy(), HELDOUT_ACCURACY, report),
                floor("held-out addressed precision", heldout.addressedPrecision(), HELDOUT_ADDRESSED_PRECISION,
                        report),
                floor("held-out missing recall", heldout.missingRecall(), HELDOUT_MISSING_RECALL, report),
                floor("second held-out accuracy", heldout2.accuracy(), HELDOUT2_ACCURACY, report),
                floor("second held-out addressed precision", heldout2.addressedPrecision(),
                        HELDOUT2_ADDRESSED_PRECISION, report),
                floor("third held-out accuracy", heldout3.accuracy(), HELDOUT3_ACCURACY, report),
                floor("third held-out addressed precision", heldout3.addressedPrecision(),
                        HELDOUT3_ADDRESSED_PRECISION, report),
                floor("addressed-own accuracy", own.accuracy(), ADDRESSED_OWN_ACCURACY, report),
                floor("addressed-own addressed precision", own.addressedPrecision(), ADDRESSED_OWN_ADDRESSED_PRECISION,
                        report));
    }

    @Test
    void otherProtocolsHeldOutStatusesStayAboveTheirFloors() {
        Path mm3 = Samples.shared("real-docs/protocols/NCT04649359_MagnetisMM-3_elranatamab_protocol_amendment10.pdf");
        Path combi = Samples.shared(
                "real-docs/protocols/NCT02967692_COMBI-i_spartalizumab-dabrafenib-trametinib_protocol_v07.pdf");
        Path k181 = Samples.shared("real-docs/protocols/NCT02564263_KEYNOTE-181_pembrolizumab_protocol_amendment06.pdf");
        Path pod = Samples.shared("real-docs/protocols/NCT04205812_POD1UM-304_retifanlimab_protocol_amendment3.pdf");
        StatusScore m = score(mm3, "magnetismm3-heldout6.json");
        StatusScore c = score(combi, "combi-i-heldout6.json");
        StatusScore k = score(k181, "keynote181-heldout7.json");
        StatusScore p = score(pod, "pod1um304-heldout7.json");
        String report = Stream.of(m, c, k, p).map(s -> s.set() + ": accuracy " + s.accuracy()
                + ", addressed precision " + s.addressedPrecision()).collect(Collectors.joining("\n"));
        System.out.println("Other protocols' held-out keys\n" + report);
        assertAll(floor("MagnetisMM-3 accuracy", m.accuracy(), MM3_HELDOUT6_ACCURACY, report),
                floor("MagnetisMM-3 addressed precision", m.addressedPrecision(), MM3_HELDOUT6_ADDRESSED_PRECISION,
                        report),
                floor("COMBI-i accuracy", c.accuracy(), COMBI_HELDOUT6_ACCURACY, report),
                floor("COMBI-i addressed precision", c.addressedPrecision(), COMBI_HELDOUT6_ADDRESSED_PRECISION,
                        report),
                floor("KEYNOTE-181 accuracy", k.accuracy(), K181_HELDOUT7_ACCURACY, report),
                floor("KEYNOTE-181 addressed precision", k.addressedPrecision(), K181_HELDOUT7_ADDRESSED_PRECISION,
                        report),
                floor("POD1UM-304 accuracy", p.accuracy(), POD_HELDOUT7_ACCURACY, report),
                floor("POD1UM-304 addressed precision", p.addressedPrecision(), POD_HELDOUT7_ADDRESSED_PRECISION,
                        report));
    }

    private static StatusScore score(Path protocol, String key) {
        return KeyFloors.score(evaluation(), protocol, KEYS.resolve(key));
    }

    @Test
    void realProtocolProfilesStayAboveTheirFloors() {
        ProfileKey key = ProfileKey.read(KEYS.resolve("protocol-profiles.json"));
        key.protocols().forEach(p -> Samples.shared(p.file()));
        CartKey cart = CartKey.read(KEYS.resolve("cart-specific.json"));
        ProfileScore s = evaluation().profiles(TestCorpus.shared(), key, cart);
        String report = s.protocols().stream().map(l -> l.name() + ": modality " + l.modalityReported()
                + (l.modalityRight() ? "" : " (key " + l.modality() + ")") + ", randomized " + l.randomizedReported()
                + ", single-arm " + l.singleArmReported() + (l.designRight() ? "" : " (wrong)") + ", warning "
                + l.warningPresent() + (l.warningRight() ? "" : " (wrong)") + ", CAR-T-specific set aside "
                + l.cartSpecificSetAside() + ", class-shared kept " + l.classSharedKept())
                .collect(Collectors.joining("\n"));
        System.out.println("Real protocol profiles\n" + report);
        assertAll(floor("modality", s.modality(), MODALITY, report),
                floor("design", s.design(), DESIGN, report),
                floor("phase", s.phase(), PHASE, report),
                floor("not-cell-therapy warning", s.warning(), WARNING, report),
                floor("CAR-T-specific set aside", s.cartSpecificSetAside(), CART_SPECIFIC_SET_ASIDE, report));
    }

}
