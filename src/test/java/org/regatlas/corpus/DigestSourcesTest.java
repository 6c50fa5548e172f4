package org.regatlas.corpus;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.model.DocumentMeta;
import org.regatlas.model.Provenance;
import org.regatlas.model.Provision;
import org.regatlas.parse.ParsedDocument;

/** Digest sources: the agency's page first, where the fact was seen after it, and never a file path. */
class DigestSourcesTest {
    private static List<Provision> digests() {
        return TestCorpus.parsed().documents().stream().filter(d -> d.meta().provenance() == Provenance.DIGEST)
                .flatMap(d -> d.provisions().stream()).toList();
    }

    @Test
    void everySourceIsAUrlOrACorpusDocumentNeverAPath() {
        List<String> bad = new ArrayList<>();
        for (Provision p : digests()) {
            for (String s : p.sources()) if (!SourceLinks.isWellFormed(s)) bad.add(p.id() + " " + s);
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void agencyPagesComeBeforeThePagesTheFactWasSeenAt() {
        List<String> bad = new ArrayList<>();
        for (Provision p : digests()) {
            List<String> cites = SourceLinks.citations(p.sources());
            if (!p.sources().subList(0, cites.size()).equals(cites)) bad.add(p.id());
        }
        assertEquals(List.of(), bad);
    }

    @Test
    void nineInTenDigestsCiteAnAgencyPage() {
        List<Provision> all = digests();
        long citing = all.stream().filter(p -> !SourceLinks.citations(p.sources()).isEmpty()).count();
        assertTrue(citing * 10 >= all.size() * 9L, citing + " of " + all.size() + " cite an agency page");
    }

    @Test
    void documentsCreditTheirIssuer() {
        DocumentMeta psur = meta("ema-cart-psur-frequency");
        DocumentMeta draft = meta("fda-2022-cart-development-draft");
        assertAll(
                () -> assertEquals("EU", psur.agency(), "a Directive is the EU legislator's, not EMA's"),
                () -> assertTrue(SourceLinks.isAgencyPage(psur.url()), psur.url()),
                () -> assertTrue(draft.title().en().contains("Draft Guidance"), draft.title().en()));
    }

    @Test
    void agencyPagesAreRecognisedByHost() {
        assertAll(
                () -> assertTrue(SourceLinks.isAgencyPage("https://www.fda.gov/media/113768/download")),
                () -> assertTrue(SourceLinks.isAgencyPage("https://www.cde.org.cn/zdyz/index")),
                () -> assertTrue(SourceLinks.isAgencyPage("https://eur-lex.europa.eu/eli/dir/2001/83/oj")),
                () -> assertTrue(!SourceLinks.isAgencyPage("https://www.fda.gov.example.com/x")),
                () -> assertTrue(!SourceLinks.isAgencyPage("https://wordscope.be/x")),
                () -> assertTrue(!SourceLinks.isAgencyPage("doc:review-2025-cart-risk")),
                () -> assertTrue(SourceLinks.isWellFormed("doc:review-2025-cart-risk")),
                () -> assertTrue(!SourceLinks.isWellFormed("shared/seeds/review-cart-risks-regulation.txt")));
    }

    private static DocumentMeta meta(String id) {
        return TestCorpus.parsed().document(id).map(ParsedDocument::meta).orElseThrow();
    }
}
