package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.model.Strength;

class StrengthRulesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        申办方应当建立长期随访计划。                                  | MUST
        对照组 SOC 选择应符合临床诊疗指南中的相应推荐。               | MUST
        参加临床试验前应至少接受过两种酪氨酸激酶抑制剂治疗。          | MUST
        受试者不得同时参加其他临床试验。                              | MUST
        研究者不应在未评估的情况下给药。                              | MUST
        有必要设置合理的洗脱期。                                      | MUST
        申请人须向 FDA报告任何新的安全性信息。                        | MUST
        建议采用独立的数据监查委员会。                                | SHOULD
        推荐将 PFS 作为临床试验的主要疗效终点。                       | SHOULD
        EMA建议所有接受治疗的患者均应接受终身监测。                   | SHOULD
        建议在方案中明确既往治疗的要求，临床试验中应对既往治疗进行充分评估。 | MUST
        申办方可能需要明确桥接治疗的适用情形。                        | SHOULD
        申办方可考虑采用适应性设计。                                  | MAY
        申办方可以将预定随访时间点的疗效评估结果作为主要疗效终点。    | MAY
        治疗后可能出现细胞因子释放综合征。                            | INFO
        CAR-T 细胞产品输注到患者体内后，可与肿瘤细胞表面特异性抗原相结合而被激活。 | INFO
        生存获益可能需要较长时间、较多资源来评估。                    | INFO
        以适应症人群的最佳现有治疗作为外部对照或至少应取得的目标效应。 | INFO
        治疗应答和预后还可能受年龄影响。                              | INFO
        在缺乏有效治疗的情况下，不要求患者必须接受至少两种 TKI 类药物治疗。 | MAY
        本指导原则中的研究建议可能随着经验的积累进一步完善。          | INFO
        如果受试者需要接受桥接治疗，申办方应明确其适用情形。          | MUST
        The sponsor should justify the dose.                          | SHOULD
        The sponsor must report all serious adverse events.           | MUST
        Sponsors should not enrol patients without adequate prior therapy. | SHOULD
        Additional studies may be required to characterise the risk.  | SHOULD
        The sponsor may use a Bayesian design.                        | MAY
        Investigators need not repeat the baseline scan.              | MAY
        CAR T cells can persist for years after infusion.             | INFO
        We recommend a 15-year follow-up for integrating vectors.     | SHOULD
        """)
    void classifiesStrengthFromModalCue(String sentence, Strength expected) {
        assertEquals(expected, StrengthRules.classify(sentence));
    }
}
