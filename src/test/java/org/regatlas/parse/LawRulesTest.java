package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestCorpus;
import org.regatlas.model.Strength;

/** The rules behind the law layout, on small cases written for their edges. */
class LawRulesTest {
    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource({"一, 1", "十, 10", "十一, 11", "二十, 20", "九十八, 98", "一百, 100", "一百零三, 103", "一百一十, 110",
            "一百五十五, 155", "一千零五, 1005"})
    void readsChineseNumerals(String numeral, int value) {
        assertEquals(value, LawLayout.number(numeral));
    }

    @Test
    void recognisesALawButNotAGuidelineOrAReference() {
        assertTrue(LawLayout.recognises("中华人民共和国某法\n第一章 总则\n第一条 为了……。\n第二条 本法……。\n第三条 ……。"));
        assertFalse(LawLayout.recognises("第一条规定的申请……。\n第二条规定的……。\n第三条规定的……。"), "references, no space");
        assertFalse(LawLayout.recognises("第五条 ……。\n第六条 ……。\n第七条 ……。"), "an excerpt does not start at 第一条");
        assertFalse(LawLayout.recognises(TestCorpus.parsed().document("cde-2024-cart-heme").orElseThrow().text()));
        assertEquals(LawLayout.Unit.SECTION, LawLayout.heading("第二节　临床试验").orElseThrow().unit());
        assertEquals("第十五条", LawLayout.heading("第十五条 国家……。").orElseThrow().label());
    }

    private static List<List<Integer>> groups(String... paragraphs) {
        return LawClauses.group(List.of(paragraphs)).stream().map(r -> List.of(r.from(), r.to())).toList();
    }

    @Test
    void groupsParagraphsIntoKuanWithTheirItems() {
        assertEquals(List.of(List.of(0, 1), List.of(1, 4), List.of(4, 5)),
                groups("甲。", "有下列情形之一的，为假药：", "（一）变质的；", "（二）其他的。", "乙。"));
        assertEquals(List.of(List.of(0, 3), List.of(3, 4)),
                groups("应当符合下列条件：", "(一)具有法人资格；", "(二)目的明确。", "前款规定的……。"), "ASCII brackets");
        assertEquals(List.of(List.of(0, 4), List.of(4, 5)),
                groups("遵循下列原则：", "研发……；", "生产……；", "保障……。", "市人民政府……。"), "unnumbered, ended by 。");
        assertEquals(List.of(List.of(0, 3)), groups("下列用语的含义：", "新药，是指……。", "处方药，是指……。"),
                "definitions run to the end of the article");
        assertEquals(List.of(List.of(0, 2), List.of(2, 3)), groups("下列用语的含义：", "新药，是指……。", "前款所称……。"));
        assertEquals(List.of(List.of(0, 2)), groups("甲。", "（一）无引导语的项并入前款。"));
        assertEquals(List.of(List.of(0, 1)), groups("（一）孤立的项。"));
    }

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', value = {
        "开展药物临床试验，应当经伦理委员会审查同意。 | MUST",
        "药品必须符合国家药品标准。 | MUST",
        "禁止生产、销售、使用假药、劣药。 | MUST",
        "转让须经批准。 | MUST",
        "监督检查时，可以采取下列措施： | MAY",
        "国家鼓励研究和创制新药。 | INFO",
        "处五十万元以上五百万元以下的罚款。 | INFO",
        "无须批准的，依照前款规定执行。 | INFO",
        "不得不停止的，报告主管部门。 | INFO",
        "非处方药，是指消费者可以自行判断、购买和使用的药品。 | INFO",
        "应当遵守本条例；有关部门可以另行规定。 | MUST",
        "伪造许可证的，并处罚款；情节严重的，十年内禁止从事药品生产经营活动。 | INFO",
        "未遵守规范的，处罚款；情节严重的，五年内不得开展药物临床试验。 | INFO",
        "知道或者应当知道属于假药的，没收全部收入。 | INFO",
        "除依法应当按照假药处罚的外，标签未注明相关信息的，责令改正。 | INFO",
        "持有人依法应当召回药品而未召回的，药品监督管理部门应当责令其召回。 | MUST",
    })
    void classifiesAParagraphByItsStrongestModal(String clause, Strength expected) {
        assertEquals(expected, LawStrength.classify(clause));
    }

    @Test
    void aSanctionIsNotAProhibition() {
        assertFalse(LawStrength.forbids("情节严重的，终身禁止从事药品生产经营活动。"));
        assertTrue(LawStrength.forbids("禁止生产、销售、使用假药、劣药。"));
    }
}
