package org.regatlas.checklist.applicability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.model.Jurisdiction;

class ProfileTest {
    @Test
    void singleArmBallProfileIsInferredFromTheTitleAndEligibility() throws Exception {
        Profile p = ProfileResolver.resolve(ProfileRequest.INFER, Samples.read(Samples.ball()));
        assertEquals(List.of("b-all"), p.get("indication"));
        assertEquals(List.of("adult"), p.get("population"));          // "Age 18 to 70 years", despite the paediatric plan
        assertTrue(p.get("design").contains("single-arm") && !p.get("design").contains("randomized"), p.get("design").toString());
        assertTrue(p.get("product").contains("autologous"));
        assertEquals(List.of("relapsed-refractory"), p.get("line"));
        assertTrue(p.inferred().containsAll(List.of("indication", "design", "population", "product", "line")));
        assertEquals(Set.of(Jurisdiction.CN, Jurisdiction.US, Jurisdiction.EU), p.jurisdictions());
        assertEquals(List.of("jurisdiction"), p.defaulted());
    }

    @Test
    void randomizedSecondLineLbclIsBothEarlierLineAndRelapsedRefractory() throws Exception {
        Profile p = ProfileResolver.resolve(ProfileRequest.INFER, Samples.read(Samples.lbcl()));
        assertTrue(p.get("indication").containsAll(List.of("lbcl", "b-nhl")), p.get("indication").toString());
        assertTrue(p.get("design").contains("randomized"));
        assertTrue(p.get("line").containsAll(List.of("earlier-line", "relapsed-refractory")), p.get("line").toString());
    }

    @Test
    void chineseTitleGivesIndicationAndDesign() throws Exception {
        Profile p = ProfileResolver.resolve(ProfileRequest.INFER, Samples.read(Samples.chineseFixture()));
        assertEquals(List.of("mm"), p.get("indication"));
        assertTrue(p.get("design").contains("single-arm"));
        assertEquals(List.of("adult"), p.get("population"));
    }

    @Test
    void aChinesePhaseThreeTitleIsConfirmatory() throws Exception {
        // "III期" says phase 3 but not, as "Phase III" does in English, that the trial is confirmatory
        Profile p = chinese("自体CAR-T细胞注射液对比标准治疗的随机、开放、多中心III期临床试验");
        assertTrue(p.get("design").containsAll(List.of("phase-3", "confirmatory")), p.get("design").toString());
    }

    @Test
    void relapseAfterFirstLineTherapyIsAnEarlierLineTrial() throws Exception {
        Profile p = chinese("CAR-T细胞注射液治疗一线免疫化疗后12个月内复发或原发难治的大B细胞淋巴瘤的III期临床试验");
        assertTrue(p.get("line").containsAll(List.of("earlier-line", "relapsed-refractory")), p.get("line").toString());
    }

    /** The inferred profile of a short Chinese protocol of this title. */
    private static Profile chinese(String title) throws Exception {
        Protocol zh = Samples.service().read("zh.md", org.regatlas.corpus.MarkdownReader.parse("# " + title
                + "\n\n## 1 研究设计\n\n本研究为随机对照临床试验。\n"));
        return ProfileResolver.resolve(ProfileRequest.INFER, zh);
    }

    @Test
    void givenValuesAreNormalizedAndNotReportedAsInferred() throws Exception {
        ProfileRequest r = new ProfileRequest("CN", "B-NHL (LBCL), second line", "randomized vs SOC", null, null, null);
        Profile p = ProfileResolver.resolve(r, Samples.read(Samples.ball()));
        assertEquals(Set.of(Jurisdiction.CN), p.jurisdictions());
        assertTrue(p.get("indication").containsAll(List.of("b-nhl", "lbcl")));
        assertEquals(List.of("randomized"), p.get("design"));
        assertTrue(!p.inferred().contains("indication") && p.inferred().contains("population"));
    }

    @Test
    void unknownValueIsRefusedWithTheKnownOnes() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> ProfileResolver.resolve(new ProfileRequest(null, "glioma", null, null, null, null), Samples.read(Samples.chineseFixture())));
        assertTrue(e.getMessage().contains("b-all"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> ProfileResolver.jurisdictions("CN,JP"));
    }
}
