package org.regatlas.checklist.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestCorpus;
import org.regatlas.model.Strength;

class ElementExtractorTest {
    private static final ConceptVocabulary VOCABULARY = ConceptVocabulary.of(TestCorpus.parsed().taxonomy(), TestCorpus.parsed().glossary());
    private static final ElementExtractor EXTRACTOR = new ElementExtractor(VOCABULARY);

    @Test
    void washoutRuleAnchorsOnTheWashoutAndKeepsItsSubjectInTheSameDuty() {
        Elements e = EXTRACTOR.extract("因此，桥接治疗与白细胞单采和淋巴细胞清除预处理之间，有必要设置合理的洗脱期，并在受试者接受清淋预处理前再次评估肿瘤基线情况。",
                Strength.MUST);
        assertEquals("washout", e.primary());
        assertTrue(e.groups().get(0).singles().containsAll(List.of("bridging", "washout", "apheresis", "lymphodepletion")),
                e.groups().get(0).toString());
        assertTrue(e.groups().get(1).concepts().containsAll(List.of("x:reassessment", "x:baseline")), e.groups().get(1).toString());
    }

    @Test
    void listedRisksMayBeStatedOneByOneAndRationaleIsContext() {
        Elements e = EXTRACTOR.extract("由于 CAR-T 细胞治疗可能引起 CRS、ICANS、感染等严重不良事件，治疗相关的安全性风险较高，观察 NRM 对于综合评估其临床获益尤为重要。",
                Strength.INFO);
        assertEquals("nrm", e.primary());
        assertTrue(e.context().containsAll(List.of("crs", "icans")), e.context().toString());
        Elements list = EXTRACTOR.extract("CAR-T 细胞治疗可能导致 CRS、ICANS、肿瘤溶解综合征（Tumor Lysis Syndrome, TLS）等不良反应。", Strength.INFO);
        assertTrue(list.groups().get(0).enumerations().stream().anyMatch(l -> l.containsAll(List.of("crs", "icans", "tls"))),
                list.groups().toString());
    }

    @Test
    void aPartOfATopicNamedByItsOwnTermIsRequiredNotTheTopicAlone() {
        // 共识 inside the grading term: consensus grading, which a passage on any grading scale does not state
        Elements grading = EXTRACTOR.extract("宜采用标准化的共识分级标准对CRS和神经毒性进行分级", Strength.SHOULD);
        assertTrue(grading.required().containsAll(List.of("toxicity-grading", "x:consensus")), grading.toString());
        // Cmax and tmax are kinetic parameters; levels of CAR-T cells over time are kinetics, not its parameters
        Elements kinetics = EXTRACTOR.extract("宜计算 Cmax、tmax 等细胞动力学参数。", Strength.SHOULD);
        assertTrue(kinetics.required().contains("x:kinetic-parameters"), kinetics.toString());
        // a manufacturing delay is not manufacturing: the broad topic is not offered as an alternative to it
        Elements delay = EXTRACTOR.extract("方案宜预先考虑受试者的CAR-T产品可能出现生产延迟或不符合放行标准的情形", Strength.SHOULD);
        assertTrue(delay.required().contains("x:manufacturing-failure"), delay.toString());
        assertFalse(delay.required().contains("manufacturing"), delay.toString());
    }

    @Test
    void conceptsJoinedByOrAreAlternatives() {
        Elements e = EXTRACTOR.extract("因此，申办方可能将 PFS 或EFS 等作为观察临床获益的主要疗效终点。", Strength.MAY);
        Elements.Group g = e.groups().get(0);
        assertEquals(List.of(List.of("pfs", "efs")), g.alternatives(), g.toString());
        assertTrue(g.singles().contains("primary-endpoint"), g.toString());
        assertEquals(List.of("pfs", "efs"), g.alternativesTo("efs"));
        Elements ages = EXTRACTOR.extract("申办方可设计试验方案，在儿童/青少年或成人受试者中分别开展临床试验。", Strength.MAY);
        assertTrue(ages.groups().stream().anyMatch(x -> x.alternatives().stream()
                .anyMatch(l -> l.containsAll(List.of("pediatric", "age")))),
                ages.groups().toString());
    }

    @Test
    void clausesBeforeAnActorLedDutyAreItsReasonUnlessItPointsBackAtThem() {
        Elements e = EXTRACTOR.extract("儿童与成人患者在治疗方案以及临床预后等方面存在一定差异，申办方可基于不同年龄患者的特点设计试验方案。",
                Strength.MAY);
        assertTrue(e.context().contains("pediatric"), e.toString());
        assertTrue(e.required().contains("age"), e.toString());
        Elements back = EXTRACTOR.extract("国际学术组织明确了缓解评价标准，如基于 Lugano 2014 标准评价淋巴瘤的治疗效果，申办方可能基于上述标准评估缓解情况。",
                Strength.MAY);
        assertTrue(back.required().contains("response-criteria"), back.toString());
    }

