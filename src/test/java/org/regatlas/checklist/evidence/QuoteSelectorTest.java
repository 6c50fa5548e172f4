package org.regatlas.checklist.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.read.Paragraph;

class QuoteSelectorTest {
    private static final ConceptVocabulary VOCABULARY = ConceptVocabulary.of(TestCorpus.parsed().taxonomy(),
            TestCorpus.parsed().glossary(), List.of());

    @Test
    void quotesTheSentenceThatStatesTheWantedConceptAsWritten() {
        String text = "Subjects will be enrolled at 40 sites. A new baseline assessment is repeated before "
                + "conditioning chemotherapy. Study visits follow the schedule of assessments.";
        Paragraph p = new Paragraph(7, "6.1", text, false, 12);

        String quote = QuoteSelector.quote(p, Set.of("x:baseline"), List.of(), VOCABULARY);

        assertEquals("A new baseline assessment is repeated before conditioning chemotherapy.", quote);
        assertTrue(text.contains(quote), "a quote is the protocol's own wording");
    }

    @Test
    void cutsALongSentenceToAtMostTheLimitAndKeepsTheWantedConcept() {
        String filler = "the investigator records the visit in the electronic case report form, ";
        String text = "At screening " + filler.repeat(5) + "and the baseline disease assessment is done within "
                + "28 days before enrolment, " + filler.repeat(3) + "as the schedule shows.";
        Paragraph p = new Paragraph(3, "7.2", text, false, null);

        String quote = QuoteSelector.quote(p, Set.of("x:baseline"), List.of(), VOCABULARY);

        assertTrue(quote.length() <= QuoteSelector.MAX_CHARS, quote);
        assertTrue(quote.contains("baseline"), quote);
        assertTrue(text.contains(quote), quote);
    }
}
