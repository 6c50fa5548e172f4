package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.model.Strength;

/** The Chinese readings of {@link ChineseStrengthRules}, through {@link StrengthRules#classify}. */
class ChineseStrengthRulesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
        本指导原则主要适用于自体 CAR-T 细胞产品，也可适用于异体 CAR-T 细胞产品。         | INFO
        本原则也可适用于其他基因修饰细胞产品的临床试验。                                | INFO
        本指导原则主要讨论评估临床疗效时，建议关注的内容。                              | INFO
        本指导原则主要阐述申办方应关注的安全性问题。                                    | INFO
        本指导原则建议申办方在试验开始前与药审中心沟通。                                | SHOULD
        申办方可能会根据受试人群的疾病特征，选择合适的替代终点。                        | MAY
        申办方也可能在已上市产品治疗失败的人群中开展临床试验。                          | MAY
        因此，申办方可能将 PFS 或 EFS 等作为主要疗效终点。                              | MAY
        申办方可能需要明确桥接治疗的适用情形。                                          | SHOULD
        受试者可能在接受挽救化疗后随机分组。                                            | INFO
        申办方可能面临较高的生产失败率。                                                | INFO
        针对儿童人群的产品，通常在临床试验开始前，获得成人受试者的初步安全性数据。       | SHOULD
        该类试验通常首先在标准治疗失败的复发或难治性患者中开展。                        | SHOULD
        目前，国内外通常采用基于 ORR 作为疗效评价的替代指标。                           | INFO
        CRS 通常在输注后两周内发生。                                                    | INFO
        上述疗效终点的具体定义可参考国内临床诊疗指南。                                  | MAY
        受试者不得同时参加其他干预性临床试验。                                          | MUST
        禁止在未获批准的情况下开展临床试验。                                            | MUST
        不宜在同一受试者中重复输注不同批次的产品。                                      | SHOULD
        不建议在首次人体试验中同时入组多名受试者。                                      | SHOULD
        由于治疗相关的安全性风险较高，观察 NRM 对于综合评估其临床获益尤为重要。         | SHOULD
        长期随访对于评价迟发性不良反应十分重要。                                        | SHOULD
        IL-6 对 CRS 的产生十分重要。                                                    | INFO
        缓解持续情况是评估其临床获益的重要指标。                                        | INFO
        细胞可在体内存续多年。                                                          | INFO
        其他潜在机制仍需通过进一步研究加以阐明。                                        | INFO
        申办方仍需进一步研究剂量与毒性的关系。                                          | MUST
        """)
    void readsChineseSentences(String sentence, Strength expected) {
        assertEquals(expected, StrengthRules.classify(sentence));
    }
}