    @Test
    void examplesInBracketsHelpFindThePassageButAreNotRequired() {
        Elements e = EXTRACTOR.extract("受试者应进行长期随访（如继发恶性肿瘤、迟发不良事件）。", Strength.MUST);
        assertFalse(e.required().contains("secondary-malignancy"), e.toString());
        assertTrue(e.context().contains("secondary-malignancy"), e.toString());
        assertEquals("ltfu", e.primary());
        // a sentence naming nothing but its examples is checked for them
        Elements only = EXTRACTOR.extract("应关注（如继发恶性肿瘤）。", Strength.MUST);
        assertTrue(only.required().contains("secondary-malignancy"), only.toString());
    }

    @Test
    void theVerbOfAnEventConditionIsNoPartButWhatItNamesIs() {
        Elements e = EXTRACTOR.extract("治疗后如诊断新发恶性肿瘤，主治医生宜联系产品生产商进行报告。", Strength.SHOULD);
        assertFalse(e.required().contains("x:diagnosis"), e.toString());
        assertTrue(e.required().contains("secondary-malignancy"), e.toString());
        assertTrue(EXTRACTOR.extract("应明确继发恶性肿瘤的诊断标准。", Strength.MUST).required().contains("x:diagnosis"));
    }

    @Test
    void objectOfTheModalVerbIsThePrimaryConcept() {
        Elements e = EXTRACTOR.extract("此外，为使受试者参加临床试验的获益最大化，对照组受试者出现疾病进展后也可考虑给予 CAR-T 细胞治疗。", Strength.MAY);
        assertEquals("crossover", e.primary());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        参加临床试验前应至少接受过两种酪氨酸激酶抑制剂治疗 | 2 (number of agents/kinds)
        强调长期监测（如 15年随访）以评估迟发风险       | 15 years
        首次缓解后 12 个月内复发                        | 12 months
        所有患者均应接受终身监测                        | lifelong
        patients should be followed for 15 years        | 15 years
        """)
    void quantitiesAreReadInBothLanguages(String text, String label) {
        assertEquals(List.of(label), Quantity.in(text).stream().map(Quantity::label).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        at least two tyrosine kinase inhibitors       | true
        at least one tyrosine kinase inhibitor        | false
        CNS-2 disease and TKIs for Ph+ disease        | false
        """)
    void aCountOfAgentsMustBeWrittenAsACount(String text, boolean stated) {
        assertEquals(stated, Quantity.in("至少两种").get(0).statedIn(text));
    }

