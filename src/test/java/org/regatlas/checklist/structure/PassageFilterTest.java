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

    private static PassageFilter.Kind kind(Protocol protocol, PassageFilter filter, String start) {
        Paragraph p = protocol.paragraphs().stream().filter(x -> x.text().strip().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no paragraph " + start));
        return filter.kind(p.index());
    }
}
