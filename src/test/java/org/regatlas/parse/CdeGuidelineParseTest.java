package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;
import org.regatlas.model.Strength;

/** Facts about the parse of the real CDE 2024 CAR-T guideline (corpus/documents/cde-2024-cart-heme). */
class CdeGuidelineParseTest {
    private static ParsedDocument cde() {
        return TestCorpus.parsed().document("cde-2024-cart-heme").orElseThrow();
    }

    @Test
    void treeHasTheGuidelinesThreePartsAndTheirSubsections() {
        Section root = cde().root();
        assertEquals(List.of("一、概述", "二、临床试验设计中的考虑", "三、安全性监测和风险管理"),
                root.children().stream().map(Section::heading).toList());
        Map<String, String> titles = new java.util.HashMap<>();
        root.flatten().forEach(s -> { if (s.path() != null) titles.put(s.path(), s.title()); });
        assertAll(
                () -> assertEquals("前言", titles.get("一.（一）")),
                () -> assertEquals("目的和适用范围", titles.get("一.（二）")),
                () -> assertEquals("受试者既往治疗", titles.get("二.（一）.2")),
                () -> assertEquals("更前线患者中的临床试验", titles.get("二.（二）.2")),
                () -> assertEquals("桥接治疗", titles.get("二.（三）")),
                () -> assertEquals("微小残留病", titles.get("二.（四）.2")),
                () -> assertEquals("其他终点", titles.get("二.（四）.4")),
                () -> assertEquals(17, titles.size()));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        二.（三）:3     | MUST   | 因此，桥接治疗与白细胞单采和淋巴细胞清除预处理之间，有必要设置合理的洗脱期，并在受试者接受清淋预处理前再次评估肿瘤基线情况。
        二.（二）.2:3   | MUST   | 对照组 SOC 选择应符合临床诊疗指南中的相应推荐。
        二.（一）.2:7   | MUST   | 对于费城染色体阳性（Ph+）的受试者，参加临床试验前应至少接受过两种酪氨酸激酶抑制剂（Tyrosine kinase inhibitors, TKI）治疗。
        二.（一）.2:12  | SHOULD | 由于 CAR-T 细胞治疗的安全性风险较高，建议在接受过包含 PI 和 IMiD 的三线或以上系统性治疗后复发或难治性患者中开展临床试验。
        二.（四）.3:3   | SHOULD | 申办方在不符合移植条件的血液淋巴系统恶性肿瘤患者中比较 CAR-T 细胞治疗与标准免疫化疗方案的临床疗效时，如果观察生存获益需要的时间较长或者后续治疗对生存获益有较大影响，推荐将 PFS 作为临床试验的主要疗效终点。
        二.（四）.3:9   | MUST   | 此外，CAR-T 细胞产品的临床试验通常很难对研究者和受试者设盲，为了降低研究者评估疗效时的偏倚，申办方应设置独立评审委员会（Independent Review Committee, IRC）或中心实验室对相关疗效终点进行评估或验证，以保证疗效评估结果的客观性和准确性。
        二.（四）.2:6   | SHOULD | 因此，申办方提供相关支持性研究结果时，建议同时提供 MRD 检测计划的完整信息和方法学验证数据。
        二.（四）.2:1   | INFO   | 长期持续缓解是 CAR-T 细胞治疗的目标。
        二.（二）.2:8  | MAY    | 此外，为使受试者参加临床试验的获益最大化，对照组受试者出现疾病进展后也可考虑给予 CAR-T 细胞治疗。
        三:8            | SHOULD | 建议申办方选择有 CAR-T 细胞治疗相关不良事件诊断和处置能力的医疗机构和研究者开展临床试验。
        三:10           | MUST   | 申办方应高度重视 CAR-T 细胞治疗可能导致的继发肿瘤风险，在临床试验的随访过程中持续监测克隆形成和继发肿瘤风险。
        二.（一）.1:2   | SHOULD | 针对儿童/青少年人群的 CAR-T 细胞产品，通常在临床试验开始前，获得成人受试者的初步安全性和耐受性数据。
        一.（二）:3     | INFO   | 本指导原则主要适用于利用患者自体细胞制备的 CAR-T细胞产品，也可适用于利用异体供者细胞制备的异体或通用型 CAR-T 细胞产品，或者其他类型的基因修饰淋巴细胞产品如 CAR 自然杀伤细胞（Chimeric antigen receptor -Natural Killer cells, CAR-NK ）或  T 细胞受体工程 T 细胞（Engineered T cell receptor-T cell, TCR-T）等。
        二.（一）.2:3   | SHOULD | 建议在方案中明确对受试者既往治疗的相关要求及依据，
        二.（一）.2:4   | MUST   | 临床试验中应对受试者既往接受的治疗过程进行充分评估。
        二.（四）:4     | MAY    | 申办方可能会根据受试人群的疾病特征和诊疗现状，选择合适的替代终点来预测受试者的临床获益。
        二.（四）:7     | INFO   | 本指导原则主要讨论在血液淋巴系统恶性肿瘤中评估 CAR-T 细胞治疗的临床疗效时，建议关注的内容。
        二.（一）.1:1   | MAY    | 血液淋巴系统恶性肿瘤可能发生在儿童至成年人的各年龄段，儿童与成人患者在免疫表型、治疗方案以及临床预后等方面存在一定差异，申办方可基于不同年龄患者的临床发病和治疗预后等方面的特点，设计科学合理的试验方案，在儿童/青少年或成人受试者中分别开展临床试验。
        """)
    void namedProvisionsHaveTheirExactTextAndStrength(String idTail, Strength strength, String text) {
        Provision p = TestCorpus.parsed().provision("cde-2024-cart-heme:" + idTail).orElseThrow();
        assertEquals(text, p.text());
        assertEquals(strength, p.strength());
    }

    @Test
    void yingSentencesAreMustAndJianyiSentencesShould() {
        for (Provision p : cde().provisions()) {
            String t = p.text();
            if ((t.startsWith("建议") || t.contains("，建议申办方")) && !t.contains("应")) {
                assertEquals(Strength.SHOULD, p.strength(), p.id());
            }
            if (t.contains("申办方应") && !t.contains("建议")) {
                assertEquals(Strength.MUST, p.strength(), p.id());
            }
        }
    }

    @Test
    void provisionsCarryActorsTopicsAndConditions() {
        Provision washout = TestCorpus.parsed().provision("cde-2024-cart-heme:二.（三）:3").orElseThrow();
        assertTrue(washout.topics().containsAll(List.of("bridging", "washout", "lymphodepletion")), washout.topics().toString());
        Provision mm = TestCorpus.parsed().provision("cde-2024-cart-heme:二.（一）.2:12").orElseThrow();
        assertEquals(List.of("mm"), mm.conditions().get("indication"), "the MM bullet's indication carries over");
        Provision irc = TestCorpus.parsed().provision("cde-2024-cart-heme:二.（四）.3:9").orElseThrow();
        assertTrue(irc.actors().containsAll(List.of("sponsor", "investigator")));
        assertTrue(irc.topics().contains("irc"), irc.topics().toString());
        Provision earlier = TestCorpus.parsed().provision("cde-2024-cart-heme:二.（二）.2:3").orElseThrow();
        assertTrue(earlier.conditions().get("line").contains("earlier-line"), "heading conditions apply to the section");
    }
}