    /** Weeks and days are one another's units; a count of days is also stated by the day it ends on. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
        at least 4 weeks after infusion      | 受试者须在治疗中心2小时车程内居住至D28       | true
        at least 4 weeks after infusion      | stay near the treatment centre for 28 days | true
        at least 4 weeks after infusion      | stay near the centre for 4 weeks           | true
        at least 4 weeks after infusion      | 回输后需留院观察至少14天                     | false
        within 14 days                       | 2周内完成                                    | true
        within 14 days                       | 第14天进行疗效评估                           | true
        within 14 days                       | within 14 weeks                              | false
        within 10 days                       | D100 评估                                    | false
        """)
    void weeksAndDaysStateOneAnother(String obligation, String text, boolean stated) {
        assertEquals(stated, Quantity.in(obligation).get(0).statedIn(text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # sentence | strength | primary | required (all) | not required
        如果观察到继发性T细胞肿瘤，建议对受试者T细胞进行分子遗传学分析。 | SHOULD | x:molecular-analysis | x:molecular-analysis | -
        受试者可能交叉接受其他后续治疗，这些因素可能使总生存期难以观察，因此，申办方可以将无事件生存作为主要疗效终点。 | MAY | efs | efs | os crossover
        如果个体水平检测提示相关，或者在群体水平观察到继发肿瘤风险升高，申办方应在说明书中强化风险提示。 | MUST | labeling | labeling | secondary-malignancy
        说明书要求患者回输后至少4周留在治疗中心附近。 | MUST | - | infusion | labeling
        应在说明书中写明细胞因子释放综合征的风险。 | SHOULD | labeling | labeling crs | -
        宜分析细胞扩增与疗效之间的关系。 | SHOULD | cellular-kinetics | cellular-kinetics exposure-response | -
        须检测抗药抗体及细胞免疫反应。 | MUST | immunogenicity | immunogenicity x:cell-mediated-immunity | -
        在复发或难治患者中证明临床获益后，可以在更前线患者中开展临床试验。 | MAY | earlier-line | earlier-line | rr-definition
        免疫原性评估须采用配体结合实验或基于细胞的功能试验检测抗药抗体。 | MUST | immunogenicity | immunogenicity | -
        """)
    void conditionsReasonsAndSourcesAreNotWhatTheDutyAsks(String sentence, Strength strength, String primary,
                                                          String required, String notRequired) {
        Elements e = EXTRACTOR.extract(sentence, strength);
        assertEquals(primary.equals("-") ? null : primary, e.primary(), e.toString());
        assertTrue(e.required().containsAll(List.of(required.split(" "))), e.toString());
        if (!notRequired.equals("-")) {
            for (String c : notRequired.split(" ")) assertTrue(!e.required().contains(c), c + " in " + e);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        # a condition on what the trial does is a trigger; one on what befalls a subject is not
        如果采用替代终点作为主要疗效终点，应说明其与临床获益的关系。   | surrogate-endpoint | true
        如果观察到继发性T细胞肿瘤，建议进行分子遗传学分析。          | secondary-malignancy | false
        """)
    void designConditionsAreTriggersAndEventsAreNot(String sentence, String concept, boolean trigger) {
        assertEquals(trigger, EXTRACTOR.extract(sentence, Strength.SHOULD).triggers().contains(concept));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        治疗后如诊断新发恶性肿瘤，主治医生宜联系产品生产商进行报告            | manufacturing      | false
        产品生产过程中的关键步骤应受控                                        | manufacturing      | true
        Carboplatin area under the curve (AUC) 5 on day 2                    | cellular-kinetics  | false
        Carboplatin AUC 5 on day 2                                           | cellular-kinetics  | false
        the area under the curve of CAR T-cell levels over the first 28 days | cellular-kinetics  | true
        申办方应设置独立评审委员会对相关疗效终点进行评估或验证               | x:validation       | false
        MRD检测方法应经过方法学验证                                          | x:validation       | true
        受试者宜在暴露后观察15年                                              | ltfu               | true
        the long-term persistence of neutralizing antibody should be studied | cellular-kinetics  | false
        the long-term persistence of neutralizing antibody should be studied | immunogenicity     | true
        expansion and persistence of CAR T cells in blood                    | cellular-kinetics  | true
        an immune response against the tumor is a promising approach        | immunogenicity     | false
        the immune response to the product will be characterized             | immunogenicity     | true
        dosing can be modified based on clinical experience with the product | investigator-training | false
        sites chosen for their clinical experience in CAR-T administration   | investigator-training | true
        Cmax and tmax of CAR T-cell levels will be derived                   | x:kinetic-parameters | true
        blood draws for levels of CAR T cells by qPCR                        | x:kinetic-parameters | false
        if the product cannot be manufactured, the subject may receive SOC   | x:manufacturing-failure | true
        if the infusion is delayed more than 2 weeks, repeat conditioning    | x:manufacturing-failure | false
        剩余样本在受试者另行同意的前提下，可保存至研究结束后5年                | x:sample-banking   | true
        Banking of serum samples for future testing is advisable              | x:sample-banking   | true
        the investigational product will be stored at or below -150 °C       | x:sample-banking   | false
        本研究为多中心临床试验                                                | x:single-site      | false
        FIH trials should preferably be conducted at a single site           | x:single-site      | true
        剂量选择应考虑靶抗原表达和个体差异                                    | x:target-expression | true
        剂量选择应考虑靶抗原表达和个体差异                                    | x:inter-patient-variability | true
        inter-patient variability in expansion                               | x:inter-patient-variability | true
        抗药抗体采用配体结合实验检测                                          | x:assay-format     | true
        anti-CAR antibodies will be measured by a validated ELISA            | x:assay-format     | true
        response is not determined by flow cytometric studies                | x:assay-format     | false
        参研中心须具备：经备案的药物临床试验机构资质；具备ICU支持              | x:site-qualification | true
        国内约25家具有血液肿瘤诊治及细胞治疗资质的研究中心                    | x:site-qualification | true
        研究中心将收集受试者的血液样本                                        | x:site-qualification | false
        follow-up continues even if the company stops operating              | x:sponsor-continuity | true
        if the IND is withdrawn, subjects are still followed                 | x:sponsor-continuity | true
        subjects who stop treatment are followed for 15 years                | x:sponsor-continuity | false
        在随访过程中持续监测克隆形成和继发肿瘤风险                            | x:clonal-expansion | true
        骨髓免疫组化未见克隆性浆细胞                                          | x:clonal-expansion | false
        理论上存在插入突变导致继发恶性肿瘤的风险                              | x:clonal-expansion | false
        tumour tissue is sent for integration site analysis                  | x:molecular-analysis | true
        起始剂量基于最低预期生物效应水平（MABEL）确定                          | x:mabel            | true
        the starting dose is one tenth of the NOAEL in the most sensitive species | x:noael          | true
        the pharmacologically active dose in mice was 1e6 cells              | x:pad              | true
        the drug pad was changed                                             | x:pad              | false
        床旁须备有抢救药物及设备，且研究中心须确保至少可获得2剂托珠单抗          | x:rescue-availability | true
        研究中心应备有托珠单抗至少2剂                                          | x:rescue-availability | true
        如托珠单抗1～2剂后无改善，加用地塞米松                                  | x:rescue-availability | false
        疗效评估由各研究中心研究者进行，本研究不设独立评审委员会。              | irc                | false
        疗效由独立评审委员会评估                                              | irc                | true
        there will be no independent review committee                        | irc                | false
        an independent review committee will not be convened                 | irc                | false
        responses are confirmed by an independent review committee           | irc                | true
        无需要静脉治疗的活动性感染                                            | infection          | true
        """)
    void termsAreReadInTheirSense(String text, String concept, boolean stated) {
        assertEquals(stated, VOCABULARY.statedIds(text).contains(concept), VOCABULARY.statedIds(text).toString());
    }
}
