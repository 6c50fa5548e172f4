package org.regatlas.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The terms and position increments of one analysed text, so a text that goes into several fields or documents
 * (a sentence is also its neighbours' context; a section heading and a topic's synonyms repeat in every provision
 * under them) is analysed once. Only for fields indexed without offsets: the replayed offsets are placeholders.
 */
final class Tokens {
    private final String[] terms;
    private final int[] increments;

    private Tokens(String[] terms, int[] increments) {
        this.terms = terms;
        this.increments = increments;
    }

    /** {@code text} analysed as {@code analyzer} analyses {@code field}. */
    static Tokens of(Analyzer analyzer, String field, String text) {
        List<String> t = new ArrayList<>();
        List<Integer> inc = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            PositionIncrementAttribute pos = ts.addAttribute(PositionIncrementAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                t.add(term.toString());
                inc.add(pos.getPositionIncrement());
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException("analysing text in memory", e);
        }
        return new Tokens(t.toArray(String[]::new), inc.stream().mapToInt(Integer::intValue).toArray());
    }

    /** A fresh stream of the tokens of {@code parts}, one after the other. */
    static TokenStream replay(List<Tokens> parts) {
        return new Replay(List.copyOf(parts));
    }

    private static final class Replay extends TokenStream {
        private final List<Tokens> parts;
        private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
        private final PositionIncrementAttribute position = addAttribute(PositionIncrementAttribute.class);
        private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
        private int part;
        private int next;
        private int end;

        Replay(List<Tokens> parts) {
            this.parts = parts;
        }

        @Override
        public boolean incrementToken() {
            while (part < parts.size() && next >= parts.get(part).terms.length) {
                part++;
                next = 0;
            }
            if (part >= parts.size()) return false;
            clearAttributes();
            Tokens t = parts.get(part);
            String s = t.terms[next];
            term.setEmpty().append(s);
            position.setPositionIncrement(t.increments[next]);
            offset.setOffset(end, end + s.length());
            end += s.length() + 1;
            next++;
            return true;
        }

        @Override
        public void end() throws IOException {
            super.end();
            offset.setOffset(end, end);
        }

        @Override
        public void reset() throws IOException {
            super.reset();
            part = 0;
            next = 0;
            end = 0;
        }
    }
}
