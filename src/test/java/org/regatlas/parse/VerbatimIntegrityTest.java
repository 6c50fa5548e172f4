package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.regatlas.TestCorpus;
import org.regatlas.corpus.PdfRawText;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.model.Section;

/** Trust in verbatim provisions: each is a sentence of its source, inside one section, and nothing is lost. */
class VerbatimIntegrityTest {
    static Stream<ParsedDocument> verbatimDocuments() {
        return TestCorpus.parsed().documents().stream().filter(d -> d.meta().provenance() == Provenance.VERBATIM);
    }

    private static String squash(String s) {
        return s.replaceAll("\\s+", "");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbatimDocuments")
    void everyProvisionOccursInItsRawSource(ParsedDocument doc) throws IOException {
        var file = TestCorpus.corpusDir().resolve("documents").resolve(doc.id()).resolve(doc.meta().source());
        boolean pdf = file.toString().endsWith(".pdf");
        PdfRawText pdfText = pdf ? new PdfRawText(file) : null;
        String raw = pdf ? "" : squash(Files.readString(file));
        assertFalse(doc.provisions().isEmpty());
        for (Provision p : doc.provisions()) {
            assertTrue(pdf ? pdfText.contains(p.text()) : raw.contains(squash(p.text())),
                    () -> p.id() + " is not in the source: " + p.text());
            // The shown text drops the extraction's letter spacing (DisplayText); the characters are the source's.
            assertEquals(squash(p.text()), squash(doc.text().substring(p.span().start(), p.span().end())),
                    p.id() + " span");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("verbatimDocuments")
    void noProvisionStraddlesTwoSectionsAndSectionsAreCovered(ParsedDocument doc) {
        for (Section s : doc.root().flatten()) {
            String idPart = s.path() == null ? "-" : s.path();
            List<Provision> own = doc.provisions().stream().filter(p -> p.section().idPart().equals(idPart)).toList();
            for (Provision p : own) {
                assertTrue(p.span().start() >= s.bodySpan().start() && p.span().end() <= s.bodySpan().end(),
                        () -> p.id() + " lies outside its section body");
            }
            String joined = squash(String.join("", own.stream().map(Provision::text).toList())).replace("•", "");
            // a heading line the table of contents does not list ("Recommendations") is left out, nothing else
            StringBuilder kept = new StringBuilder();
            for (String line : doc.text().substring(s.bodySpan().start(), s.bodySpan().end()).split("\n")) {
                if (!EnglishLists.headingLine(line) || joined.contains(squash(line))) kept.append(line);
            }
            String body = squash(kept.toString()).replace("•", "");
            assertEquals(body, joined, "provisions of " + idPart + " must cover its body text");
        }
    }
}
