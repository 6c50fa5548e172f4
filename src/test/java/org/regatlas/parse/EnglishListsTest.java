package org.regatlas.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.regatlas.TestCorpus;
import org.regatlas.model.Provision;

/** The rules that keep an English list with its lead-in and leave heading lines out (EnglishLists). */
class EnglishListsTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "the novelty of the active substance;|true",
        "1) selection of the relevant animal species;|true",
        "− during multiple dosing;|true",
        "Evaluating immunogenicity, immune cell activation, and cytokine release in relevant animal studies.|true",
        "Quantitating or gathering information on the level of the protein, as well as in conditions that may elicit it.|true",
        "When immunogenicity or intolerance confounds conduct of longer term studies.|true",
        "Drugs for indications for which life expectancy is short.|true",
        "Sponsors and Contract Research Organizations|true",
        "Glass and air interfaces can denature proteins and cause aggregation in glass syringes and vials.|false",
        "Evaluating the extent of polymorphisms is important for the risk assessment.|false",
        "When the target is expressed at low levels, binding affinity can be sufficient to guide species selection.|false",
        "Overlap of SAD and MAD parts may be acceptable.|false",
    })
    void aPieceThatCannotStandAloneIsAFragment(String text, boolean fragment) {
        assertEquals(fragment, EnglishLists.fragment(text), text);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "ICH Harmonised Tripartite Guideline|true",
        "Recommendations|true",
        "1. Anaphylaxis|true",
        "5.2 Fertility|true",
        "2. Toxicology: Integrated Summary [21 CFR 312.23(a)(8)(ii)(a)]|true",
        "Preamble:|false",
        "No clarifications.|false",
        "CTA - Clinical trial application|true",
        "Having reached Step 4 of the ICH Process on 12 June 2011, this addendum is recommended for adoption|false",
        "the establishments subject to BIMO inspection|false",
    })
    void aTitleOrSubHeadingLineIsAHeadingLine(String text, boolean heading) {
        // abbreviation entries look like headings; their sections are lists and never reach this rule
        assertEquals(heading, EnglishLists.headingLine(text), text);
    }

    @Test
    void aListOfFragmentsIsOneProvisionWithItsLeadInAndItsItemsOldIdsLeadThere() {
        ParsedCorpus corpus = TestCorpus.parsed();
        Provision list = corpus.provision("ema-2017-fih-rev1:7.2:13").orElseThrow();
        assertTrue(list.text().startsWith("Safety factors should take into account potential risks related to:"));
        assertTrue(list.text().contains("the novelty of the active substance;"));
        assertTrue(list.text().endsWith("the expected exposure in humans."), list.text());
        assertTrue(list.strength().isObligation(), "the lead-in's SHOULD governs the list");
        // the items' ordinals are not reused: the sentence after the list keeps its id
        assertTrue(corpus.provision("ema-2017-fih-rev1:7.2:19").orElseThrow().text().startsWith("Furthermore,"));
        assertFalse(corpus.provision("ema-2017-fih-rev1:7.2:14").isPresent());
        assertEquals(Optional.of(new Citations.Resolution.Moved("ema-2017-fih-rev1:7.2:13")),
                corpus.citations().resolve("ema-2017-fih-rev1:7.2:14"));
    }

    @Test
    void itemsThatAreSentencesStayProvisionsOfTheirOwn() {
        ParsedCorpus corpus = TestCorpus.parsed();
        Provision lead = corpus.provision("fda-2014-immunogenicity:V.B.8:4").orElseThrow();
        assertEquals("The following are other container closure considerations pertinent to immunogenicity:",
                lead.text());
        assertTrue(corpus.provision("fda-2014-immunogenicity:V.B.8:5").orElseThrow().text().startsWith("Glass and air"));
    }

    @Test
    void aLeftOutHeadingLeadsToTheFirstSentenceItHeaded() {
        ParsedCorpus corpus = TestCorpus.parsed();
        List<String> texts = corpus.document("fda-2014-immunogenicity").orElseThrow().provisions().stream()
                .map(Provision::text).toList();
        assertFalse(texts.contains("Recommendations"));
        assertEquals(Optional.of(new Citations.Resolution.Moved("fda-2014-immunogenicity:III.B:6")),
                corpus.citations().resolve("fda-2014-immunogenicity:III.B:5"));
    }
}
