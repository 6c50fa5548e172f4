package org.regatlas.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regatlas.search.Memo;
import org.regatlas.search.SearchHit;
import org.regatlas.search.SearchPage;

/**
 * Writes the search JSON ({@link WireSearch}) as bytes. A page answered from the result cache shares its hits and
 * facets with the page first computed, so their serialized form (nearly all of a 10-13 KB answer, and a third of
 * the CPU of answering a repeated search) is kept and written again; only the head (query, totals, time, paging) is
 * serialized for each request. A page searched afresh is written in one pass and its body kept. The output is
 * exactly what serializing the whole {@link WireSearch} gives. Thread-safe.
 */
final class SearchJson {
    static final SearchJson INSTANCE = new SearchJson(1024);

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
    /** The JSON of each shown provision's fixed fields, for as many provisions as a reader's shown documents. */
    private final Memo<Fixed, Fixed.Fragments> fixedJson = new Memo<>(8192);

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
            Same key = new Same(p.hits(), p.facets());
            byte[] kept;
            synchronized (bodies) {
                kept = bodies.get(key);
            }
            return kept != null ? withBody(p, page, size, kept) : whole(p, page, size, key);
        } catch (IOException e) {
            throw new IllegalStateException("writing the search JSON", e);
        }
    }

    /** A fresh head and a kept body: {"query":...,"size":10} + "hits":[...],"facets":{...} -> {"query":...,...}. */
    private static byte[] withBody(SearchPage p, int page, int size, byte[] body) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream(256);
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(head)) {
            head(g, p, page, size);
            g.writeEndObject();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(head.size() + body.length + 1);
        out.write(head.toByteArray(), 0, head.size() - 1);
        out.write(',');
        out.write(body);
        out.write('}');
        return out.toByteArray();
    }

    /** The whole answer in one pass; its body's bytes are kept under {@code key} for the cached pages sharing it. */
    private byte[] whole(SearchPage p, int page, int size, Same key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16_384);
        int bodyStart;
        try (JsonGenerator g = Json.mapper().getFactory().createGenerator(out)) {
            head(g, p, page, size);
            g.flush();
            bodyStart = out.size() + 1;   // past the comma the generator puts before "hits"
            body(g, p);
            g.writeEndObject();
        }
        byte[] whole = out.toByteArray();
        synchronized (bodies) {
            bodies.put(key, java.util.Arrays.copyOfRange(whole, bodyStart, whole.length - 1));
        }
        return whole;
    }

    /** The object's start and the fields before the hits, in {@link WireSearch}'s order. */
    private static void head(JsonGenerator g, SearchPage p, int page, int size) throws IOException {
        g.writeStartObject();
        g.writeStringField("query", p.query());
        g.writeNumberField("total", p.total());
        g.writeBooleanField("totalExact", p.totalExact());
        g.writeNumberField("tookMs", p.tookMs());
        g.writeNumberField("page", page);
        g.writeNumberField("size", size);
        g.writeObjectFieldStart("understood");
        g.writeArrayFieldStart("sources");
        for (var s : p.understood().sources()) {
            g.writeStartObject();
            g.writeStringField("dimension", s.dimension());
            g.writeStringField("value", s.value());
            g.writeStringField("text", s.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeBooleanField("requirement", p.understood().requirement());
        g.writeArrayFieldStart("leftOut");
        for (String w : p.understood().leftOut()) g.writeString(w);
        g.writeEndArray();
        g.writeArrayFieldStart("products");
        for (String c : p.understood().products()) g.writeString(c);
        g.writeEndArray();
        g.writeStringField("answer", p.understood().answer());   // null when none, as WireSearch writes it
        g.writeEndObject();
    }

    /**
     * {@code "hits":[...],"facets":{...}}, field by field as {@link WireSearch} serializes them (nulls included):
     * serializing the records through the object mapper was a tenth of an uncached search. A hit's fields other than
     * its highlight and score are written once per provision ({@link Fixed}) and copied after that: they were most
     * of the bytes, and the same provisions come up again and again. {@code SearchJsonTest} compares the result with
     * the mapper's output byte for byte.
     */
    private void body(JsonGenerator g, SearchPage p) throws IOException {
        g.writeArrayFieldStart("hits");
        for (SearchHit h : p.hits()) {
            Fixed.Fragments fixed = fixedJson.get(Fixed.of(h), Fixed::json);
            g.writeStartObject();
            // The generator counts the fields it wrote itself: none before the highlight, so it puts no comma
            // there (the first fragment ends with one); one after it, so the score gets its comma.
            g.writeRaw(fixed.beforeHighlight());
            g.writeStringField("highlight", h.highlight());
            g.writeRaw(fixed.afterHighlight());
            g.writeStringField("highlightEn", h.highlightEn());
            g.writeStringField("highlightZh", h.highlightZh());
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
    }

    /**
     * The fields of a hit that are the same in every search showing its provision. Equal fields give equal bytes,
     * so a provision changed by a rebuild is a different key, never stale JSON.
     */
    private record Fixed(String id, String docId, String docTitle, String jurisdiction, String agency,
                         @Nullable String sectionPath, List<String> headings, String text, String strength,
                         List<String> topics, String provenance, List<String> translated, @Nullable String textEn,
                         @Nullable String textZh) {
        /**
         * The id and the text tell provisions apart, and their strings keep their hash: hashing every field was a
         * fifth of writing a hit. Equality still compares every field.
         */
        @Override
        public int hashCode() {
            return 31 * id.hashCode() + text.hashCode();
        }

        static Fixed of(SearchHit h) {
            return new Fixed(h.id(), h.docId(), h.docTitle(), h.jurisdiction(), h.agency(), h.sectionPath(),
                    h.headings(), h.text(), h.strength(), h.topics(), h.provenance(), h.translated(), h.textEn(),
                    h.textZh());
        }

        /**
         * The fields before the highlight, through {@code "text":"...",}; and those after it up to the translation's
         * highlight, each after a comma.
         */
        record Fragments(SerializedString beforeHighlight, SerializedString afterHighlight) {}

        Fragments json() {
            try {
                ByteArrayOutputStream before = new ByteArrayOutputStream(1024);
                try (JsonGenerator g = Json.mapper().getFactory().createGenerator(before)) {
                    g.writeStartObject();
                    g.writeStringField("id", id);
                    g.writeStringField("docId", docId);
                    g.writeStringField("docTitle", docTitle);
                    g.writeStringField("jurisdiction", jurisdiction);
                    g.writeStringField("agency", agency);
                    g.writeObjectFieldStart("section");
                    g.writeStringField("path", sectionPath);
                    strings(g, "headings", headings);
                    g.writeEndObject();
                    g.writeStringField("text", text);
                    g.writeEndObject();
                }
                ByteArrayOutputStream after = new ByteArrayOutputStream(256);
                try (JsonGenerator g = Json.mapper().getFactory().createGenerator(after)) {
                    g.writeStartObject();
                    g.writeStringField("strength", strength);
                    strings(g, "topics", topics);
                    g.writeStringField("provenance", provenance);
                    strings(g, "translated", translated);
                    g.writeStringField("textEn", textEn);
                    g.writeStringField("textZh", textZh);
                    g.writeEndObject();
                }
                // {"id":...,"text":"..."} -> "id":...,"text":"...",   and   {"strength":...} -> ,"strength":...
                String b = before.toString(StandardCharsets.UTF_8);
                String a = after.toString(StandardCharsets.UTF_8);
                return new Fragments(primed(b.substring(1, b.length() - 1) + ","), primed("," + a.substring(1, a.length() - 1)));
            } catch (IOException e) {
                throw new UncheckedIOException("writing a hit's JSON", e);
            }
        }

        private static SerializedString primed(String raw) {
            SerializedString s = new SerializedString(raw);
            s.asUnquotedUTF8();   // encoded here, once, rather than by the first search that writes it
            return s;
        }
    }

    private static void strings(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }
}
