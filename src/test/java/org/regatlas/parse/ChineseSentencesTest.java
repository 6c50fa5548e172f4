package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Chinese sentence joins at ； and splits of mixed-strength sentences ({@link ChineseSentences}). */
class ChineseSentencesTest {
    /** Sentences are separated by " ¦ " in the expected column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        复发或难治性 B-ALL 通常包括首次缓解后 12 个月内复发；初次难治；移植后复发等。 | 复发或难治性 B-ALL 通常包括首次缓解后 12 个月内复发；初次难治；移植后复发等。
        替代终点包括 ORR 等；结合肿瘤评估的 PFS 等；以及 MRD 等。                 | 替代终点包括 ORR 等；结合肿瘤评估的 PFS 等；以及 MRD 等。
        例如，在骨髓瘤患者中，选择尚未使用的方案；或在淋巴瘤受试者中，选择免疫化疗。 | 例如，在骨髓瘤患者中，选择尚未使用的方案；或在淋巴瘤受试者中，选择免疫化疗。
        如申办方拟将 MRD 作为替代终点，一方面可能需要提供证据；另一方面可能需要证明其能转化为生存获益。 | 如申办方拟将 MRD 作为替代终点，一方面可能需要提供证据；另一方面可能需要证明其能转化为生存获益。
        建议申办方在个体水平评估相关性；在群体水平评估风险是否高于自发风险。     | 建议申办方在个体水平评估相关性；在群体水平评估风险是否高于自发风险。
        例如，烷化剂可能增加感染风险；而另一方面，来那度胺可能发挥协同作用。       | 例如，烷化剂可能增加感染风险； ¦ 而另一方面，来那度胺可能发挥协同作用。
        评估也可能受主观因素影响；此外，申办方应设置独立评审委员会。               | 评估也可能受主观因素影响； ¦ 此外，申办方应设置独立评审委员会。
        申办方应提交方案；研究者应保存记录。                                      | 申办方应提交方案； ¦ 研究者应保存记录。
        申办方应提交方案；研究者保存原始记录。                                    | 申办方应提交方案； ¦ 研究者保存原始记录。
        建议在方案中明确既往治疗的要求及依据，临床试验中应对既往治疗进行充分评估。 | 建议在方案中明确既往治疗的要求及依据， ¦ 临床试验中应对既往治疗进行充分评估。
        B-NHL 的临床试验建议首先在二线治疗后患者中进行，系统性治疗通常必须包括免疫化疗。 | B-NHL 的临床试验建议首先在二线治疗后患者中进行， ¦ 系统性治疗通常必须包括免疫化疗。
        建议申办方明确桥接方案，并应在分析中分层。                                | 建议申办方明确桥接方案，并应在分析中分层。
        如果观察到继发肿瘤，建议申办方开展分子分析，研究者应报告。                | 如果观察到继发肿瘤，建议申办方开展分子分析，研究者应报告。
        申办方应提交方案，建议同时提交统计分析计划。                              | 申办方应提交方案，建议同时提交统计分析计划。
        建议申办方选择有经验的研究者开展临床试验。                                | 建议申办方选择有经验的研究者开展临床试验。
        """)
    void keepsPiecesThatCannotStandAloneAndSplitsMixedObligations(String paragraph, String expected) {
        List<String> got = SentenceSplitter.split(paragraph).stream()
                .map(s -> paragraph.substring(s.start(), s.end())).toList();
        assertEquals(Arrays.stream(expected.split("\\s*¦\\s*")).map(String::strip).toList(), got);
    }
}
