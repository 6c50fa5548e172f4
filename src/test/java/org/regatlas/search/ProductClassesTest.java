package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProductClassesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        staggered dosing in first-in-human CAR T trials      | cell-therapy gene-therapy atmp
        CAR-T 细胞 剂量探索                                   | cell-therapy gene-therapy atmp
        嵌合抗原受体T细胞 长期随访                            | cell-therapy gene-therapy atmp
        免疫细胞治疗产品 临床试验                             | cell-therapy atmp
        gene therapy long-term follow-up                     | gene-therapy atmp
        慢病毒载体 插入突变                                   | gene-therapy atmp
        ATMP first-in-human                                  | atmp
        first-in-human starting dose                         | ''
        PD-1 antibody immunogenicity                         | ''
        cardiac cell death in toxicity studies               | ''
        """)
    void theClassesAQueryAsksAboutAreReadFromItsWords(String query, String classes) {
        Set<String> expected = classes.isBlank() ? Set.of() : Set.of(classes.trim().split(" "));
        assertEquals(expected, ProductClasses.of(query));
    }
}
