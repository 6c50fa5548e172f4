package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayTextTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "T 细 胞 受 体 工 程 T 细 胞|T 细胞受体工程 T 细胞",
            "接 受 造 血 干 细 胞 移 植|接受造血干细胞移植",
            "（ HSCT ）前|（ HSCT ）前",
            "B-ALL 通常包括首次缓解后 12 个月内复发；|B-ALL 通常包括首次缓解后 12 个月内复发；",
            "细 胞 ， 以 及|细胞，以及",
            "Non-Hodgkin lymphoma, B-NHL|Non-Hodgkin lymphoma, B-NHL",
            "药代动力学 /药效学|药代动力学 /药效学",
    })
    void removesOnlyTheSpacingBetweenChineseCharacters(String extracted, String shown) {
        assertEquals(shown, DisplayText.of(extracted));
    }

    @org.junit.jupiter.api.Test
    void keepsTheLineBreaksThatSetALawsItemsOnTheirOwnLines() {
        String article = "有下列情形之一的，为假药：\n（一）药品所含成份与国家药品标准规定的成份不符；\n（三）变 质 的药品；";
        assertEquals("有下列情形之一的，为假药：\n（一）药品所含成份与国家药品标准规定的成份不符；\n（三）变质的药品；",
                DisplayText.of(article));
    }
}
