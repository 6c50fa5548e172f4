package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SentenceSplitterTest {
    /** Sentences are separated by " ¦ " in the expected column. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
        长期持续缓解是目标。近年来，MRD 得到支持。                 | 长期持续缓解是目标。 ¦ 近年来，MRD 得到支持。
        首次缓解后 12 个月内复发；标准化疗方案 2 个周期未达到完全缓解。 | 首次缓解后 12 个月内复发； ¦ 标准化疗方案 2 个周期未达到完全缓解。
        是否需要？需要！                                          | 是否需要？ ¦ 需要！
        （例如 95%可信区间下限）建议参考现有治疗。这是第二句。    | （例如 95%可信区间下限）建议参考现有治疗。 ¦ 这是第二句。
        Use a standard grading, e.g. the ASTCT scale. Then report it. | Use a standard grading, e.g. the ASTCT scale. ¦ Then report it.
        Compare arms, i.e. CAR-T vs. SOC. Next sentence.          | Compare arms, i.e. CAR-T vs. SOC. ¦ Next sentence.
        The dose was 2.5 x 10^6 cells/kg. Follow-up was 15 years. | The dose was 2.5 x 10^6 cells/kg. ¦ Follow-up was 15 years.
        See Ref. 1 for details. See Fig. 2 as well.               | See Ref. 1 for details. ¦ See Fig. 2 as well.
        Data from J. Smith support this. It is final.             | Data from J. Smith support this. ¦ It is final.
        The U.S. FDA agrees. So does EMA.                         | The U.S. FDA agrees. ¦ So does EMA.
        This paper reviews CAR-T therapy.嵌合抗原受体是一种受体。   | This paper reviews CAR-T therapy. ¦ 嵌合抗原受体是一种受体。
        """)
    void splitsSentencesWithoutBreakingAbbreviationsOrDecimals(String paragraph, String expected) {
        List<String> got = SentenceSplitter.split(paragraph).stream()
                .map(s -> paragraph.substring(s.start(), s.end())).toList();
        assertEquals(Arrays.stream(expected.split("\\s*¦\\s*")).map(String::strip).toList(), got);
    }
}
