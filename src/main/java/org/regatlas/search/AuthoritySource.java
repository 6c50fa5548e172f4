package org.regatlas.search;

import java.io.IOException;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.regatlas.index.Fields;

/**
 * A score multiplier from the provision's provenance: 1 for the official text, {@code digestWeight} for a digest.
 * At equal relevance the official wording ranks first; the weight is applied at query time so it can be tuned
 * without reindexing.
 */
final class AuthoritySource extends DoubleValuesSource {
    private final double digestWeight;

    AuthoritySource(double digestWeight) {
        this.digestWeight = digestWeight;
    }

    @Override
    public DoubleValues getValues(LeafReaderContext ctx, DoubleValues scores) throws IOException {
        NumericDocValues digest = DocValues.getNumeric(ctx.reader(), Fields.IS_DIGEST);
        return new DoubleValues() {
            private double value = 1.0;

            @Override
            public double doubleValue() {
                return value;
            }

            @Override
            public boolean advanceExact(int doc) throws IOException {
                value = digest.advanceExact(doc) && digest.longValue() == 1 ? digestWeight : 1.0;
                return true;
            }
        };
    }

    @Override
    public boolean needsScores() {
        return false;
    }

    @Override
    public DoubleValuesSource rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public boolean isCacheable(LeafReaderContext ctx) {
        return DocValues.isCacheable(ctx, Fields.IS_DIGEST);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(digestWeight);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuthoritySource a && a.digestWeight == digestWeight;
    }

    @Override
    public String toString() {
        return "authority(digest=" + digestWeight + ")";
    }
}
