package org.regatlas.checklist.evidence;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.regatlas.checklist.obligation.ConceptVocabulary;
import org.regatlas.checklist.obligation.Quantity;
import org.regatlas.checklist.read.Paragraph;
import org.regatlas.model.Span;
import org.regatlas.parse.SentenceSplitter;

/**
 * Picks the quote for a piece of evidence: the sentence of the paragraph (the cell, for a table row) that states the
 * most of the wanted concepts and quantities, cut down to its best clause when it is long. A quote is always an exact
 * substring of the paragraph, so it is the protocol's own visible wording.
 */
public final class QuoteSelector {
    private QuoteSelector() {}

    static final int MAX_CHARS = 300;

    public static String quote(Paragraph p, Set<String> wanted, List<Quantity> quantities,
            ConceptVocabulary vocabulary) {
        Scorer scorer = new Scorer(p.text(), wanted, quantities, vocabulary);
        String best = null;
        int bestScore = -1;
        for (int[] span : candidates(p)) {
            // the most wanted terms; among equals, the fuller sentence (up to 250 characters)
            int score = scorer.score(span[0], span[1]) * 1000 + Math.min(span[1] - span[0], 250);
            if (score > bestScore) {
                best = p.text().substring(span[0], span[1]).strip();
                bestScore = score;
            }
        }
        if (best == null || best.isEmpty()) best = p.text().strip();
        if (best.length() > MAX_CHARS) {
            int offset = p.text().indexOf(best);
            best = shorten(best, offset, scorer);
        }
        return best;
    }

    /**
     * Scores spans of one paragraph by the wanted concepts and numbers they contain. Concepts are found once for the
     * whole paragraph; text whose normalization moves offsets (Chinese with spaces) is matched span by span.
     */
    private static final class Scorer {
        private final String text;
        private final Set<String> wanted;
        private final List<Quantity> quantities;
        private final ConceptVocabulary vocabulary;
        private final List<ConceptVocabulary.Hit> hits;

        Scorer(String text, Set<String> wanted, List<Quantity> quantities, ConceptVocabulary vocabulary) {
            this.text = text;
            this.wanted = wanted;
            this.quantities = quantities;
            this.vocabulary = vocabulary;
            this.hits = ConceptVocabulary.normalize(text).equals(text) ? vocabulary.find(text) : null;
        }

        int score(int start, int end) {
            String span = text.substring(start, end);
            Set<String> ids = new java.util.HashSet<>();
            if (hits != null) {
                for (ConceptVocabulary.Hit h : hits) if (h.start() >= start && h.end() <= end) ids.add(h.conceptId());
            } else {
                ids.addAll(vocabulary.ids(span));
            }
            int s = 0;
            for (String id : ids) if (wanted.contains(id)) s += 2;
            for (Quantity q : quantities) if (q.statedIn(span)) s += 2;
            return s;
        }
    }

    /** Sentence spans of the paragraph, or cell spans of a table row. */
    private static List<int[]> candidates(Paragraph p) {
        List<int[]> out = new ArrayList<>();
        String t = p.text();
        if (p.tableRow()) {
            int start = 0;
            while (start <= t.length()) {
                int bar = t.indexOf(" | ", start);
                int end = bar < 0 ? t.length() : bar;
                if (t.substring(start, end).strip().length() > 2) out.add(new int[] {start, end});
                if (bar < 0) break;
                start = bar + 3;
            }
            return out;
        }
        for (Span s : SentenceSplitter.split(t)) out.add(new int[] {s.start(), s.end()});
        return out;
    }

    /** The run of consecutive clauses (split at ; and , outside brackets) that fits and states the most. */
    private static String shorten(String sentence, int offset, Scorer scorer) {
        List<int[]> clauses = clauseSpans(sentence);
        String best = null;
        int bestScore = -1;
        for (int i = 0; i < clauses.size(); i++) {
            for (int j = i; j < clauses.size(); j++) {
                int start = clauses.get(i)[0];
                int end = clauses.get(j)[1];
                if (end - start > MAX_CHARS) break;
                String run = sentence.substring(start, end).strip().replaceAll("[;,；，]$", "");
                int score = offset >= 0 ? scorer.score(offset + start, offset + end) : 0;
                if (score > bestScore || (score == bestScore && score > 0 && best != null
                        && run.length() > best.length())) {
                    best = run;
                    bestScore = score;
                }
            }
        }
        if (best != null && bestScore > 0 && best.length() >= 15) return best;
        int cut = sentence.lastIndexOf(' ', MAX_CHARS);
        return sentence.substring(0, cut > 100 ? cut : MAX_CHARS).strip();
    }

    private static List<int[]> clauseSpans(String s) {
        List<int[]> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '(' || c == '（') depth++;
            if ((c == ')' || c == '）') && depth > 0) depth--;
            if (depth == 0 && ";,；，".indexOf(c) >= 0) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < s.length()) out.add(new int[] {start, s.length()});
        return out;
    }
}
