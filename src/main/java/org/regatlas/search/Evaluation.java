package org.regatlas.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Search-quality metrics over graded relevance judgments, as {@code ../shared/eval/README.md} defines them: nDCG@10,
 * Recall@10 and MRR per query, each judged item credited once at the highest-ranked hit that contains it. An item is
 * a verbatim marker (found in the hit's text, whitespace removed on both sides) or a digest record's {@code factId}
 * (the fact-sheet record behind the hit; several provisions may share one, and it still counts once).
 */
public final class Evaluation {
    private Evaluation() {}

    private static final Pattern WS = Pattern.compile("\\s+");
    public static final int K = 10;

    /** One judged item: a {@code marker} of verbatim text or a digest's {@code factId}, in document {@code doc}. */
    public record Marker(String doc, @Nullable String marker, @Nullable String factId, int grade) {
        public Marker {
            if ((marker == null) == (factId == null)) {
                throw new IllegalArgumentException("a judged item has a marker or a factId, not both or neither");
            }
        }

        /** A verbatim marker. */
        public Marker(String doc, String marker, int grade) {
            this(doc, marker, null, grade);
        }

        /** Whether {@code hit} contains this item. A hit from another document never does, when its document is known. */
        boolean in(Hit hit) {
            if (hit.docId() != null && !hit.docId().equals(doc)) return false;
            return factId != null ? factId.equals(hit.factId()) : hit.normText().contains(norm(marker));
        }
    }

    /** One ranked hit as the judgments see it ({@code docId} null: matched on text alone). */
    public record Hit(@Nullable String docId, @Nullable String factId, String text) {
        String normText() {
            return norm(text);
        }
    }

    /** One query with its judgments. */
    public record Judged(String id, String query, String lang, String topic, List<Marker> relevant) {}

    /**
     * The metrics of one query. {@code jurisdiction}: where its best answers are (the jurisdictions of its grade-2
     * items, joined by {@code +}), so results can be read per jurisdiction asked about.
     */
    public record Score(String id, String query, String lang, String topic, String jurisdiction, double ndcg,
                        double recall, double rr, double tookMs) {}

    /** Means over a set of queries. */
    public record Summary(int queries, double ndcg, double recall, double mrr) {}

    /** Scores one query from its ranked hit texts (markers only; no document check). */
    public static Score score(Judged q, List<String> hitTexts, double tookMs) {
        return score(q, hitTexts.stream().map(t -> new Hit(null, null, t)).toList(), tookMs, "");
    }

    /** Scores one query from its ranked hits. */
    public static Score score(Judged q, List<Hit> hits, double tookMs, String jurisdiction) {
        List<Marker> items = q.relevant();
        Set<Integer> credited = new HashSet<>();
        double dcg = 0;
        double rr = 0;
        for (int i = 0; i < Math.min(K, hits.size()); i++) {
            int best = -1;
            for (int j = 0; j < items.size(); j++) {
                if (!credited.contains(j) && items.get(j).in(hits.get(i))) {
                    credited.add(j);
                    best = Math.max(best, items.get(j).grade());
                }
            }
            if (best >= 0) {
                dcg += (Math.pow(2, best) - 1) / (Math.log(i + 2) / Math.log(2));
                if (rr == 0) rr = 1.0 / (i + 1);
            }
        }
        List<Integer> ideal = items.stream().map(Marker::grade).sorted((a, b) -> b - a).limit(K).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        return new Score(q.id(), q.query(), q.lang(), q.topic(), jurisdiction, idcg == 0 ? 0 : dcg / idcg,
                items.isEmpty() ? 0 : (double) credited.size() / items.size(), rr, tookMs);
    }

    /** The mean of each metric. */
    public static Summary summarize(List<Score> scores) {
        int n = scores.size();
        if (n == 0) return new Summary(0, 0, 0, 0);
        return new Summary(n, scores.stream().mapToDouble(Score::ndcg).sum() / n,
                scores.stream().mapToDouble(Score::recall).sum() / n, scores.stream().mapToDouble(Score::rr).sum() / n);
    }

    /** Summaries by a key (language, jurisdiction or topic), sorted by key. */
    public static Map<String, Summary> by(List<Score> scores, Function<Score, String> key) {
        Map<String, List<Score>> groups = new TreeMap<>();
        for (Score s : scores) groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
        Map<String, Summary> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, summarize(v)));
        return out;
    }

    /** Runs every query against {@code search} (unchanged, no filters) and scores it; jurisdictions unknown. */
    public static List<Score> run(SearchBackend search, List<Judged> queries) {
        return run(search, queries, doc -> "?");
    }

    /**
     * Runs every query against {@code search} (unchanged, no filters) and scores it, labelling each query with the
     * jurisdictions of its best answers ({@code jurisdictionOf} maps a document id to its jurisdiction).
     */
    public static List<Score> run(SearchBackend search, List<Judged> queries, Function<String, String> jurisdictionOf) {
        List<Score> out = new ArrayList<>();
        for (Judged q : queries) {
            SearchPage page = search.search(SearchQuery.of(q.query(), K));
            List<Hit> hits = page.hits().stream().map(h -> new Hit(h.docId(), h.factId(), h.text())).toList();
            out.add(score(q, hits, page.tookMs(), jurisdiction(q, jurisdictionOf)));
        }
        return out;
    }

    private static String jurisdiction(Judged q, Function<String, String> jurisdictionOf) {
        int top = q.relevant().stream().mapToInt(Marker::grade).max().orElse(0);
        Set<String> where = new TreeSet<>();
        for (Marker m : q.relevant()) if (m.grade() == top) where.add(jurisdictionOf.apply(m.doc()));
        return String.join("+", where);
    }

    /** Reads a query set in the format of {@code ../shared/eval/README.md} (markers, factIds or both). */
    public static List<Judged> read(java.nio.file.Path file) throws java.io.IOException {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        List<Judged> out = new ArrayList<>();
        for (var q : root.path("queries")) {
            List<Marker> items = new ArrayList<>();
            for (var m : q.path("relevant")) {
                String marker = m.hasNonNull("marker") ? m.get("marker").asText() : null;
                String factId = m.hasNonNull("factId") ? m.get("factId").asText() : null;
                try {
                    items.add(new Marker(m.path("doc").asText(), marker, factId, m.path("grade").asInt()));
                } catch (IllegalArgumentException e) {
                    throw new java.io.IOException("query " + q.path("id").asText() + ": " + e.getMessage(), e);
                }
            }
            out.add(new Judged(q.path("id").asText(), q.path("query").asText(), q.path("lang").asText(),
                    q.path("topic").asText(), items));
        }
        return out;
    }

    static String norm(String s) {
        return s == null ? "" : WS.matcher(s).replaceAll("");
    }
}
