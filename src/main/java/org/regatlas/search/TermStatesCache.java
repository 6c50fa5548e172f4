package org.regatlas.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Term queries over one index reader with the term already looked up: where it is in each segment's term
 * dictionary and how often it occurs. A query word is searched in several fields and the same words come up in
 * query after query; looking each term up again on every search was a tenth of a search over the shipped corpus.
 * What is kept is the index's own data for a term, never an answer, and it is good for as long as the reader is
 * (the reader never changes: a rebuild opens a new one). At most {@link #MAX_TERMS} terms are held; past that the
 * table starts again empty. Thread-safe.
 */
final class TermStatesCache implements LuceneQueries.TermQueries {
    static final int MAX_TERMS = 100_000;

    private final IndexSearcher searcher;
    private final Memo<Term, TermStates> states = new Memo<>(MAX_TERMS);

    TermStatesCache(IndexReader reader) {
        this.searcher = new IndexSearcher(reader);   // only looks terms up, on the calling thread
    }

    @Override
    public Query of(Term term) {
        return new TermQuery(term, states.get(term, this::lookUp));
    }

    @Override
    public int docFreq(Term term) {
        return states.get(term, this::lookUp).docFreq();
    }

    @Override
    public int docCount() {
        return searcher.getIndexReader().maxDoc();
    }

    private TermStates lookUp(Term term) {
        try {
            return TermStates.build(searcher, term, true);
        } catch (IOException e) {
            throw new UncheckedIOException("looking up " + term, e);
        }
    }

    int size() {
        return states.size();
    }
}
