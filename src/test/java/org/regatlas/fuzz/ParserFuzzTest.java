package org.regatlas.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.code_intelligence.jazzer.mutation.annotation.NotNull;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.read.ProtocolException;
import org.regatlas.checklist.read.ProtocolReader;
import org.regatlas.corpus.HtmlReader;
import org.regatlas.corpus.MarkdownReader;
import org.regatlas.corpus.SourceText;
import org.regatlas.corpus.TextRepair;
import org.regatlas.model.Span;
import org.regatlas.parse.SectionParser;
import org.regatlas.parse.SentenceSplitter;
import org.regatlas.parse.StrengthRules;
import org.regatlas.search.InvalidQueryException;
import org.regatlas.search.QuerySyntax;

/**
 * Fuzz targets for everything that reads untrusted text and uploads (PDF and DOCX protocols). In a normal build each runs its committed seeds
 * (src/test/resources/org/regatlas/fuzz/ParserFuzzTestInputs/); {@code bench/fuzz.sh} runs them for real.
 * Invariants, not just "does not throw": spans stay inside the text, sentences cover it, parsing is total.
 */
class ParserFuzzTest {
    private static final ProtocolReader UPLOADS = new ProtocolReader(TestCorpus.loaded().taxonomy());

    @FuzzTest(maxDuration = "10s")
    void querySyntaxEitherParsesOrExplains(@NotNull String query) {
        try {
            QuerySyntax.parse(query);
        } catch (InvalidQueryException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }

    @FuzzTest(maxDuration = "10s")
    void sentencesCoverTheParagraph(@NotNull String paragraph) {
        int covered = 0;
        int last = 0;
        for (Span s : SentenceSplitter.split(paragraph)) {
            assertTrue(s.start() >= last && s.end() <= paragraph.length() && s.start() < s.end());
            covered += paragraph.substring(last, s.start()).strip().length();
            last = s.end();
        }
        assertEquals(0, covered + paragraph.substring(last).strip().length(), "text between sentences is only whitespace");
        StrengthRules.classify(paragraph);
    }

    @FuzzTest(maxDuration = "10s")
    void repairAndSectionParsingAreTotal(@NotNull String raw) {
        String text = TextRepair.repair(raw);
        var outline = SectionParser.parse(SourceText.plain(text));
        outline.blocks().forEach(b -> assertTrue(b.span().end() <= text.length()));
        assertEquals(text.replaceAll("\\s+", ""), text.replaceAll("\\s+", ""));
        assertTrue(raw.replaceAll("\\s+", "").length() >= text.replaceAll("\\s+", "").length());
    }

    @FuzzTest(maxDuration = "10s")
    void htmlAndMarkdownReadersAreTotal(@NotNull String markup) {
        SourceText html = HtmlReader.parse(markup);
        assertTrue(html.headings().stream().allMatch(h -> h.line() >= 0));
        MarkdownReader.parse(markup);
    }

    @FuzzTest(maxDuration = "10s")
    void pdfUploadsAreReadOrRefused(byte @NotNull [] content) {
        readOrRefuse("protocol.pdf", content);
    }

    @FuzzTest(maxDuration = "10s")
    void docxUploadsAreReadOrRefused(byte @NotNull [] content) {
        readOrRefuse("protocol.docx", content);
    }

    /** An upload is read into consistent sections and pages or refused with a message: no other exception, no hang. */
    private static void readOrRefuse(String name, byte[] content) {
        try {
            StructureInvariants.check(UPLOADS.read(name, content));
        } catch (ProtocolException e) {
            assertTrue(e.getMessage() != null && !e.getMessage().isBlank());
        }
    }
}
