package org.regatlas.api;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.search.SearchHit;
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
            byte[] body = keptBody(p);
            // {"query":...,"size":10} + {"hits":[...],"facets":{...}} -> {"query":...,"size":10,"hits":[...],"facets":{...}}
            ByteArrayOutputStream out = new ByteArrayOutputStream(head.length + body.length);
            out.write(head, 0, head.length - 1);
            out.write(',');
            out.write(body, 1, body.length - 1);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing the search JSON", e);
        }
    }

    /** The body of {@code p}, written once per page computed and kept for the cached pages that share it. */
    private byte[] keptBody(SearchPage p) throws IOException {
        Same key = new Same(p.hits(), p.facets());
        synchronized (bodies) {
            byte[] cached = bodies.get(key);
            if (cached != null) return cached;
        }
        byte[] body = body(p);
        synchronized (bodies) {
            bodies.put(key, body);
        }
        return body;
    }

    /**
     * {@code {"hits":[...],"facets":{...}}}, field by field as {@link WireSearch} serializes them (nulls included):
     * serializing the records through the object mapper was a tenth of an uncached search. {@code SearchJsonTest}
     * compares the two byte for byte.
     */
    private static byte[] body(SearchPage p) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("hits");
            for (SearchHit h : p.hits()) {
                g.writeStartObject();
                g.writeStringField("id", h.id());
                g.writeStringField("docId", h.docId());
                g.writeStringField("docTitle", h.docTitle());
                g.writeStringField("jurisdiction", h.jurisdiction());
                g.writeStringField("agency", h.agency());
                g.writeObjectFieldStart("section");
                g.writeStringField("path", h.sectionPath());
                strings(g, "headings", h.headings());
                g.writeEndObject();
                g.writeStringField("text", h.text());
                g.writeStringField("highlight", h.highlight());
                g.writeStringField("strength", h.strength());
                strings(g, "topics", h.topics());
                g.writeStringField("provenance", h.provenance());
                g.writeNumberField("score", h.score());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeObjectFieldStart("facets");
            for (Map.Entry<String, Map<String, Integer>> dim : p.facets().entrySet()) {
                g.writeObjectFieldStart(dim.getKey());
                for (Map.Entry<String, Integer> v : dim.getValue().entrySet()) g.writeNumberField(v.getKey(), v.getValue());
                g.writeEndObject();
            }
            g.writeEndObject();
            g.writeEndObject();
        }
        return out.toByteArray();
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
