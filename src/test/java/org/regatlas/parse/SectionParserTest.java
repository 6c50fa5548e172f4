package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.corpus.HeadingPatterns;
import org.regatlas.corpus.SourceText;
import org.regatlas.model.Section;

class SectionParserTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        一、概述                       | CN_CHAPTER      | 一
        （四）疗效终点                 | CN_SECTION      | （四）
        (二)试验设计                   | CN_SECTION      | （二）
        2. 微小残留病                  | DECIMAL         | 2
        （1）剂量探索                  | CN_PAREN_ARABIC | （1）
        ①细胞动力学                    | CIRCLED         | ①
        IV. CMC RECOMMENDATIONS        | ROMAN           | IV
        C. CAR T Cell Manufacturing and Testing | UPPER_ALPHA | C
        b. Potency assays              | LOWER_ALPHA     | b
        1.1  细胞因子释放综合征（CRS） | DECIMAL         | 1
        5.3 Bridging Therapy           | DECIMAL         | 3
        """)
    void recognisesNumberingStyles(String line, HeadingPatterns.Style style, String label) {
        HeadingPatterns.Match m = HeadingPatterns.match(line).orElseThrow();
        assertEquals(style, m.style());
        assertEquals(label, m.label());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        3 年期间≥3 级感染的发生率没有增加。
        1. Subjects must have measurable disease per Lugano 2014 criteria.
        2017年，美国食品药品监督管理局批准了两款产品
        （1）受试者应在筛选期内完成影像学评估，并由研究者确认后方可入组
        """)
    void rejectsSentencesThatStartWithANumber(String line) {
        assertTrue(HeadingPatterns.match(line).isEmpty());
    }

    @Test
    void nestsChineseNumberingLevels() {
        String text = String.join("\n", "一、概述", "前言正文。", "二、临床试验设计中的考虑", "（一）试验人群",
                "1. 受试者年龄", "年龄正文。", "2. 受试者既往治疗", "（二）试验设计", "1. 复发或难治性疾病", "三、安全性");
        Section root = SectionParser.parse(SourceText.plain(text)).root();
        List<String> paths = root.flatten().stream().map(Section::path).filter(p -> p != null).toList();
        assertEquals(List.of("一", "二", "二.（一）", "二.（一）.1", "二.（一）.2", "二.（二）", "二.（二）.1", "三"), paths);
    }

    @Test
    void nestsFdaAndDecimalNumbering() {
        String text = String.join("\n", "I. INTRODUCTION", "Intro text.", "II. BACKGROUND", "A. CAR Construct",
                "1. Design", "a. Binder", "b. Hinge", "2. Vector", "B. Vector", "III. CLINICAL");
        List<String> fda = SectionParser.parse(SourceText.plain(text)).root().flatten().stream()
                .map(Section::path).filter(p -> p != null).toList();
        assertEquals(List.of("I", "II", "II.A", "II.A.1", "II.A.1.a", "II.A.1.b", "II.A.2", "II.B", "III"), fda);

        String article = String.join("\n", "1  CAR-T 细胞疗法的风险", "1.1  细胞因子释放综合征（CRS）", "正文。",
                "1.2  免疫效应细胞相关神经毒性综合征（ICANS）", "2  监管及法规", "2.1  国内的相关指导原则及法规");
        List<String> decimal = SectionParser.parse(SourceText.plain(article)).root().flatten().stream()
                .map(Section::path).filter(p -> p != null).toList();
        assertEquals(List.of("1", "1.1", "1.2", "2", "2.1"), decimal);
    }

    @Test
    void formatMarkedHeadingsNestByLevelAndKeepPrintedNumbers() {
        SourceText md = org.regatlas.corpus.MarkdownReader.parse(String.join("\n", "# Protocol CTX-101", "",
                "## 5 Study Population", "", "### 5.1 Inclusion Criteria", "", "Adults aged 18 or older.", "",
                "### 5.2 Prior Therapy", "", "At least two prior lines.", "", "## 6 Treatment"));
        List<String> paths = SectionParser.parse(md).root().flatten().stream().map(Section::path)
                .filter(p -> p != null).toList();
        assertEquals(List.of("§1", "5", "5.1", "5.2", "6"), paths);
    }
}
