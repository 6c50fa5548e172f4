package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;

/**
 * Sentences and headings around regulation citations: "21 U.S.C." before its section number ends no sentence, and a
 * numbered sub-heading that cites its regulation and ends in a colon is a heading, not a provision.
 */
class CitationSentencesTest {
    /** Each row: text | sentences | ordinals the first takes. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        FDA may copy records as described in section 704(a) of the FD&C Act (21 U.S.C. 374(a)). The general authority follows. | 2 | 2
        Section 704(a)(5) of the FD&C Act (21 U.S.C. 374(a)(5)), as added by FDORA, clarified the authority. | 1 | 2
        See 40 C.F.R. 1508.4 for the exclusions. Others follow.                      | 2 | 2
        The FD&C Act is codified in 21 U.S.C. The Act is long.                       | 2 | 1
        Studies in the U.S. Department of Health are listed. Others follow.           | 2 | 1
        """)
    void aCitationsAbbreviationBeforeItsNumberEndsNoSentence(String text, int count, int ordinals) {
        List<EnglishSentenceSplitter.Sentence> got = EnglishSentenceSplitter.sentences(text.strip());
        assertEquals(count, got.size(), got.toString());
        assertEquals(ordinals, got.get(0).ordinals());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "3. Toxicology - Full Data Tabulation [21 CFR 312.23(a)(8)(ii)(b)]:|true",
        "5. A copy of all labels and labeling to be provided to each investigator [21 CFR 312.23(a)(7)(iv)(d)]:|true",
        "2. Drug Substance [312.23 (a)(7)(iv)(a)]:|true",
        "a. A description of the drug substance, including its characteristics [21 CFR 312.23(a)(7)(iv)(a)]:|false",
        "2. Sponsors should submit the summary [21 CFR 312.23(a)(8)].|false",
        "This section should contain, if known:|false",
    })
    void aNumberedSubHeadingCitingItsRegulationIsAHeading(String text, boolean heading) {
        assertEquals(heading, EnglishLists.headingLine(text), text);
    }

    @Test
    void theCorpusKeepsNeitherPieceNorHeadingAndLaterIdsStay() {
        ParsedCorpus corpus = TestCorpus.parsed();
        Provision whole = corpus.provision("fda-2024-bimo-draft:II:4").orElseThrow();
        assertTrue(whole.text().endsWith("(21 U.S.C. 374(a))."), whole.text());
        assertFalse(corpus.provision("fda-2024-bimo-draft:II:5").isPresent(), "the second piece's ordinal is not reused");
        assertTrue(corpus.provision("fda-2024-bimo-draft:II:6").orElseThrow().text()
                .startsWith("The general authority for establishment inspections"));
        assertFalse(corpus.provisions().stream().anyMatch(p -> p.text().startsWith("374(")));
        assertFalse(corpus.provision("fda-1995-ind-phase1:III.G:46").isPresent(), "a cited sub-heading is left out");
        assertTrue(corpus.provision("fda-1995-ind-phase1:III.G:47").orElseThrow().text().startsWith("The sponsor should submit"));
        // old ids answer with the sentence that holds the piece, and with the first sentence under the heading
        assertEquals(new Citations.Resolution.Moved("fda-2024-bimo-draft:II:4"),
                corpus.citations().resolve("fda-2024-bimo-draft:II:5").orElseThrow());
        assertEquals(new Citations.Resolution.Moved("fda-1995-ind-phase1:III.G:47"),
                corpus.citations().resolve("fda-1995-ind-phase1:III.G:46").orElseThrow());
    }
}
