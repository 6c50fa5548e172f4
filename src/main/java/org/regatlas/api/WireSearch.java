package org.regatlas.api;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regatlas.search.SearchHit;
import org.regatlas.search.SearchPage;

/**
 * The search JSON of DESIGN.md: {@code {query, total, tookMs, hits, facets}} plus paging, {@code totalExact}:
 * false when the total and facet counts are lower bounds (more matches than paging reaches), and {@code understood}:
 * the sources the query names (ranked first, not filtered) and whether it asks for a requirement; a request with
 * {@code understand=false} ranks the words alone.
 */
public record WireSearch(String query, long total, boolean totalExact, double tookMs, int page, int size,
                         Understood understood, List<Hit> hits, Map<String, Map<String, Integer>> facets) {

    /**
     * What the search understood beyond the words; empty sources and false when nothing. {@code leftOut}: the words
     * of a query too long to search whole that were left out as the least informative (empty for ordinary queries);
     * {@code products}: the product classes a query naming no source asks about, whose excluding guidelines follow;
     * {@code answer}: the kind of answer asked for ({@code definition}, {@code quantity}) whose provisions rank first,
     * or null.
     */
    public record Understood(List<Source> sources, boolean requirement, List<String> leftOut, List<String> products,
                             @Nullable String answer) {}

    /** A source the query names: {@code dimension} is the filter name (agency, jurisdiction, doc). */
    public record Source(String dimension, String value, String text) {}

    /**
     * One hit. {@code translated} names the languages whose text here is the team's unofficial translation
     * ({@code ["en"]}: {@code textEn} renders a Chinese official sentence, marked in {@code highlightEn};
     * {@code ["zh"]}: {@code textZh} renders an English one, marked in {@code highlightZh}).
     */
    public record Hit(String id, String docId, String docTitle, String jurisdiction, String agency, Section section,
                      String text, String highlight, String strength, List<String> topics, String provenance,
                      List<String> translated, @Nullable String textEn, @Nullable String textZh,
                      @Nullable String highlightEn, @Nullable String highlightZh, float score) {}

    public record Section(@Nullable String path, List<String> headings) {}

    public static WireSearch of(SearchPage p, int page, int size) {
        List<Hit> hits = p.hits().stream().map(WireSearch::hit).toList();
        return new WireSearch(p.query(), p.total(), p.totalExact(), p.tookMs(), page, size, understood(p), hits,
                p.facets());
    }

    static Understood understood(SearchPage p) {
        return new Understood(p.understood().sources().stream()
                .map(s -> new Source(s.dimension(), s.value(), s.text())).toList(), p.understood().requirement(),
                p.understood().leftOut(), p.understood().products(), p.understood().answer());
    }

    private static Hit hit(SearchHit h) {
        return new Hit(h.id(), h.docId(), h.docTitle(), h.jurisdiction(), h.agency(),
                new Section(h.sectionPath(), h.headings()), h.text(), h.highlight(), h.strength(), h.topics(),
                h.provenance(), h.translated(), h.textEn(), h.textZh(), h.highlightEn(), h.highlightZh(), h.score());
    }
}
