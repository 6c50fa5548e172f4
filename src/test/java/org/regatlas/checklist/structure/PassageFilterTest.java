package org.regatlas.checklist.structure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.regatlas.checklist.Samples;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.checklist.read.Protocol;
import org.regatlas.corpus.MarkdownReader;

/** Appendices that start inside an "Appendices" chapter: their own titles decide what may be quoted. */
class PassageFilterTest {
    private static final String MD = """
            # Protocol

            ## 9 Safety

            Cytokine release syndrome will be graded by the ASTCT consensus criteria.

            ## 18 Appendices

            Appendix A. Signature Page Appendix B. Response Criteria Appendix C. Protocol Amendment History

            Appendix A. Signature Page

            I have read this protocol and agree to conduct the study as outlined.

            Appendix B. Response Criteria

            Response will be assessed by the Lugano classification.

            Appendix C. Protocol Amendment History

            Section Number and Name High-level Description of Change Brief Rationale

            Section 7.15 Long-term Follow-up: visit frequency aligned with the template. For clarification.
            """;

    @Test
    void appendixTitlesDecideTheirParagraphs() throws Exception {
        Protocol protocol = Samples.service().read("appendices.md", MarkdownReader.parse(MD));
        PassageFilter filter = new PassageFilter(new SectionTree(protocol));
        assertEquals(PassageFilter.Kind.NORMATIVE, kind(protocol, filter, "Cytokine release"));
        assertEquals(PassageFilter.Kind.CONTENTS, kind(protocol, filter, "Appendix A. Signature Page Appendix B"));
        assertEquals(PassageFilter.Kind.TITLE_PAGE, kind(protocol, filter, "I have read"));
        assertEquals(PassageFilter.Kind.NORMATIVE, kind(protocol, filter, "Response will be assessed"));
        assertEquals(PassageFilter.Kind.SUMMARY_OF_CHANGES, kind(protocol, filter, "Section 7.15 Long-term"));
        assertEquals(PassageFilter.Kind.SUMMARY_OF_CHANGES, kind(protocol, filter, "Section Number and Name"));
    }

    private static final String ZH = """
            # 方案

            ## 2 研究背景

            ### 2.1 疾病概述

            多发性骨髓瘤是一种浆细胞恶性肿瘤。

            ## 6 研究治疗

            ### 6.1 治疗流程概述

            受试者依次接受单采、清淋预处理和 CAR-T 细胞回输。

            ## 9 安全性评价

            **特别关注的不良事件（AESI）**：本研究AESI包括：任何级别的CRS；任何级别的ICANS；HLH/巨噬细胞活化综合征（MAS）；新发恶性肿瘤。

            AE 不良事件 SAE 严重不良事件 CRS 细胞因子释放综合征 ICANS 免疫效应细胞相关神经毒性综合征 DLT 剂量限制性毒性 MTD 最大耐受剂量
            """;

    /**
     * Chinese prose is not an abbreviations list however many acronyms it names (it has no spaces between words, but
     * it has sentences); a run of acronyms and their expansions still is. An overview of the treatment is the
     * protocol's own content; a disease overview is background.
     */
    @Test
    void chineseProseAndOverviews() throws Exception {
        Protocol protocol = Samples.service().read("zh.md", MarkdownReader.parse(ZH));
        PassageFilter filter = new PassageFilter(new SectionTree(protocol));
        assertEquals(PassageFilter.Kind.BACKGROUND, kind(protocol, filter, "多发性骨髓瘤是"));
        assertEquals(PassageFilter.Kind.NORMATIVE, kind(protocol, filter, "受试者依次接受"));
        assertEquals(PassageFilter.Kind.NORMATIVE, kind(protocol, filter, "特别关注的不良事件"));
        assertEquals(PassageFilter.Kind.ABBREVIATIONS, kind(protocol, filter, "AE 不良事件"));
    }

    private static PassageFilter.Kind kind(Protocol protocol, PassageFilter filter, String start) {
        Paragraph p = protocol.paragraphs().stream().filter(x -> x.text().strip().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + start));
        return filter.kind(p.index());
    }
}
