package org.regatlas.api;

import io.javalin.http.Context;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.regatlas.search.CompareService;
import org.regatlas.search.Comparison;
import org.regatlas.search.SearchHit;
import org.regatlas.search.SearchQuery;

/** {@code GET /api/compare?topic=T[&q=...]}: a topic's provisions side by side, by jurisdiction. */
final class CompareRoutes {
    private final CompareService compare;

    CompareRoutes(CompareService compare) {
        this.compare = compare;
    }

    /**
     * The compare JSON: groups per jurisdiction, each with its provisions or an explicit "none" note, and the words of
     * a query too long to search whole that were left out.
     */
    public record WireCompare(String topic, Wire.Title topicLabel, String query, List<WireGroup> groups,
                              List<String> leftOut) {}

    public record WireGroup(String jurisdiction, long total, boolean totalExact, @Nullable String note,
                            List<WireItem> provisions) {}

    public record WireItem(String id, String docId, String docTitle, String agency, @Nullable String issued,
                           String status, WireSearch.Section section, String text, String strength,
                           String provenance, List<String> topics, List<String> translated,
                           @Nullable String textEn, @Nullable String textZh) {}

    void compare(Context ctx) {
        String topic = ctx.queryParam("topic");
        if (topic == null || topic.isBlank()) {
            throw ApiException.badRequest("Parameter 'topic' is required (a taxonomy topic id such as ltfu or crs)");
        }
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        if (q.length() > SearchQuery.MAX_TEXT) {
            throw ApiException.badRequest("Parameter 'q' is " + q.length() + " characters; at most " + SearchQuery.MAX_TEXT);
        }
        ctx.json(wire(compare.compare(topic.strip(), q)));
    }

    static WireCompare wire(Comparison c) {
        List<WireGroup> groups = c.groups().stream().map(g -> new WireGroup(g.jurisdiction(), g.total(), g.totalExact(),
                g.total() == 0 ? "No provisions on this topic in " + g.jurisdiction() + " in the corpus" : null,
                g.provisions().stream().map(CompareRoutes::item).toList())).toList();
        return new WireCompare(c.topicId(), Wire.Title.of(c.topicLabel()), c.query(), groups, c.leftOut());
    }

    private static WireItem item(SearchHit h) {
        return new WireItem(h.id(), h.docId(), h.docTitle(), h.agency(), h.issued(), h.status(),
                new WireSearch.Section(h.sectionPath(), h.headings()), h.text(), h.strength(), h.provenance(), h.topics(),
                h.translated(), h.textEn(), h.textZh());
    }
}
