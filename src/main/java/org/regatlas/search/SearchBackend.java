package org.regatlas.search;

/**
 * Where searches run: the embedded Lucene index ({@link SearchService}, the default) or a cluster of another engine
 * that holds the same fields and runs the same queries. API, compare, eval and checklist read only this. Thread-safe.
 */
public interface SearchBackend extends AutoCloseable {
    /**
     * Runs {@code q}.
     *
     * @throws InvalidQueryException     for a malformed query or an unknown filter value (the caller's mistake)
     * @throws IndexUnavailableException when there is no index to search now (being built, or the cluster cannot
     *                                   answer); the message says why
     */
    SearchPage search(SearchQuery q);

    /** Opens (or switches to) the live index; returns false when there is none yet. */
    boolean reopen();

    @Override
    void close();
}
