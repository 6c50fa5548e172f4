package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "免疫细胞治疗产品的定义和主要类型 | true",
        "什么是CAR-T | true",
        "definition of immune effector cell | true",
        "how is a serious adverse event defined | true",
        "CRS 分级 | false",
        "defining moment | false",
        "washout period before lymphodepletion | false",
    })
    void recognisesQuestionsAskingWhatSomethingIs(String query, boolean definition) {
        assertEquals(definition, Intent.asksDefinition(query));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "how long must ATMP traceability data be kept | QUANTITY",
        "how often must PSURs be submitted in the EU | QUANTITY",
        "how many prior lines of therapy | QUANTITY",
        "CAR-T 长期随访 至少多少年 | QUANTITY",
        "Form FDA 483 书面回复 应在多少天内提交 | QUANTITY",
        "重复给药毒性试验 给药期一般多长 | QUANTITY",
        "PSUR 提交频率 | QUANTITY",
        "how much CMC information does a Phase 1 IND need | ANY",
        "CRS 分级 | ANY",
        "longer follow-up of CAR-T patients | ANY",
        "什么是CAR-T | DEFINITION",
    })
    void recognisesQuestionsAskingForANumber(String query, Intent.Answer answer) {
        assertEquals(answer, Intent.answerAsked(query));
    }
}
