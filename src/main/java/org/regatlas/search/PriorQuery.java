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
import org.apache.lucene.util.FixedBitSet;
import org.jspecify.annotations.Nullable;
import org.regatlas.index.Fields;

/**
 * Multiplies a query's score by what is known of the provision before reading it ({@link Priors}): where it stands as
 * a source (official text, digest, review article), how binding it is when the query asks for a requirement, and
 * whether it comes from the source the query names. Every factor is at most 1, so the query passes on score bounds and
 * the minimum competitive score, and a search that wants only the top hits can still skip the documents that cannot
 * reach them (a large index matches most documents on common CJK bigrams). Applied at query time so the weights can
 * be tuned without reindexing.
 */
final class PriorQuery extends Query {
    private final Query in;
    private final Priors priors;

    PriorQuery(Query in, Priors priors) {
        this.in = in;
        this.priors = Objects.requireNonNull(priors, "priors");
    }

    Query inner() {
        return in;
    }

    Priors priors() {
        return priors;
    }

    @Override
    public Query rewrite(IndexSearcher searcher) throws IOException {
        Query rewritten = in.rewrite(searcher);
        return rewritten == in ? this : new PriorQuery(rewritten, priors);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor.getSubVisitor(BooleanClause.Occur.MUST, this));
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        Weight inner = in.createWeight(searcher, scoreMode, boost);
        if (!scoreMode.needsScores()) return inner;
        Query preferred = priors.preferred();
        Weight sources = preferred == null ? null
                : searcher.createWeight(searcher.rewrite(preferred), ScoreMode.COMPLETE_NO_SCORES, 1f);
        Query answering = priors.answering();
        Weight answers = answering == null ? null
                : searcher.createWeight(searcher.rewrite(answering), ScoreMode.COMPLETE_NO_SCORES, 1f);
        float[] table = table(priors);
        return new FilterWeight(this, inner) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext ctx) throws IOException {
                ScorerSupplier supplier = in.scorerSupplier(ctx);
                if (supplier == null) return null;
                Factors factors = new Factors(ctx, priors, table, sources, answers);
                return new ScorerSupplier() {
                    @Override
                    public Scorer get(long leadCost) throws IOException {
                        return new PriorScorer(supplier.get(leadCost), factors);
                    }

                    @Override
                    public BulkScorer bulkScorer() throws IOException {
                        // The inner query's own bulk scorer (MaxScore for a top-level disjunction) skips far more
                        // than iterating its scorer would; the factor is applied as each hit is collected.
                        BulkScorer inner = supplier.bulkScorer();
                        return new BulkScorer() {
                            @Override
                            public int score(LeafCollector collector, Bits acceptDocs, int min, int max) throws IOException {
                                return inner.score(new PriorCollector(collector, factors), acceptDocs, min, max);
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
                float factor = new Factors(ctx, priors, table, sources, answers).of(doc);
                return Explanation.match(e.getValue().floatValue() * factor, "priors of the provision, product of:",
                        e, Explanation.match(factor, "source, strength, named-source, language and answer-kind factor"));
            }
        };
    }

    /**
     * Every factor the priors can give, by {@link PriorCodes} code, whether from a named source, and whether phrased as
     * the answer asked for: {@code table[code << 2 | named << 1 | answers]}, each computed as {@link Priors#factor}.
     */
    private static float[] table(Priors priors) {
        float[] out = new float[64 << 2];
        for (int code = 0; code < 64; code++) {
            for (int named = 0; named < 2; named++) {
                for (int answers = 0; answers < 2; answers++) {
                    out[code << 2 | named << 1 | answers] = priors.factor(PriorCodes.kind(code), PriorCodes.rank(code),
                            named == 1, PriorCodes.readable(code), answers == 1);
                }
            }
        }
        return out;
    }

    /** The factors of one segment's documents, read in increasing document order. Not thread-safe. */
    private static final class Factors {
        private final byte[] codes;
        private final float[] table;
        private final @Nullable NumericDocValues authority;
        private final @Nullable NumericDocValues strength;
        private final @Nullable NumericDocValues readable;
        private final @Nullable FixedBitSet preferred;
        private final @Nullable FixedBitSet answers;
        private final Priors priors;

        Factors(LeafReaderContext ctx, Priors priors, float[] table, @Nullable Weight sources, @Nullable Weight answers)
                throws IOException {
            PriorCodes read = PriorCodes.of(ctx.reader());
            this.codes = read.regular() ? read.codes() : null;
            this.table = table;
            // Values that fit no code (none the index writes today) are read as they are.
            this.authority = codes != null ? null : DocValues.getNumeric(ctx.reader(), Fields.AUTHORITY);
            this.strength = codes != null ? null : DocValues.getNumeric(ctx.reader(), Fields.STRENGTH_RANK);
            this.readable = codes != null ? null : DocValues.getNumeric(ctx.reader(), Fields.READABLE);
            this.priors = priors;
            this.preferred = sources == null ? null : docs(sources, ctx);
            this.answers = answers == null ? null : docs(answers, ctx);
        }

        /** The documents of the named sources in this segment (their postings, read once per search). */
        private static FixedBitSet docs(Weight sources, LeafReaderContext ctx) throws IOException {
            FixedBitSet out = new FixedBitSet(ctx.reader().maxDoc());
            Scorer s = sources.scorer(ctx);
            if (s != null) out.or(s.iterator());
            return out;
        }

        float of(int doc) throws IOException {
            boolean named = preferred == null || preferred.get(doc);
            boolean answering = answers == null || answers.get(doc);
            if (codes != null) return table[codes[doc] << 2 | (named ? 2 : 0) | (answering ? 1 : 0)];
            int kind = authority.advanceExact(doc) ? (int) authority.longValue() : Fields.OFFICIAL;
            int rank = strength.advanceExact(doc) ? (int) strength.longValue() : 0;
            int langs = readable.advanceExact(doc) ? (int) readable.longValue() : Fields.READ_ZH | Fields.READ_EN;
            return priors.factor(kind, rank, named, langs, answering);
        }
    }

    /**
     * Passes each hit on with its score times its factor. The collector reads the score while collecting a document,
     * so the factor is that document's.
     */
    private static final class PriorCollector extends FilterLeafCollector {
        private final Factors factors;
        private int doc = -1;

        PriorCollector(LeafCollector in, Factors factors) {
            super(in);
            this.factors = factors;
        }

        @Override
        public void setScorer(Scorable scorer) throws IOException {
            in.setScorer(new Scorable() {
                @Override
                public float score() throws IOException {
                    return scorer.score() * factors.of(doc);
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

    /** The inner scorer's score times the factor; bounds stay valid because the factor is at most 1. */
    private static final class PriorScorer extends Scorer {
        private final Scorer in;
        private final Factors factors;

        PriorScorer(Scorer in, Factors factors) {
            this.in = in;
            this.factors = factors;
        }

        @Override
        public float score() throws IOException {
            return in.score() * factors.of(in.docID());
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
        return "priors(" + in.toString(field) + ", " + priors + ")";
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && ((PriorQuery) o).in.equals(in) && ((PriorQuery) o).priors.equals(priors);
    }

    @Override
    public int hashCode() {
        return Objects.hash(classHash(), in, priors);
    }
}
