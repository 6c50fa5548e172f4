package org.regatlas.api;

/**
 * Reloads the corpus from disk and rebuilds the index for {@code POST /api/admin/reindex}. The composition root
 * supplies it, since only it knows where the corpus and the index live.
 */
@FunctionalInterface
public interface Reindexer {
    /**
     * Reads the corpus again and publishes a new index generation beside the live one.
     *
     * @return services over the new corpus and index, not yet seen by any request; the caller owns them
     */
    Services reindex();
}
