package org.regatlas.checklist;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.regatlas.checklist.KeyFloors.floor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.regatlas.checklist.applicability.Modality;
import org.regatlas.checklist.applicability.Profile;
import org.regatlas.checklist.applicability.ProfileRequest;
import org.regatlas.checklist.applicability.ProfileResolver;
import org.regatlas.checklist.eval.KeyEvaluation;
import org.regatlas.checklist.eval.StatusScore;

/**
 * The checklist on six full-length Chinese CAR-T protocols of our own (synthetic, src/test/resources/checklist/zh),
 * each judged blind on 40 items (src/test/resources/eval/checklist-keys/zh-*.json). The MM phase 1 and LBCL phase 3
 * keys were read to write the Chinese-protocol rules; the B-ALL phase 2 and NHL phase 1/2 keys were judged after the
 * first of those rules and never opened; the T-ALL phase 1 (dev) and CLL phase 1/2 (held out) keys after the
 * last. Floors at the last measured figures; raise one in the commit that raises it.
 * Needs no ../shared.
 */
class ChineseProtocolKeysIT {
    private static final Path KEYS = Path.of("src/test/resources/eval/checklist-keys");
    private static final Path PROTOCOLS = Path.of("src/test/resources/checklist/zh");
    private static final Path TOP_GAPS = Path.of("src/test/resources/eval/top-gaps/zh-top-gaps.json");

    // dev: 25/40 and 23/40 before the Chinese-protocol rules; held out: 25/40 and 25/40 before them
    // MM's starting-dose sentence (7.2:10) went from addressed to partial with the MABEL term: both accepted
    private static final double MM_ACCURACY = 33 / 40.0;
    private static final double MM_ADDRESSED_PRECISION = 10 / 11.0;
    private static final double LBCL_ACCURACY = 29 / 40.0;
    private static final double LBCL_ADDRESSED_PRECISION = 8 / 10.0;
    // Kymriah's label sentences, binding only its holder, are not applicable on other products: B-ALL's "stay near
    // the centre 4 weeks", judged no obligation or addressed, falls; CLL's REMS sentence rises
    private static final double BALL_ACCURACY = 25 / 40.0;
    private static final double BALL_ADDRESSED_PRECISION = 12 / 20.0;
    private static final double NHL_ACCURACY = 25 / 40.0;
    private static final double NHL_ADDRESSED_PRECISION = 7 / 16.0;
    // written and judged later (drawn at 3a81cc2): the CD7 T-ALL phase 1 a dev set, the CLL phase 1/2 held out
    // 28/40 as judged; the target value read as confirmatory (its CI sentence not applicable to a phase 1), and
    // "4 weeks" met by "D28" (30/40), then that Kymriah label sentence not applicable (29/40)
    private static final double TALL_ACCURACY = 29 / 40.0;
    private static final double TALL_ADDRESSED_PRECISION = 15 / 15.0;
    private static final double CLL_ACCURACY = 26 / 40.0;
    private static final double CLL_ADDRESSED_PRECISION = 16 / 19.0;

    // the ten top gaps of each protocol judged real (src/test/resources/eval/top-gaps), of 30; an unjudged gap counts
    // as not real: judge the gaps a change brings into the top ten, as before
    private static final int DEV_REAL_TOP_GAPS = 11;        // 7 at 235bfe7, 10 before the efficacy-conclusion rule
    private static final int HELD_OUT_REAL_TOP_GAPS = 7;    // 5 at 235bfe7

    private static KeyEvaluation evaluation;

    private static synchronized KeyEvaluation evaluation() {
        if (evaluation == null) evaluation = new KeyEvaluation(Samples.service(), ProfileRequest.INFER);
        return evaluation;
    }

    @Test
    void topGapsJudgedRealStayAboveTheirFloors() throws Exception {
        JsonNode judged = new ObjectMapper().readTree(TOP_GAPS.toFile());
        StringBuilder report = new StringBuilder("Top gaps judged real\n");
        int dev = realTopGaps(judged, "dev", report);
        int heldOut = realTopGaps(judged, "heldOut", report);
        System.out.println(report);
        assertAll(() -> assertTrue(dev >= DEV_REAL_TOP_GAPS, report.toString()),
                () -> assertTrue(heldOut >= HELD_OUT_REAL_TOP_GAPS, report.toString()));
    }

