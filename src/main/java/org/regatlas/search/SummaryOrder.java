package org.regatlas.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.ScoreDoc;
import org.jspecify.annotations.Nullable;
import org.regatlas.index.Fields;

/**
 * Ranks the official wording above the team's summary of it: a digest record that summarises official sections of
 * the corpus ({@link Fields#SUMMARISES}), when none of their sentences ranks above it, moves to just below the first
 * of them ranked under it that answers the query nearly as well (a score at least {@link #ANSWERS} of its own).
 * A digest is short and so often matches more tightly than the sentence it summarises, which a reviewer must cite.
 * Only the first {@link #POOL} hits are reordered, the same whatever the page, so every page of a query agrees; a
 * summary whose official sentence is not among them keeps its place. Thread-safe.
 */
final class SummaryOrder {
    private SummaryOrder() {}

    /**
     * How close an official sentence's score must come to its summary's for both to answer the query: a sentence of
     * the summarised section that matches far less is not what the query asks, and the summary keeps its place.
     */
    static final double ANSWERS = tune("SUMMARY_ANSWERS", 0.6);

    private static double tune(String name, double def) {
        String v = System.getProperty("regatlas.tune." + name);
        return v == null ? def : Double.parseDouble(v);
    }

    /** Hits reordered (and so collected at least, for a relevance search). */
    static final int POOL = 30;

    /** The hits to collect for a page ending at {@code wanted}, when at least {@code atLeast} are collected anyway. */
    static int window(int wanted, int atLeast) {
        return Math.min(SearchQuery.MAX_WINDOW, Math.max(Math.max(wanted, atLeast), POOL));
    }

    /** The targets of the digest records that summarise official text, by index document. */
    record Links(Map<Integer, List<String>> targetsOf) {
        static Links of(IndexReader reader) throws IOException {
            Map<Integer, List<String>> targets = new HashMap<>();
            for (LeafReaderContext leaf : reader.leaves()) {
                SortedSetDocValues summarises = DocValues.getSortedSet(leaf.reader(), Fields.SUMMARISES);
                for (int doc = summarises.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = summarises.nextDoc()) {
                    List<String> list = new ArrayList<>();
                    for (int i = 0; i < summarises.docValueCount(); i++) {
                        list.add(summarises.lookupOrd(summarises.nextOrd()).utf8ToString());
                    }
                    targets.put(leaf.docBase + doc, List.copyOf(list));
                }
            }
            return new Links(Map.copyOf(targets));
        }
    }

    /** {@code ranked} (best first) with each summary moved below the best-ranked official sentence it summarises. */
    static ScoreDoc[] rerank(ScoreDoc[] ranked, Links links, IndexReader reader) throws IOException {
        if (links.targetsOf().isEmpty() || ranked.length < 2) return ranked;
        int n = Math.min(POOL, ranked.length);
        List<List<String>> targets = new ArrayList<>(n);
        for (int i = 0; i < n; i++) targets.add(links.targetsOf().getOrDefault(ranked[i].doc, List.of()));
        if (targets.stream().allMatch(List::isEmpty)) return ranked;
        List<String> ids = new ArrayList<>(n);
        for (int i = 0; i < n; i++) ids.add(id(reader, ranked[i].doc));
        return rerank(ranked, ids, targets);
    }

    /**
     * {@code ranked} reordered as {@link #rerank(ScoreDoc[], Links, IndexReader)} does, from the provision ids and
     * summarised targets of its first hits (as many as are known, up to {@link #POOL}), for another engine's hits.
     */
    static ScoreDoc[] rerank(ScoreDoc[] ranked, List<@Nullable String> ids, List<List<String>> targets) {
        int n = Math.min(Math.min(POOL, ranked.length), Math.min(ids.size(), targets.size()));
        List<Integer> pool = new ArrayList<>(n);
        for (int i = 0; i < n; i++) pool.add(i);
        List<Integer> moved = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            int d = pool.get(i);
            List<String> own = targets.get(d);
            if (own.isEmpty() || moved.contains(d) || summarisedAbove(pool, i, ids, own)) continue;
            double floor = ANSWERS * score(ranked[d]);
            for (int j = i + 1; j < pool.size(); j++) {
                if (score(ranked[pool.get(j)]) >= floor && summarised(ids.get(pool.get(j)), own)) {
                    pool.add(j, pool.remove(i));   // now just below the official sentence
                    moved.add(d);
                    i--;                           // the hit that moved up into slot i is looked at next
                    break;
                }
            }
        }
        ScoreDoc[] out = ranked.clone();
        for (int i = 0; i < n; i++) out[i] = ranked[pool.get(i)];
        return out;
    }

    /** The relevance score of a hit: the sort value when the search sorted by score then id. */
    private static double score(ScoreDoc d) {
        if (d instanceof org.apache.lucene.search.FieldDoc fd && fd.fields != null) {
            for (Object o : fd.fields) if (o instanceof Float f) return f;
        }
        return d.score;
    }

    /** Whether a sentence {@code targets} names already ranks above slot {@code i}. */
    private static boolean summarisedAbove(List<Integer> pool, int i, List<@Nullable String> ids, List<String> targets) {
        for (int j = 0; j < i; j++) {
            if (summarised(ids.get(pool.get(j)), targets)) return true;
        }
        return false;
    }

    /** The provision id of index document {@code doc}, or null. */
    private static @Nullable String id(IndexReader reader, int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(doc, reader.leaves()));
        SortedDocValues id = DocValues.getSorted(leaf.reader(), Fields.ID);
        return id.advanceExact(doc - leaf.docBase) ? id.lookupOrd(id.ordValue()).utf8ToString() : null;
    }

    /** Whether provision {@code id} is a target, or a sentence of a target section ({@code doc:path:n}). */
    static boolean summarised(@Nullable String id, List<String> targets) {
        if (id == null) return false;
        for (String t : targets) {
            if (id.equals(t)) return true;
            if (id.length() > t.length() + 1 && id.startsWith(t) && id.charAt(t.length()) == ':'
                    && id.substring(t.length() + 1).chars().allMatch(Character::isDigit)) {
                return true;
            }
        }
        return false;
    }
}
