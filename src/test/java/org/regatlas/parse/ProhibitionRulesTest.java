package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Prohibitions are flagged in both languages, and look-alikes are not. */
class ProhibitionRulesTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "外国组织、个人及其设立或者实际控制的机构不得在我国境内采集、保藏我国人类遗传资源。 | true",
        "禁止生产（包括配制，下同）、销售、使用假药、劣药。 | true",
        "严禁以任何形式买卖人类遗传资源。 | true",
        "受试者不宜同时参加其他临床试验。 | true",
        "不应答的受试者应当记录。 | false",
        "申办者不得不重新设计试验。 | false",
        "药品上市许可持有人应当建立药品质量保证体系。 | false",
        "The sponsor must not begin the trial before approval. | true",
        "Investigators should not enrol patients with active infection. | true",
        "Use of the product is prohibited in pregnancy. | true",
        "Results may not be generalisable to children. | false",
        "Sponsors should collect samples for 15 years. | false",
    })
    void flagsWhatIsForbidden(String sentence, boolean expected) {
        assertEquals(expected, ProhibitionRules.forbids(sentence));
    }
}
