package org.regatlas.search;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectionStatistics;
import org.apache.lucene.search.IndexSearcher;

/**
 * A searcher that splits a large index into one slice per core, so one search runs on every core: a million
 * provisions merged into one segment would otherwise be scored on one thread while the others idle (under load the
 * slices stay on the searching thread: {@link SpareCores}). A small index
 * (the shipped corpus) is one slice and searched on the caller's thread alone, where handing work to another thread
 * would cost more than it saves.
 */
final class SlicedSearcher extends IndexSearcher {
    /** Below this many documents a slice is not worth a thread (a few milliseconds of scoring at most). */
    static final int MIN_DOCS_PER_SLICE = 100_000;

    private final int cores;
    private final int minDocsPerSlice;
    private final Map<String, Optional<CollectionStatistics>> fieldStatistics = new ConcurrentHashMap<>();

    /** @param slices runs slices beside the searching thread ({@link SpareCores}) */
    SlicedSearcher(IndexReader reader, Executor slices) {
        this(reader, slices, Runtime.getRuntime().availableProcessors(), MIN_DOCS_PER_SLICE);
    }

    SlicedSearcher(IndexReader reader, Executor slices, int cores, int minDocsPerSlice) {
        super(reader, slices);
        this.cores = cores;
        this.minDocsPerSlice = minDocsPerSlice;
    }

    /**
     * A field's statistics for scoring, summed over the segments once per searcher: every term of a query asked for
     * its field's again (40 to 70 terms a query, a fiftieth of a search). The reader never changes, so neither do
     * they; a searcher that overrides nothing else would give the same.
     */
    @Override
    public CollectionStatistics collectionStatistics(String field) throws IOException {
        Optional<CollectionStatistics> held = fieldStatistics.get(field);
        if (held == null) {
            held = Optional.ofNullable(super.collectionStatistics(field));
            fieldStatistics.putIfAbsent(field, held);
        }
        return held.orElse(null);
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
        // Called lazily, on the first search, once the fields are set.
        return slices(leaves, cores, minDocsPerSlice);
    }

    /** Slices of at least {@code minDocs} documents each, as few as give each of {@code cores} one; segments may split. */
    static LeafSlice[] slices(List<LeafReaderContext> leaves, int cores, int minDocs) {
        long docs = 0;
        for (LeafReaderContext leaf : leaves) docs += leaf.reader().maxDoc();
        int perSlice = (int) Math.max(minDocs, Math.min(Integer.MAX_VALUE, (docs + cores - 1) / cores));
        return slices(leaves, perSlice, Integer.MAX_VALUE, true);
    }
}
