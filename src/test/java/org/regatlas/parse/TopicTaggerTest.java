package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;
import org.regatlas.model.Strength;

class TopicTaggerTest {
    private static final TopicTagger TAGGER = new TopicTagger(TestCorpus.loaded().taxonomy());

    /** Each row: text | topics it must carry (space-separated) | topics it must not carry. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        并严格管理 CRS和 ICANS等不良反应。                     | crs icans       | -
        IL-6的水平与 CRS 严重程度相关。                       | cytokines crs   | -
        SPM的发生率为 2.3%。                                  | secondary-malignancy | -
        提交IND申请前应完成毒理研究。                         | ind             | -
        dose escalation was slow.                             | -               | os
        申办方可以将预定随访时间点的疗效评估结果作为主要终点。 | primary-endpoint | ltfu
        主要疗效指标的 95%可信区间下限建议参考现有治疗设定。   | statistics      | -
        本指导原则主要适用于自体 CAR-T 细胞产品。              | scope           | -
        第三方平台提供者应当及时制止违法行为。                 | -               | donor-eligibility
        应当尊重资源提供者的隐私权，取得其事先知情同意。        | gcp             | donor-eligibility
        异体供者细胞制备的产品。                               | donor-eligibility | -
        对特定地区人类遗传资源实行申报登记制度。               | -               | registry
        依照规定办理变更登记手续。                             | -               | registry
        开展前瞻性登记研究。                                   | registry        | -
        The IV route is least likely to elicit an immune response. | immunogenicity | -
        Antibody responses in animals are variable.            | immunogenicity  | -
        """)
    void tagsTopicsIncludingAbbreviationsTouchingChinese(String text, String must, String mustNot) {
        List<String> got = TAGGER.tag(text);
        for (String t : words(must)) assertTrue(got.contains(t), t + " missing in " + got);
        for (String t : words(mustNot)) assertFalse(got.contains(t), t + " wrongly in " + got);
    }

    private static List<String> words(String s) {
        return s.strip().equals("-") ? List.of() : Arrays.asList(s.strip().split("\\s+"));
    }

    @Test
    void aSentenceWithTopicsOfItsOwnDoesNotTakeItsHeadingsTopics() {
        // 二.（二）.1 is headed 复发或难治性疾病患者中的临床试验; its CRS sentence is not about R/R definitions.
        Provision crs = TestCorpus.parsed().document("cde-2024-cart-heme").orElseThrow().provisions().stream()
                .filter(p -> p.text().startsWith("CAR-T 细胞治疗可能导致受试者出现 CRS")).findFirst().orElseThrow();
        assertEquals("二.（二）.1", crs.section().path());
        assertTrue(crs.topics().containsAll(List.of("crs", "icans")), crs.topics().toString());
        assertFalse(crs.topics().contains("rr-definition"), crs.topics().toString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        申办方应在临床试验的随访过程中持续监测克隆形成和继发肿瘤风险。 | MUST   | true
        申办方应开展更加严格的随访监测。                               | MUST   | true
        Sponsors should continue follow-up monitoring for 15 years.    | SHOULD | true
        申办方可以将预定随访时间点的疗效评估结果作为主要终点。         | MAY    | false
        医疗机构需要提供全面的患者教育和随访。                         | MUST   | false
        申办方应在后续随访中密切关注受试者出现的不良事件。             | MUST   | false
        随访监测数据显示继发肿瘤风险较低。                             | INFO   | false
        """)
    void followUpMonitoringObligationsAreLongTermFollowUp(String sentence, Strength strength, boolean ltfu) {
        assertEquals(ltfu, TopicRules.withFollowUp(sentence, strength, List.of()).contains("ltfu"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        b. Toxicology [21 CFR 312.23(a)(8)(ii)]:    | b. Toxicology :
        1. Pharmacology and Drug Distribution [21 CFR 312.23(a)(8)(i)]: | 1. Pharmacology and Drug Distribution :
        二、临床试验设计中的考虑                       | 二、临床试验设计中的考虑
        Annex [see Note 2]                          | Annex
        Tables [optional]                           | Tables [optional]
        """)
    void headingsLoseTheirBracketedReferencesBeforeTagging(String heading, String subject) {
        assertEquals(subject.strip(), TopicRules.headingSubject(heading).replaceAll("\\s+", " ").strip());
    }

    @Test
    void theGuidelinesFollowUpObligationsAreLongTermFollowUp() {
        long ltfuObligations = TestCorpus.parsed().document("cde-2024-cart-heme").orElseThrow().provisions().stream()
                .filter(p -> p.topics().contains("ltfu") && p.strength().isObligation()).count();
        assertTrue(ltfuObligations >= 2, "follow-up obligations tagged ltfu: " + ltfuObligations);
    }
}