    private static int realTopGaps(JsonNode judged, String group, StringBuilder report) {
        int real = 0;
        for (JsonNode name : judged.path(group)) {
            String n = name.asText();
            Map<String, Long> verdicts = KeyFloors.topGapVerdicts(evaluation().checklist(PROTOCOLS.resolve(n + ".md")),
                    judged.path("protocols").path(n));
            real += verdicts.getOrDefault("real", 0L).intValue();
            report.append(n).append(' ').append(verdicts).append('\n');
        }
        return real;
    }

    @Test
    void statusesStayAboveTheirFloors() {
        KeyEvaluation evaluation = evaluation();
        StatusScore mm = score(evaluation, "zh-mm-phase1");
        StatusScore lbcl = score(evaluation, "zh-lbcl-phase3");
        StatusScore ball = score(evaluation, "zh-ball-phase2");
        StatusScore nhl = score(evaluation, "zh-nhl-phase12");
        StatusScore tall = score(evaluation, "zh-tall-phase1");
        StatusScore cll = score(evaluation, "zh-cll-phase12");
        String report = Stream.of(mm, lbcl, ball, nhl, tall, cll).map(s -> s.set() + ": accuracy " + s.accuracy()
                + ", addressed precision " + s.addressedPrecision()).collect(Collectors.joining("\n"));
        System.out.println("Chinese protocols' keys\n" + report);
        assertAll(floor("MM accuracy", mm.accuracy(), MM_ACCURACY, report),
                floor("MM addressed precision", mm.addressedPrecision(), MM_ADDRESSED_PRECISION, report),
                floor("LBCL accuracy", lbcl.accuracy(), LBCL_ACCURACY, report),
                floor("LBCL addressed precision", lbcl.addressedPrecision(), LBCL_ADDRESSED_PRECISION, report),
                floor("B-ALL accuracy", ball.accuracy(), BALL_ACCURACY, report),
                floor("B-ALL addressed precision", ball.addressedPrecision(), BALL_ADDRESSED_PRECISION, report),
                floor("NHL accuracy", nhl.accuracy(), NHL_ACCURACY, report),
                floor("NHL addressed precision", nhl.addressedPrecision(), NHL_ADDRESSED_PRECISION, report),
                floor("T-ALL accuracy", tall.accuracy(), TALL_ACCURACY, report),
                floor("T-ALL addressed precision", tall.addressedPrecision(), TALL_ADDRESSED_PRECISION, report),
                floor("CLL accuracy", cll.accuracy(), CLL_ACCURACY, report),
                floor("CLL addressed precision", cll.addressedPrecision(), CLL_ADDRESSED_PRECISION, report));
    }

    /** Each protocol's phase, design, indication and line, as its title and synopsis give them. */
    @Test
    void profilesAreReadFromTheChineseText() throws Exception {
        assertProfile("zh-mm-phase1", List.of("phase-1", "single-arm", "dose-finding"), "mm", "relapsed-refractory");
        assertProfile("zh-lbcl-phase3", List.of("phase-3", "randomized", "confirmatory"), "lbcl", "earlier-line");
        assertProfile("zh-ball-phase2", List.of("phase-2", "single-arm"), "b-all", "relapsed-refractory");
        assertProfile("zh-nhl-phase12", List.of("phase-1", "phase-2", "single-arm"), "b-nhl", "relapsed-refractory");
        assertProfile("zh-tall-phase1", List.of("phase-1", "single-arm", "dose-finding"), "t-all",
                "relapsed-refractory");
        assertProfile("zh-cll-phase12", List.of("phase-1", "phase-2", "single-arm", "dose-finding"), "cll",
                "relapsed-refractory");
    }

    private static void assertProfile(String name, List<String> design, String indication, String line)
            throws Exception {
        Profile p = ProfileResolver.resolve(ProfileRequest.INFER, Samples.read(PROTOCOLS.resolve(name + ".md")));
        assertTrue(p.get("design").containsAll(design), name + " " + p.get("design"));
        assertTrue(p.get("indication").contains(indication), name + " " + p.get("indication"));
        assertTrue(p.get("line").contains(line), name + " " + p.get("line"));
        assertEquals(List.of("car-t"), p.modality().stream().map(Modality::wireName).toList(), name);
    }

    private static StatusScore score(KeyEvaluation evaluation, String name) {
        return KeyFloors.score(evaluation, PROTOCOLS.resolve(name + ".md"), KEYS.resolve(name + ".json"));
    }
}
