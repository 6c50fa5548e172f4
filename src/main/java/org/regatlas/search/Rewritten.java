package org.regatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.MultiReader;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * A concept's part of a query, a dis-max already in the form Lucene's rewrite gives it, which every later rewrite
 * leaves as it is. A search rewrites its whole query, and each pass over a concept's dis-max walked and hashed its
 * clauses again only to find nothing to change: a tenth of a search. Scores, matches, explanations and equality are
 * those of the part itself. Only for parts whose rewrite needs no index (term, phrase, Boolean, boost and dis-max
 * queries).
 */
final class Rewritten extends Query {
    /** Rewrites here need no documents: none of the parts' queries reads the index to rewrite. */
    private static final IndexSearcher NO_INDEX = noIndex();

    private final Query in;
    private final int hash;

    private static IndexSearcher noIndex() {
        try {
            return new IndexSearcher(new MultiReader());
        } catch (IOException e) {
            throw new UncheckedIOException("an empty reader", e);
        }
    }

    /** The part itself (what another engine's query is built from). */
    Query inner() {
        return in;
    }

    private Rewritten(Query in) {
        this.in = in;
        this.hash = 31 * classHash() + in.hashCode();
    }

    /**
     * {@code q} rewritten until it no longer changes, then kept from further rewriting if it is a dis-max: a rewrite
     * never merges a dis-max into the query around it, so keeping it as it is changes nothing. Anything else is
     * returned rewritten but open, as a Boolean query may yet be merged into its parent.
     */
    static Query of(Query q) {
        try {
            Query rewritten = NO_INDEX.rewrite(q);
            return rewritten instanceof DisjunctionMaxQuery ? new Rewritten(rewritten) : rewritten;
        } catch (IOException e) {
            throw new UncheckedIOException("rewriting " + q, e);
        }
    }

    @Override
    public Query rewrite(IndexSearcher searcher) {
        return this;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) throws IOException {
        return in.createWeight(searcher, scoreMode, boost);
    }

    @Override
    public void visit(QueryVisitor visitor) {
        in.visit(visitor);
    }

    @Override
    public String toString(String field) {
        return in.toString(field);
    }

    @Override
    public boolean equals(Object o) {
        return sameClassAs(o) && ((Rewritten) o).in.equals(in);
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
