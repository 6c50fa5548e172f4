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
}
