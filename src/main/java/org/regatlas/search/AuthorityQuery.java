package org.regatlas.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.regatlas.index.Fields;

/**
 * Multiplies a query's score by the provision's authority: 1 for the official text, {@code digestWeight} (at most 1)
 * for a digest, so at equal relevance the official wording ranks first. Unlike a function-score query it passes on
 * score bounds and the minimum competitive score, so a search that wants only the top hits can skip the documents
 * that cannot reach them (a large index matches most documents on common CJK bigrams). Applied at query time so the
 * weight can be tuned without reindexing.
 */
final class AuthorityQuery extends Query {
    private final Query in;
    private final float digestWeight;

    AuthorityQuery(Query in, float digestWeight) {
        if (!(digestWeight > 0 && digestWeight <= 1)) {
            throw new IllegalArgumentException("digest weight must be in (0, 1]: " + digestWeight);
        }
        this.in = in;
        this.digestWeight = digestWeight;
    }

    Query inner() {
        return in;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new AuthorityQuery(rewritten, digestWeight);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) return inner;
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(ctx);
                if (supplier == null) return null;
                NumericDocValues digest = DocValues.getNumeric(ctx.reader(), Fields.IS_DIGEST);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new AuthorityScorer(supplier.get(leadCost), digest, digestWeight);
                    }

                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        // The inner query's own bulk scorer (MaxScore for a top-level disjunction) skips far more
                        // than iterating its scorer would; the factor is applied as each hit is collected.
                        BulkScorer inner = supplier.bulkScorer();
                        return new BulkScorer() {
                            @Override
                            public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                                return inner.score(new AuthorityCollector(collector, digest, digestWeight), acceptDocs, min, max);
                            }

                            @Override
                            public long cost() {
                                return inner.cost();
                            }
                        };
                    }

                    @Override
                    public long cost() {
                        return supplier.cost();
                    }

                    @Override
                    public void setTopLevelScoringClause() throws IOException {
                        supplier.setTopLevelScoringClause();
                    }
                };
            }

            @Override
            public Explanation explain(LeafReaderContext ctx, int doc) throws IOException {
                Explanation e = in.explain(ctx, doc);
                if (!e.isMatch()) return e;
                float factor = factor(DocValues.getNumeric(ctx.reader(), Fields.IS_DIGEST), doc, digestWeight);
                return Explanation.match(e.getValue().floatValue() * factor, "authority of the text, product of:",
                        e, Explanation.match(factor, factor == 1f ? "official text" : "digest weight"));
            }
        };
    }

    /** The authority factor of {@code doc}: {@code digestWeight} for a digest, 1 for the official text. */
    private static float factor(NumericDocValues digest, int doc, float digestWeight) throws IOException {
        return digest.advanceExact(doc) && digest.longValue() == 1 ? digestWeight : 1f;
    }

    /**
     * Passes each hit on with its score times the authority factor. The collector reads the score while collecting a
     * document, so the factor is that document's.
     */
    private static final class AuthorityCollector extends FilterLeafCollector {
        private final NumericDocValues digest;
        private final float digestWeight;
        private int doc = -1;

        AuthorityCollector(LeafCollector in, NumericDocValues digest, float digestWeight) {
            super(in);
            this.digest = digest;
            this.digestWeight = digestWeight;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            in.setScorer(new Scorable() {
                @Override
                public float score() throws IOException {
                    return scorer.score() * factor(digest, doc, digestWeight);
                }

                @Override
                public void setMinCompetitiveScore(float minScore) throws IOException {
                    scorer.setMinCompetitiveScore(minScore);   // valid as the factor is at most 1
                }
            });
        }

        @Override
        public void collect(int doc) throws IOException {
            this.doc = doc;
            in.collect(doc);
        }

        @Override
        public DocIdSetIterator competitiveIterator() throws IOException {
            return in.competitiveIterator();   // FilterLeafCollector does not pass this on
        }
    }

    /** The inner scorer's score times the authority factor; bounds stay valid because the factor is at most 1. */
    private static final class AuthorityScorer extends Scorer {
        private final Scorer in;
        private final NumericDocValues digest;
        private final float digestWeight;

        AuthorityScorer(Scorer in, NumericDocValues digest, float digestWeight) {
            this.in = in;
            this.digest = digest;
            this.digestWeight = digestWeight;
        }

        @Override
        public float score() throws IOException {
            return in.score() * factor(digest, in.docID(), digestWeight);
        }

        @Override
        public int docID() {
            return in.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
            return in.iterator();
        }

        @Override
        public TwoPhaseIterator twoPhaseIterator() {
            return in.twoPhaseIterator();
        }

        @Override
        public int advanceShallow(int target) throws IOException {
            return in.advanceShallow(target);
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
            return in.getMaxScore(upTo);
        }

        @Override
        public void setMinCompetitiveScore(float minScore) throws IOException {
            // A document below minScore before the factor stays below it after (the factor is at most 1).
            in.setMinCompetitiveScore(minScore);
        }
    }

    @Override
    public String toString(String field) {
        return "authority(" + in.toString(field) + ", digest=" + digestWeight + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && ((AuthorityQuery) o).in.equals(in) && ((AuthorityQuery) o).digestWeight == digestWeight;
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, digestWeight);
    }
}
