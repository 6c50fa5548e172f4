package org.regatlas.search;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recently answered searches of one index generation, least recently used dropped first: people page back and forth,
 * toggle a filter and back, and share links, so the same request comes again while the index is unchanged. A new
 * generation is a new key, so a rebuilt index never answers from the old one. Thread-safe.
 */
final class ResultCache {
    /** Entries kept by default (a page of hits is a few kilobytes); {@code -Dregatlas.searchCache=0} turns it off. */
    static final int DEFAULT_ENTRIES = Integer.getInteger("regatlas.searchCache", 1024);

    private record Key(Path generation, SearchQuery query) {}

    private final int capacity;
    private final Map<Key, SearchPage> pages;

    ResultCache(int capacity) {
        this.capacity = capacity;
        this.pages = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, SearchPage> eldest) {
                return size() > ResultCache.this.capacity;
            }
        };
    }

    synchronized @Nullable SearchPage get(Path generation, SearchQuery query) {
        return capacity == 0 ? null : pages.get(new Key(generation, query));
    }

    synchronized void put(Path generation, SearchQuery query, SearchPage page) {
        if (capacity > 0) pages.put(new Key(generation, query), page);
    }

    /** Drops every entry (a new generation is live; the old entries could only waste memory). */
    synchronized void clear() {
        pages.clear();
    }
}
