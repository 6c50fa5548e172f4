package org.regatlas.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.TotalHits;
import org.jspecify.annotations.Nullable;

/**
 * Collects the top hits and the facet counts in one pass, counting exactly up to {@code exactUpTo} matches. Past
 * that the top-hits collector lets the query skip documents that cannot make the page (dynamic pruning), and the
 * facets count the documents the search still visited: the total is then a lower bound ({@link TotalHits.Relation})
 * and so is each facet count. Below the threshold every match is visited and both are exact.
 */
final class HitsAndFacets implements CollectorManager<HitsAndFacets.Both, HitsAndFacets.Result> {
    /**
     * The top hits (total and its relation included) and the facet counts of the visited matches, by global ordinal
     * of {@code facets} (empty without facet values).
     */
    record Result(TopFieldDocs top, @Nullable FacetOrdinals ordinals, int[] counts) {
        boolean exact() {
            return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        }

        /** Each facet dimension's values and counts, at most {@code limit} per dimension ({@link FacetOrdinals#top}). */
        Map<String, Map<String, Integer>> facets(int limit) {
            return ordinals == null ? Map.of() : ordinals.top(counts, limit);
        }
    }

    private final TopFieldCollectorManager hits;
    private final @Nullable FacetOrdinals ordinals;

    /** @param ordinals the facet values of the searched reader, or null when it has none */
    HitsAndFacets(Sort sort, int numHits, int exactUpTo, @Nullable FacetOrdinals ordinals) {
        this.hits = new TopFieldCollectorManager(sort, numHits, null, Math.max(numHits, exactUpTo));
        this.ordinals = ordinals;
    }

    @Override
    public Both newCollector() throws IOException {
        return new Both(hits.newCollector(), ordinals, ordinals == null ? new int[0] : ordinals.newCounts());
    }

    @Override
    public Result reduce(Collection<Both> collectors) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>();
        int[] counts = ordinals == null ? new int[0] : ordinals.newCounts();
        for (Both b : collectors) {
            tops.add(b.top);
            for (int i = 0; i < counts.length; i++) counts[i] += b.counts[i];
        }
        return new Result(hits.reduce(tops), ordinals, counts);
    }

    /** Counts the facet values of every document the top-hits collector is shown; scoring is the latter's. */
    static final class Both implements Collector {
        private final TopFieldCollector top;
        private final @Nullable FacetOrdinals ordinals;
        private final int[] counts;

        Both(TopFieldCollector top, @Nullable FacetOrdinals ordinals, int[] counts) {
            this.top = top;
            this.ordinals = ordinals;
            this.counts = counts;
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector ranked = top.getLeafCollector(context);
            FacetOrdinals.LeafCounter counted = ordinals == null ? null : ordinals.new LeafCounter(context, counts);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    ranked.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    if (counted != null) counted.count(doc);
                    ranked.collect(doc);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return ranked.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    ranked.finish();
                }
            };
        }
    }
}
