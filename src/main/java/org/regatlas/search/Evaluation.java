package org.regatlas.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Search-quality metrics over graded relevance markers, as {@code ../shared/eval/README.md} defines them: nDCG@10,
 * Recall@10 and MRR per query, each marker credited once at the highest-ranked hit that contains it (whitespace
 * removed on both sides).
 */
public final class Evaluation {
    private Evaluation() {}

    private static final Pattern WS = Pattern.compile("\\s+");
    public static final int K = 10;

    /** One judged passage. */
    public record Marker(String doc, String marker, int grade) {}

    /** One query with its judgments. */
    public record Judged(String id, String query, String lang, String topic, List<Marker> relevant) {}

    /** The metrics of one query. */
    public record Score(String id, String query, String lang, String topic, double ndcg, double recall, double rr,
                       double tookMs) {}

    /** Means over a set of queries. */
    public record Summary(int queries, double ndcg, double recall, double mrr) {}

    /** Scores one query from its ranked hit texts. */
    public static Score score(Judged q, List<String> hitTexts, double tookMs) {
        List<String> markers = q.relevant().stream().map(m -> norm(m.marker())).toList();
        Set<Integer> credited = new HashSet<>();
        double dcg = 0;
        double rr = 0;
        for (int i = 0; i < Math.min(K, hitTexts.size()); i++) {
            String t = norm(hitTexts.get(i));
            int best = -1;
            for (int j = 0; j < markers.size(); j++) {
                if (!credited.contains(j) && t.contains(markers.get(j))) {
                    credited.add(j);
                    best = Math.max(best, q.relevant().get(j).grade());
                }
            }
            if (best >= 0) {
                dcg += (Math.pow(2, best) - 1) / (Math.log(i + 2) / Math.log(2));
                if (rr == 0) rr = 1.0 / (i + 1);
            }
        }
        List<Integer> ideal = q.relevant().stream().map(Marker::grade).sorted((a, b) -> b - a).limit(K).toList();
        double idcg = 0;
        for (int i = 0; i < ideal.size(); i++) idcg += (Math.pow(2, ideal.get(i)) - 1) / (Math.log(i + 2) / Math.log(2));
        return new Score(q.id(), q.query(), q.lang(), q.topic(), idcg == 0 ? 0 : dcg / idcg,
                markers.isEmpty() ? 0 : (double) credited.size() / markers.size(), rr, tookMs);
    }

    /** The mean of each metric. */
    public static Summary summarize(List<Score> scores) {
        int n = scores.size();
        if (n == 0) return new Summary(0, 0, 0, 0);
        return new Summary(n, scores.stream().mapToDouble(Score::ndcg).sum() / n,
                scores.stream().mapToDouble(Score::recall).sum() / n, scores.stream().mapToDouble(Score::rr).sum() / n);
    }

    /** Summaries by a key (language or topic), sorted by key. */
    public static Map<String, Summary> by(List<Score> scores, java.util.function.Function<Score, String> key) {
        Map<String, List<Score>> groups = new TreeMap<>();
        for (Score s : scores) groups.computeIfAbsent(key.apply(s), k -> new ArrayList<>()).add(s);
        Map<String, Summary> out = new LinkedHashMap<>();
        groups.forEach((k, v) -> out.put(k, summarize(v)));
        return out;
    }

    /** Runs every query against {@code search} (unchanged, no filters) and scores it. */
    public static List<Score> run(SearchService search, List<Judged> queries) {
        List<Score> out = new ArrayList<>();
        for (Judged q : queries) {
            SearchPage page = search.search(SearchQuery.of(q.query(), K));
            out.add(score(q, page.hits().stream().map(SearchHit::text).toList(), page.tookMs()));
        }
        return out;
    }

    /** Reads a query set in the format of {@code ../shared/eval/README.md}. */
    public static List<Judged> read(java.nio.file.Path file) throws java.io.IOException {
        var root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
        List<Judged> out = new ArrayList<>();
        for (var q : root.path("queries")) {
            List<Marker> markers = new ArrayList<>();
            for (var m : q.path("relevant")) {
                markers.add(new Marker(m.path("doc").asText(), m.path("marker").asText(), m.path("grade").asInt()));
            }
            out.add(new Judged(q.path("id").asText(), q.path("query").asText(), q.path("lang").asText(),
                    q.path("topic").asText(), markers));
        }
        return out;
    }

    static String norm(String s) {
        return s == null ? "" : WS.matcher(s).replaceAll("");
    }
}
