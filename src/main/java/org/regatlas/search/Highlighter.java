package org.regatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;
import org.regatlas.model.Span;

/**
 * Marks where a hit's displayed text matches the query. The text is analysed as the bigram field is (CJK bigrams,
 * lower-cased words, full-width forms folded), so offsets are exact character positions in Chinese and English
 * alike, and every token that is a term the query searches in a text field is marked: a word or bigram of the query,
 * or of a phrase of it, anywhere in the text. Terms under NOT are not. The text is HTML-escaped first and
 * {@code <mark>} is inserted only around matches. Lucene's unified highlighter gave the same marks, building an
 * in-memory index of each hit for it: half of the time of a search over the shipped corpus. Thread-safe.
 */
final class Highlighter {
    private static final Set<String> TEXT_FIELDS = Set.of(Fields.TEXT, Fields.TEXT_EN);
    /** Analyzers are thread-safe; one serves every search. */
    private static final Analyzer BIGRAMS = Analyzers.bigram();
    private static final Analyzer ENGLISH = Analyzers.english();

    private final Set<String> terms;

    /** Marks {@code query}'s terms; where a text names the query's concepts is given with each text. */
    Highlighter(Query query) {
        this.terms = terms(query);
    }

    /**
     * A text's tokens as the bigram field has them, with their character offsets: what highlighting a text needs
     * from it whatever the query, so a text shown again is not analysed again ({@link ShownDocuments}).
     */
    record Tokens(String[] terms, int[] starts, int[] ends) {
        static Tokens of(String text) {
            return of(BIGRAMS, Fields.TEXT, text);
        }

        /**
         * An English text's tokens as the English field has them (stems): a translation is searched there only, so
         * "cytokines" in it is marked for a query's "cytokine".
         */
        static Tokens english(String text) {
            return of(ENGLISH, Fields.TEXT_EN, text);
        }

        private static Tokens of(Analyzer analyzer, String field, String text) {
            List<String> terms = new ArrayList<>();
            org.apache.lucene.util.IntsRefBuilder starts = new org.apache.lucene.util.IntsRefBuilder();
            org.apache.lucene.util.IntsRefBuilder ends = new org.apache.lucene.util.IntsRefBuilder();
            try (TokenStream ts = analyzer.tokenStream(field, text)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    terms.add(term.toString());
                    starts.append(offset.startOffset());
                    ends.append(offset.endOffset());
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException("analysing text in memory", e);
            }
            return new Tokens(terms.toArray(String[]::new), java.util.Arrays.copyOf(starts.ints(), starts.length()),
                    java.util.Arrays.copyOf(ends.ints(), ends.length()));
        }
    }

    /**
     * {@code text} escaped, with its matches marked: its {@code tokens} ({@link Tokens#of}) that the query searches,
     * and {@code concepts}, where it names the query's concepts in words the query did not use (washout marks 洗脱期),
     * which no term of the query itself can show.
     */
    String highlight(String text, Tokens tokens, List<Span> concepts) {
        // Each mark as start and end in one long, so that ordering them is a sort of primitives.
        long[] marks = new long[concepts.size() + (terms.isEmpty() ? 0 : tokens.terms().length)];
        int n = 0;
        for (Span s : concepts) n = add(marks, n, s.start(), s.end(), text.length());
        if (!terms.isEmpty()) {
            for (int i = 0; i < tokens.terms().length; i++) {
                if (terms.contains(tokens.terms()[i])) n = add(marks, n, tokens.starts()[i], tokens.ends()[i], text.length());
            }
        }
        return mark(text, marks, n);
    }

    /** The terms {@code query} searches in the text fields, outside NOT clauses. */
    static Set<String> terms(Query query) {
        Set<String> out = new HashSet<>();
        query.visit(new QueryVisitor() {
            @Override
            public boolean acceptField(String field) {
                return TEXT_FIELDS.contains(field);
            }

            @Override
            public void consumeTerms(Query q, Term... terms) {
                for (Term t : terms) if (TEXT_FIELDS.contains(t.field())) out.add(t.text());
            }

            @Override
            public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
                return occur == BooleanClause.Occur.MUST_NOT ? QueryVisitor.EMPTY_VISITOR : this;
            }
        });
        return out;
    }

    /** Adds the span from {@code start} to {@code end}, cut to the text's {@code length}, unless it is empty. */
    private static int add(long[] marks, int n, int start, int end, int length) {
        int cut = Math.min(end, length);
        if (start >= 0 && cut > start) marks[n++] = ((long) start << 32) | cut;
        return n;
    }

    /**
     * Escape first, then mark: the only markup in the result is {@code <mark>}; overlapping matches merge. The
     * first {@code n} {@code marks} are spans as {@link #add} packs them.
     */
    private static String mark(String content, long[] marks, int n) {
        java.util.Arrays.sort(marks, 0, n);   // by start (the high bits); the merge below takes the largest end
        StringBuilder sb = new StringBuilder(content.length() + 16 * n + 16);
        int pos = 0;
        int i = 0;
        while (i < n) {
            int start = Math.max((int) (marks[i] >>> 32), pos);
            int end = (int) marks[i];
            // Touching or overlapping matches (CJK bigrams overlap by a character) become one mark.
            while (++i < n && (int) (marks[i] >>> 32) <= end) end = Math.max(end, (int) marks[i]);
            if (end <= start) continue;
            Html.escape(content, pos, start, sb);
            sb.append("<mark>");
            Html.escape(content, start, end, sb);
            sb.append("</mark>");
            pos = end;
        }
        Html.escape(content, pos, content.length(), sb);
        return sb.toString();
    }
}
