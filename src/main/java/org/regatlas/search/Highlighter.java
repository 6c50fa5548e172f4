package org.regatlas.search;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.regatlas.index.Analyzers;
import org.regatlas.index.Fields;

/**
 * Highlights matches in the displayed text with Lucene's {@link UnifiedHighlighter}: the stored text is re-analysed
 * (CJK bigrams, words), so offsets are exact character positions in Chinese and English alike. The text is
 * HTML-escaped first and {@code <mark>} is inserted only around matches. Terms matched in any text field count.
 */
final class Highlighter {
    private static final Set<String> TEXT_FIELDS = Set.of(Fields.TEXT, Fields.TEXT_ZH, Fields.TEXT_EN);
    /** Analyzers are thread-safe and costly to build (smartcn); one serves every search. */
    private static final org.apache.lucene.analysis.Analyzer ANALYZER = Analyzers.perField();

    private Highlighter() {}

    /** Highlights of {@link Fields#TEXT} for each hit in {@code top}, in order; the escaped text where nothing matched. */
    static String[] highlight(IndexSearcher searcher, Query query, TopDocs top) throws IOException {
        UnifiedHighlighter h = new UnifiedHighlighter.Builder(searcher, ANALYZER)
                .withBreakIterator(WholeBreakIterator::new)
                .withFormatter(new MarkFormatter())
                .withFieldMatcher(TEXT_FIELDS::contains)
                .withMaxLength(100_000)
                .withMaxNoHighlightPassages(1)
                .withHighlightPhrasesStrictly(false)
                .build();
        return h.highlight(Fields.TEXT, query, top, 1);
    }

    /** Escape first, then mark: the only markup in the result is {@code <mark>}. */
    static final class MarkFormatter extends PassageFormatter {
        @Override
        public String format(Passage[] passages, String content) {
            if (passages.length == 0) {
                return Html.escape(content);
            }
            StringBuilder sb = new StringBuilder();
            int pos = 0;
            for (Passage p : passages) {
                if (p.getStartOffset() > pos) sb.append(Html.escape(content.substring(pos, p.getStartOffset())));
                pos = p.getStartOffset();
                for (int i = 0; i < p.getNumMatches(); i++) {
                    int start = Math.max(p.getMatchStarts()[i], pos);
                    int end = p.getMatchEnds()[i];
                    if (end <= start) continue;   // overlapping bigram matches merge into the previous mark
                    sb.append(Html.escape(content.substring(pos, start)));
                    sb.append("<mark>").append(Html.escape(content.substring(start, end))).append("</mark>");
                    pos = end;
                }
                sb.append(Html.escape(content.substring(pos, p.getEndOffset())));
                pos = p.getEndOffset();
            }
            if (pos < content.length()) sb.append(Html.escape(content.substring(pos)));
            return sb.toString().replace("</mark><mark>", "");
        }
    }
}
