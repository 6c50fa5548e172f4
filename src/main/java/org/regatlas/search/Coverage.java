package org.regatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Weight;
import org.jspecify.annotations.Nullable;

/**
 * Ranks what answers more of the question above what repeats one of its words. A query's parts are its concepts and
 * its other words; the first {@link #POOL} hits are scored again by the share of the query they match, each part
 * weighed by the best score it reaches among them (a word every hit shares, or one none matches, weighs little or
 * nothing). A 60-paragraph statute that names 持有人 five times, or an infusion-reaction passage for a question about
 * lymphoma after infusion, matches one part of several; the record that answers matches most of them. The hit's
 * score becomes its score times (that share)^{@link #POWER}. Past the pool the order is the score's. Thread-safe.
 */
final class Coverage {
    private Coverage() {}

    /** How strongly the share of the query matched counts (0: not at all). */
    static final float POWER = tune("COVERAGE", 1.5f);
    /**
     * The share of a part's best score among the pool at which a hit counts as matching it fully; below it the hit
     * counts in proportion (0: any match counts fully).
     */
    static final float FULL = tune("COVERAGE_FULL", 0.5f);
    /** Hits scored again; read whatever the page size, so every page of a query agrees. */
    static final int POOL = (int) tune("COVERAGE_POOL", 50);

    private static float tune(String name, float def) {
        String v = System.getProperty("regatlas.tune." + name);
        return v == null ? def : Float.parseFloat(v);
    }

    /** The hits to collect for a page ending at {@code wanted}. */
    static int window(int wanted) {
        return POWER <= 0 ? wanted : Math.min(SearchQuery.MAX_WINDOW, Math.max(wanted, POOL));
    }

    /**
     * {@code ranked} (best first, each score in its sort values) with the first {@link #POOL} rescored by the share of
     * {@code parts} they match and put in that order; unchanged when the query has fewer than two parts.
     */
    static ScoreDoc[] rerank(IndexSearcher searcher, ScoreDoc[] ranked, List<Query> parts) throws IOException {
        return rerank(searcher, ranked, parts, new Weights());
    }

    /** {@link #rerank(IndexSearcher, ScoreDoc[], List)} with the parts' weights kept in {@code weights}. */
    static ScoreDoc[] rerank(IndexSearcher searcher, ScoreDoc[] ranked, List<Query> parts, Weights weights)
            throws IOException {
        if (POWER <= 0 || parts.size() < 2 || ranked.length < 2) return ranked;
        return rerank(ranked, partScores(searcher, Arrays.copyOf(ranked, Math.min(POOL, ranked.length)), parts,
                weights));
    }

    /**
     * The scoring weight of each part, made once per reader's searcher: the same words come back query after query,
     * and rewriting a part and making its weight (term statistics, BM25's per-term tables) was a sixth of rescoring.
     * A weight is immutable and serves any number of searches at once. At most 10,000 are held.
     */
    static final class Weights {
        private final Memo<Query, Weight> held = new Memo<>(10_000);
        private volatile @Nullable IndexSearcher searcher;

        Weight of(IndexSearcher s, Query part) throws IOException {
            if (searcher != s) {   // weights are the searcher's (its statistics and similarity)
                synchronized (this) {
                    if (searcher != s) {
                        held.clear();
                        searcher = s;
                    }
                }
            }
            try {
                return held.get(part, q -> create(s, q));
            } catch (UncheckedIOException e) {
                throw e.getCause();
            }
        }

        private static Weight create(IndexSearcher s, Query part) {
            try {
                return s.createWeight(s.rewrite(part), ScoreMode.COMPLETE, 1f);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /**
     * {@code ranked} with the first {@link #POOL} rescored by the share of the query they match, from each part's
     * score of each of them ({@code scores[part][hit]}, 0 where the part does not match), however the engine that
     * ranked them computed it.
     */
    static ScoreDoc[] rerank(ScoreDoc[] ranked, float[][] scores) {
        if (POWER <= 0 || scores.length < 2 || ranked.length < 2) return ranked;
        int n = Math.min(POOL, ranked.length);
        double[] weight = new double[scores.length];
        double total = 0;
        for (int p = 0; p < scores.length; p++) {
            for (int i = 0; i < n; i++) weight[p] = Math.max(weight[p], scores[p][i]);
            total += weight[p];
        }
        if (total <= 0) return ranked;
        ScoreDoc[] out = ranked.clone();
        for (int i = 0; i < n; i++) {
            double matched = 0;
            for (int p = 0; p < scores.length; p++) {
                if (scores[p][i] <= 0) continue;
                matched += FULL <= 0 ? weight[p] : Math.min(weight[p], scores[p][i] / FULL);
            }
            out[i] = withScore(ranked[i], (float) (score(ranked[i]) * Math.pow(matched / total, POWER)));
        }
        // Stable: equal scores keep the order of the search (score, then id).
        Arrays.sort(out, 0, n, Comparator.comparingDouble((ScoreDoc d) -> -score(d)));
        return out;
    }

    /** Each part's score of each hit (0: the part does not match it), read hit by hit in index order. */
    private static float[][] partScores(IndexSearcher searcher, ScoreDoc[] hits, List<Query> parts, Weights weights)
            throws IOException {
        // Each hit as its document then its place, so that sorting them is a sort of primitives.
        long[] byDoc = new long[hits.length];
        for (int i = 0; i < hits.length; i++) byDoc[i] = (long) hits[i].doc << 32 | i;
        Arrays.sort(byDoc);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        int[] leafOf = new int[hits.length];
        for (int k = 0; k < hits.length; k++) leafOf[k] = ReaderUtil.subIndex((int) (byDoc[k] >>> 32), leaves);
        float[][] out = new float[parts.size()][hits.length];
        for (int p = 0; p < parts.size(); p++) {
            Weight w = weights.of(searcher, parts.get(p));
            int leafIndex = -1;
            Scorer scorer = null;
            LeafReaderContext leaf = null;
            for (int k = 0; k < hits.length; k++) {
                if (leafOf[k] != leafIndex) {
                    leafIndex = leafOf[k];
                    leaf = leaves.get(leafIndex);
                    // Only the pool's documents are visited: at most that many, which the scorer may plan for.
                    ScorerSupplier supplier = w.scorerSupplier(leaf);
                    scorer = supplier == null ? null : supplier.get(hits.length);
                }
                if (scorer == null) continue;
                int target = (int) (byDoc[k] >>> 32) - leaf.docBase;
                DocIdSetIterator it = scorer.iterator();
                int at = it.docID() < target ? it.advance(target) : it.docID();
                if (at == target) out[p][(int) byDoc[k]] = scorer.score();
            }
        }
        return out;
    }

    /** The relevance score of a hit: the sort value when the search sorted by score then id. */
    static float score(ScoreDoc d) {
        if (d instanceof FieldDoc fd && fd.fields != null) {
            for (Object o : fd.fields) if (o instanceof Float f) return f;
        }
        return d.score;
    }

    private static ScoreDoc withScore(ScoreDoc d, float score) {
        if (d instanceof FieldDoc fd && fd.fields != null) {
            Object[] fields = fd.fields.clone();
            for (int i = 0; i < fields.length; i++) if (fields[i] instanceof Float) fields[i] = score;
            return new FieldDoc(fd.doc, score, fields, fd.shardIndex);
        }
        return new ScoreDoc(d.doc, score, d.shardIndex);
    }
}
