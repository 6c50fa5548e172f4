package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.regatlas.index.Fields;
import org.regatlas.model.Span;

/** Marks the query's text-field terms in a hit's text, escaped, merging what touches. */
class HighlighterTest {
    private static Query should(Query... clauses) {
        BooleanQuery.Builder b = new BooleanQuery.Builder();
        for (Query q : clauses) b.add(q, BooleanClause.Occur.SHOULD);
        return b.build();
    }

    private static TermQuery term(String field, String text) {
        return new TermQuery(new Term(field, text));
    }

    /** {@code text} highlighted for {@code query}, the text naming no concept of it. */
    private static String highlight(Query query, String text) {
        return new Highlighter(query).highlight(text, Highlighter.Tokens.of(text), List.of());
    }

    @Test
    void overlappingBigramsBecomeOneMarkAtTheRightCharacters() {
        Query q = should(term(Fields.TEXT, "洗脱"), term(Fields.TEXT, "脱期"));
        assertEquals("桥接治疗后需<mark>洗脱期</mark>。", highlight(q, "桥接治疗后需洗脱期。"));
    }

    @Test
    void englishStemsMarkOnlyWhereTheWordIsTheSameAndPhraseWordsMarkAnywhere() {
        Query q = should(new BoostQuery(term(Fields.TEXT_EN, "washout"), 2f),
                new PhraseQuery(Fields.TEXT, "bridging", "therapy"), term(Fields.CONCEPT, "g:1"));
        assertEquals("A <mark>washout</mark> after <mark>bridging</mark> and <mark>therapy</mark>.",
                highlight(q, "A washout after bridging and therapy."));
    }

    @Test
    void termsUnderNotAreNotMarkedAndTheTextIsEscaped() {
        Query q = new BooleanQuery.Builder()
                .add(term(Fields.TEXT, "crs"), BooleanClause.Occur.SHOULD)
                .add(term(Fields.TEXT, "icans"), BooleanClause.Occur.MUST_NOT)
                .build();
        assertEquals("<mark>CRS</mark> &lt;b&gt;and ICANS&lt;/b&gt;",
                highlight(q, "CRS <b>and ICANS</b>"));
    }

    @Test
    void conceptSpansAreMarkedBesideTheTermsAndATextWithNoneIsOnlyEscaped() {
        Query q = should(term(Fields.TEXT, "washout"));
        Highlighter h = new Highlighter(q);
        String named = "洗脱期 (washout)";
        assertEquals("<mark>洗脱期</mark> (<mark>washout</mark>)",
                h.highlight(named, Highlighter.Tokens.of(named), List.of(new Span(0, 3))));
        assertEquals("x &amp; y", h.highlight("x & y", Highlighter.Tokens.of("x & y"), List.of()));
    }
}
