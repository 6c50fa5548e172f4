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
        Complete histopathology data from the non-rodent should be available within an additional 3 months. | - | species-selection
        For products not covered by this Guidance, other FDA guidance documents should be consulted. | scope | -
        Submission of a copy of the certificate of analysis of the clinical batch is also suggested. | release-testing | -
        The nonclinical safety studies should be adequate to characterise potential adverse effects. | toxicology | -
        Conventional approaches to toxicity testing may not be appropriate for biopharmaceuticals. | toxicology | -
        Instrumental learning calls for a training period, which would result in a post-natal duration of at least 9 months. | toxicology | investigator-training
        All clinical staff should be trained to identify those reactions. | investigator-training | -
        Careful dosing selection of an IMP is a vital element to safeguard the subjects. | dose-selection | -
        Serious toxicity should lead to a more cautious approach when setting doses. | dose-selection | -
        The early clinical development of human medicinal products has an intrinsic element of uncertainty. | early-phase | -
        This approach is not intended to support the determination of the maximum tolerated clinical dose. | dose-finding | -
        药品监督管理部门建立药品上市许可持有人、药物非临床安全性评价研究机构和医疗机构药品安全信用档案。 | - | toxicology
        被采集人属于未成年人的，还应当取得监护人书面同意。   | pediatric | age
        违反本法规定，造成人身、财产或者其他损害的，依法承担民事责任。 | - | age
        申办方可在成人受试者中开展临床试验。                 | age | -
        检查员应当熟悉药品法律法规，具备药品专业知识。         | - | legal-basis
        新闻媒体应当开展生物安全法律法规和生物安全知识公益宣传。 | - | legal-basis
        目前，国内外对于 CAR-T细胞治疗产品颁布相应的法律法规。   | legal-basis | -
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

    /** Each row: text | whether it takes legal-basis once a law cited as a pointer is set aside. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        未经批准，医疗机构擅自使用其他医疗机构配制的制剂的，依照《药品管理法》第八十条的规定给予处罚。 | false
        药品包装、标签、说明书必须依照《药品管理法》第五十四条和国务院药品监督管理部门的规定印制。 | false
        口岸所在地药品监督管理部门应当通知药品检验机构抽查检验；但是，有《药品管理法》第四十一条规定情形的除外。 | false
        药品监督管理部门设置的派出机构，有权作出《药品管理法》和本条例规定的警告、罚款的行政处罚。 | false
        根据《中华人民共和国药品管理法》(以下简称《药品管理法》)，制定本条例。 | true
        本指导原则旨在为按照《中华人民共和国药品管理法》等药品管理相关法律法规开展研发的申办方提供建议。 | true
        """)
    void aLawCitedAsWhereARuleSitsIsNoLegalBasis(String text, boolean legalBasis) {
        assertEquals(legalBasis, TopicRules.topics(TAGGER, text).contains("legal-basis"), TopicRules.topics(TAGGER, text).toString());
    }

    @Test
    void aPointersLawStillSaysWhatTheTextIsAbout() {
        List<String> got = TopicRules.topics(TAGGER, "《药品生产质量管理规范》认证证书的格式由国务院药品监督管理部门统一规定。");
        assertTrue(got.contains("manufacturing"), got.toString());
        got = TopicRules.topics(TAGGER, "药物临床试验机构必须依照《药物临床试验质量管理规范》的规定开展临床试验。");
        assertTrue(got.contains("gcp"), got.toString());
    }

    @Test
    void aSentenceTakesTheTopicsOfItsSectionsAncestorHeadings() {
        // under "7. EXPLORATORY CLINICAL TRIALS > 7.2 Single-Dose Trials at Sub-therapeutic Doses ...", naming nothing
        Provision p = TestCorpus.parsed().provision("ich-m3r2:7.2:4").orElseThrow();
        assertTrue(p.text().startsWith("Another example could be assessment of target engagement"), p.text());
        assertTrue(p.topics().contains("early-phase"), p.topics().toString());
        // "2. SPECIES SELECTION > 2.2 One or Two Species": the sub-heading names nothing, its parent does
        Provision twoNonRodents = TestCorpus.parsed().provision("ich-s6r1-official:II.2.2:4").orElseThrow();
        assertEquals("Studies in two non-rodent species are not appropriate.", twoNonRodents.text());
        assertTrue(twoNonRodents.topics().contains("species-selection"), twoNonRodents.topics().toString());
        // the nearest heading that names a topic: a sub-heading naming its own subject narrows its parent's
        assertEquals(List.of("species-selection"), TopicRules.trailTopics(TAGGER,
                List.of("PART I:", "3. PRECLINICAL SAFETY TESTING", "3.3 Animal Species/Model Selection")));
        assertEquals(List.of("early-phase"), TopicRules.trailTopics(TAGGER,
                List.of("7. EXPLORATORY CLINICAL TRIALS", "7.2 Single-Dose Trials at Sub-therapeutic Doses")));
        // a sentence naming a subject of its own does not take an ancestor's topics
        assertEquals(List.of("pk-pd"), TopicRules.withHeadingTopics(TAGGER, List.of("pk-pd"), List.of(),
                List.of("early-phase")));
    }

    @Test
    void theGuidelinesFollowUpObligationsAreLongTermFollowUp() {
        long ltfuObligations = TestCorpus.parsed().document("cde-2024-cart-heme").orElseThrow().provisions().stream()
                .filter(p -> p.topics().contains("ltfu") && p.strength().isObligation()).count();
        assertTrue(ltfuObligations >= 2, "follow-up obligations tagged ltfu: " + ltfuObligations);
    }
}
