package org.regatlas.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
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

/**
 * Collects the top hits and the facet counts in one pass, counting exactly up to {@code exactUpTo} matches. Past
 * that the top-hits collector lets the query skip documents that cannot make the page (dynamic pruning), and the
 * facets count the documents the search still visited: the total is then a lower bound ({@link TotalHits.Relation})
 * and so is each facet count. Below the threshold every match is visited and both are exact.
 */
final class HitsAndFacets implements CollectorManager<HitsAndFacets.Both, HitsAndFacets.Result> {
    /** The top hits (total and its relation included) and the facet collector of the visited matches. */
    record Result(TopFieldDocs top, FacetsCollector facets) {
        boolean exact() {
            return top.totalHits.relation() == TotalHits.Relation.EQUAL_TO;
        }
    }

    private final TopFieldCollectorManager hits;
    private final FacetsCollectorManager facets = new FacetsCollectorManager();

    HitsAndFacets(Sort sort, int numHits, int exactUpTo) {
        this.hits = new TopFieldCollectorManager(sort, numHits, null, Math.max(numHits, exactUpTo));
    }

    @Override
    public Both newCollector() throws IOException {
        return new Both(hits.newCollector(), facets.newCollector());
    }

    @Override
    public Result reduce(Collection<Both> collectors) throws IOException {
        List<TopFieldCollector> tops = new ArrayList<>();
        List<FacetsCollector> counts = new ArrayList<>();
        for (Both b : collectors) {
            tops.add(b.top);
            counts.add(b.facets);
        }
        return new Result(hits.reduce(tops), facets.reduce(counts));
    }

    /** Shows every document the top-hits collector is shown to the facet collector too; scoring is the former's. */
    static final class Both implements Collector {
        private final TopFieldCollector top;
        private final FacetsCollector facets;

        Both(TopFieldCollector top, FacetsCollector facets) {
            this.top = top;
            this.facets = facets;
        }

        @Override
        public ScoreMode scoreMode() {
            return top.scoreMode();
        }

        @Override
        public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
            LeafCollector ranked = top.getLeafCollector(context);
            LeafCollector counted = facets.getLeafCollector(context);
            return new LeafCollector() {
                @Override
                public void setScorer(Scorable scorer) throws IOException {
                    ranked.setScorer(scorer);
                    counted.setScorer(scorer);
                }

                @Override
                public void collect(int doc) throws IOException {
                    counted.collect(doc);
                    ranked.collect(doc);
                }

                @Override
                public DocIdSetIterator competitiveIterator() throws IOException {
                    return ranked.competitiveIterator();
                }

                @Override
                public void finish() throws IOException {
                    ranked.finish();
                    counted.finish();
                }
            };
        }
    }
}
