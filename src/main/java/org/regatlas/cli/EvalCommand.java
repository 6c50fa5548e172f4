package org.regatlas.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.api.Json;
import org.regatlas.search.Evaluation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code regatlas eval QUERIES.json}: nDCG@10, Recall@10 and MRR, overall, per language, per jurisdiction asked about
 * and per topic, and the weakest queries. Judged items are verbatim markers or digest records' factIds.
 */
@Command(name = "eval", description = "Measure search quality on a query set judged by markers or factIds.")
final class EvalCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OpenSearchOption opensearch;

    @Parameters(paramLabel = "QUERIES.json", arity = "1..*", description = "One or more query sets, each scored on its own.")
    List<Path> files;

    @Option(names = "--json", description = "Print the metrics as JSON.")
    boolean json;

    @Option(names = "--weakest", defaultValue = "8", description = "How many of the weakest queries to list.")
    int weakest;

    @Override
    public void run() {
        List<List<Evaluation.Judged>> sets = files.stream().map(EvalCommand::read).toList();
        try (Engine engine = Engine.open(corpus, opensearch.config())) {
            Map<String, Object> reports = new LinkedHashMap<>();
            for (int i = 0; i < files.size(); i++) {
                if (files.size() > 1 && !json) System.out.println("== " + files.get(i));
                reports.put(files.get(i).toString(), report(engine, sets.get(i)));
            }
            // One JSON document: the set's report, or the reports by file when there are several.
            if (json) System.out.println(Json.pretty(files.size() == 1 ? reports.values().iterator().next() : reports));
        }
    }

    /** Scores one query set; prints it unless {@code --json}, and returns it as JSON-ready values. */
    private Map<String, Object> report(Engine engine, List<Evaluation.Judged> queries) {
        java.util.function.Function<String, String> jurisdictionOf = doc -> engine.corpus.document(doc)
                .map(d -> d.meta().jurisdiction().name()).orElse("?");
        Evaluation.run(engine.search, queries.subList(0, Math.min(3, queries.size())));   // warm-up
        List<Evaluation.Score> scores = Evaluation.run(engine.search, queries, jurisdictionOf);
        Evaluation.Summary all = Evaluation.summarize(scores);
        Map<String, Evaluation.Summary> byLang = Evaluation.by(scores, Evaluation.Score::lang);
        Map<String, Evaluation.Summary> byJurisdiction = Evaluation.by(scores, Evaluation.Score::jurisdiction);
        Map<String, Evaluation.Summary> byTopic = Evaluation.by(scores, Evaluation.Score::topic);
        double[] times = scores.stream().mapToDouble(Evaluation.Score::tookMs).sorted().toArray();
        double median = times.length == 0 ? 0 : times[times.length / 2];
        List<Evaluation.Score> weak = scores.stream().sorted(Comparator.comparingDouble(Evaluation.Score::ndcg)).limit(weakest).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("overall", all);
        out.put("byLang", byLang);
        out.put("byJurisdiction", byJurisdiction);
        out.put("byTopic", byTopic);
        out.put("medianMs", median);
        out.put("queries", scores);
        if (json) return out;
        System.out.printf("queries %d   nDCG@10 %.4f   Recall@10 %.4f   MRR %.4f   median %.2f ms/query (server-side)%n",
                all.queries(), all.ndcg(), all.recall(), all.mrr(), median);
        byLang.forEach((lang, s) -> System.out.printf("  %-6s %2d queries   nDCG@10 %.4f   Recall@10 %.4f   MRR %.4f%n",
                lang, s.queries(), s.ndcg(), s.recall(), s.mrr()));
        System.out.println("by jurisdiction of the best answers:");
        byJurisdiction.forEach((j, s) -> System.out.printf("  %-8s %2d queries   nDCG@10 %.4f   Recall@10 %.4f   MRR %.4f%n",
                j, s.queries(), s.ndcg(), s.recall(), s.mrr()));
        System.out.println("by topic:");
        byTopic.forEach((t, s) -> System.out.printf("  %-22s %2d   nDCG@10 %.4f   Recall@10 %.4f%n", t, s.queries(), s.ndcg(), s.recall()));
        System.out.println("weakest:");
        for (Evaluation.Score s : weak) {
            System.out.printf("  %s [%s] nDCG %.3f recall %.2f  %s%n", s.id(), s.lang(), s.ndcg(), s.recall(), s.query());
        }
        return out;
    }

    static List<Evaluation.Judged> read(Path file) {
        try {
            List<Evaluation.Judged> out = Evaluation.read(file);
            if (out.isEmpty()) throw new IllegalArgumentException(file + ": no queries found (expected {\"queries\": [...]})");
            return out;
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot be read as a query set (" + e.getMessage() + ")");
        }
    }
}
