package org.regatlas.checklist.obligation;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
