package org.regatlas.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;
import org.regatlas.model.Span;

/**
 * Highlights matches in the displayed text with Lucene's {@link UnifiedHighlighter}: the stored text is re-analysed
 * (CJK bigrams, words), so offsets are exact character positions in Chinese and English alike. The text is
 * HTML-escaped first and {@code <mark>} is inserted only around matches. Terms matched in any text field count.
 */
final class Highlighter {
    private static final Set<String> TEXT_FIELDS = Set.of(Fields.TEXT, Fields.TEXT_EN);
    /** Analyzers are thread-safe; one serves every search. */
    private static final org.apache.lucene.analysis.Analyzer ANALYZER = Analyzers.perField();

    private Highlighter() {}

    /**
     * Highlights of {@link Fields#TEXT} for each hit in {@code top}, in order; the escaped text where nothing matched.
     * {@code conceptSpans} adds where a text names the query's concepts in words the query did not use (washout
     * marks 洗脱期), which no term of the query itself can show.
     */
    static String[] highlight(IndexSearcher searcher, Query query, TopDocs top,
            Function<String, List<Span>> conceptSpans) throws IOException {
        UnifiedHighlighter h = new UnifiedHighlighter.Builder(searcher, ANALYZER)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new MarkFormatter(conceptSpans))
                .withFieldMatcher(TEXT_FIELDS::contains)
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(1)
                .withHighlightPhrasesStrictly(false)
                .build();
        return h.highlight(Fields.TEXT, query, top, 1);
    }

    /** Escape first, then mark: the only markup in the result is {@code <mark>}; overlapping matches merge. */
    static final class MarkFormatter extends PassageFormatter {
        private final Function<String, List<Span>> extra;

        MarkFormatter(Function<String, List<Span>> extra) {
            this.extra = extra;
        }

        @Override
        public String format(Passage[] passages, String content) {
            List<Span> marks = new ArrayList<>(extra.apply(content));
            for (Passage p : passages) {
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = p.getMatchStarts()[i];
                    int end = Math.min(p.getMatchEnds()[i], content.length());
                    if (start >= 0 && end > start) marks.add(new Span(start, end));
                }
            }
            marks.sort(Comparator.comparingInt(Span::start));
            StringBuilder sb = new StringBuilder();
            int pos = 0;
            int i = 0;
            while (i < marks.size()) {
                int start = Math.max(marks.get(i).start(), pos);
                int end = marks.get(i).end();
                // Touching or overlapping matches (CJK bigrams overlap by a character) become one mark.
                while (++i < marks.size() && marks.get(i).start() <= end) end = Math.max(end, marks.get(i).end());
                if (end <= start) continue;
                sb.append(Html.escape(content.substring(pos, start)));
                sb.append("<mark>").append(Html.escape(content.substring(start, end))).append("</mark>");
                pos = end;
            }
            sb.append(Html.escape(content.substring(pos)));
            return sb.toString();
        }
    }
}
