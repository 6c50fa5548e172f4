package org.regatlas.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QuantitiesTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Genome-edited products should be followed for at least 15 years.                                   | true
        FDA encourages written responses within fifteen (15) U.S. business days after the inspection.      | true
        PSURs are due every 6 months for the first 2 years and once a year for the following 2 years.      | true
        Repeated-dose toxicity studies in two species for a minimum duration of 2 weeks support trials.    | true
        The frequency at which PSURs must be submitted is set in the marketing authorisation.              | true
        The annual report is submitted to the IND.                                                          | true
        对治疗后接受长达 15年的患者进行前瞻性登记和长期随访研究                                              | true
        自受理临床试验申请之日起六十个工作日内决定是否同意                                                    | true
        自批准至首次上市期间须至少每6个月提交一次PSUR                                                        | true
        未按照规定提交年度报告                                                                                | true
        Repeat-dose toxicity studies should generally include a recovery period.                            | false
        A limit dose of 1000 mg/kg/day is appropriate.                                                       | false
        Grade 3 CRS requires vasopressors (see section 4.2).                                                 | false
        For CAR-T products authorised after 21 July 2012 the binding PSUR is the one in the EURD list.       | false
        CDE在 2024年 12月颁布《细胞治疗产品临床药理学研究技术指导原则（试行）》                                 | false
        2017年12月22日发布                                                                                   | false
        一次性使用的耗材应当丢弃                                                                              | false
        关键参考指南包括临床评估和长期随访相关文件                                                            | false
        """)
    void aQuantityIsANumberWithAUnitOrADurationOrFrequencyNeverADate(String text, boolean stated) {
        assertEquals(stated, Quantities.stated(text));
    }
}
