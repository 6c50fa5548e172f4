package org.regatlas.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.ByteArrayOutputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.search.SearchPage;

/**
 * Writes the search JSON ({@link WireSearch}) as bytes. A page answered from the result cache shares its hits and
 * facets with the page first computed, so their serialized form (nearly all of a 10-13 KB answer, and a third of
 * the CPU of answering a repeated search) is kept and written again; only the head (query, totals, time, paging) is
 * serialized for each request. The output is exactly what serializing the whole {@link WireSearch} gives.
 * Thread-safe.
 */
final class SearchJson {
    static final SearchJson INSTANCE = new SearchJson(1024);

    /** The fields before the hits, in {@link WireSearch}'s order. */
    private record Head(String query, long total, boolean totalExact, double tookMs, int page, int size) {}

    /** The fields from the hits on, in {@link WireSearch}'s order. */
    private record Body(List<WireSearch.Hit> hits, Map<String, Map<String, Integer>> facets) {}

    /** A page's hits and facets by identity: a cached page hands out the very same collections again. */
    private record Same(List<?> hits, Map<?, ?> facets) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Same s && s.hits == hits && s.facets == facets;
        }

        @Override
        public int hashCode() {
            return 31 * System.identityHashCode(hits) + System.identityHashCode(facets);
        }
    }

    private final Map<Same, byte[]> bodies;

    SearchJson(int entries) {
        this.bodies = new LinkedHashMap<>(entries, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Same, byte[]> eldest) {
                return size() > entries;
            }
        };
    }

    byte[] write(SearchPage p, int page, int size) {
        try {
            byte[] head = Json.mapper().writeValueAsBytes(new Head(p.query(), p.total(), p.totalExact(), p.tookMs(), page, size));
            byte[] body = body(p, page, size);
            // {"query":...,"size":10} + {"hits":[...],"facets":{...}} -> {"query":...,"size":10,"hits":[...],"facets":{...}}
            ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + body.length);
            out.write(head, 0, head.length - 1);
            out.write(',');
            out.write(body, 1, body.length - 1);
            return out.toByteArray();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("writing the search JSON", e);
        }
    }

    private byte[] body(SearchPage p, int page, int size) throws JsonProcessingException {
        Same key = new Same(p.hits(), p.facets());
        synchronized (bodies) {
            byte[] cached = bodies.get(key);
            if (cached != null) return cached;
        }
        WireSearch wire = WireSearch.of(p, page, size);
        byte[] body = Json.mapper().writeValueAsBytes(new Body(wire.hits(), wire.facets()));
        synchronized (bodies) {
            bodies.put(key, body);
        }
        return body;
    }
}
