package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Which agency, jurisdiction or document a query names. */
class NamedSourcesTest {
    private static final Map<String, Set<String>> HELD = Map.of(
            "agency", Set.of("FDA", "EMA", "CDE", "ICH"), "jurisdiction", Set.of("CN", "US", "EU", "INTL"));
    private static final NamedSources SOURCES = new NamedSources((dim, v) -> HELD.getOrDefault(dim, Set.of()).contains(v),
            Set.of("ich-s8", "ich-s6r1", "ich-s6r1-official", "fda-2020-rcr-testing"));

    private static List<String> named(String query) {
        return SOURCES.find(query).stream().map(n -> n.dimension() + ":" + n.value()).toList();
    }

    @Test
    void findsAgenciesAndJurisdictionsInEitherLanguage() {
        assertEquals(List.of("agency:FDA"), named("FDA black box warning for T-cell lymphoma"));
        assertEquals(List.of("jurisdiction:EU"), named("欧盟 先进治疗药品 临床试验申请"));
        assertEquals(List.of("jurisdiction:CN"), named("国家药监局 CAR-T 按药品注册"));
        assertEquals(List.of("agency:CDE"), named("与药审中心沟通交流"));
        assertEquals(List.of("agency:EMA", "jurisdiction:US"), named("EMA and US rules"));
    }

    @Test
    void theLongestNameWinsAndLatinNamesMatchWholeWordsAsWritten() {
        assertEquals(List.of("agency:FDA"), named("美国食品药品监督管理局 长期随访"));
        assertTrue(named("a cat, focus on the US").contains("jurisdiction:US"));
        assertEquals(List.of("jurisdiction:US"), named("a cat, focus on the US"));   // "cat" is not CAT (EMA)
        assertEquals(List.of(), named("FDAs use status"));
    }

    @Test
    void anIchCodeNamesItsDocumentsAndAnAgencyNotHeldIsNotNamed() {
        assertEquals(List.of("doc:ich-s8"), named("ICH S8 免疫毒性的定义"));
        assertEquals(List.of("doc:ich-s6r1", "doc:ich-s6r1-official"), named("ICH S6 carcinogenicity"));
        assertEquals(List.of("doc:ich-s6r1", "doc:ich-s6r1-official"), named("ICH S6(R1) species"));
        assertEquals(List.of("agency:ICH"), named("ICH E11 paediatric"));
        assertEquals(List.of(), named("PMDA consultation"));
    }

    @Test
    void requirementQuestionsAreRecognised() {
        assertTrue(Intent.asksRequirement("when are RCR tests required"));
        assertTrue(Intent.asksRequirement("是否需要提交IND"));
        assertEquals(false, Intent.asksRequirement("细胞因子释放综合征如何分级"));
    }
}
