package org.regatlas.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.regatlas.TestCorpus;
import org.regatlas.TestIndex;

/**
 * Search quality on ../shared/eval/search-dev.json, pinned to src/test/resources/eval/expected-metrics.json at 4
 * decimals: a change that moves the metrics must update the expected values in the same commit, saying why.
 */
class SearchEvalIT {
    @Test
    void devSetMetricsMatchTheRecordedValuesAndTheTargets() throws Exception {
        Path shared = TestCorpus.shared();
        assumeTrue(shared != null && Files.exists(shared.resolve("eval/search-dev.json")), "../shared/eval is absent");
        List<Evaluation.Judged> queries = Evaluation.read(shared.resolve("eval/search-dev.json"));
        List<Evaluation.Score> scores = Evaluation.run(TestIndex.search(), queries);
        Evaluation.Summary all = Evaluation.summarize(scores);
        Map<String, Evaluation.Summary> byLang = Evaluation.by(scores, Evaluation.Score::lang);

        JsonNode expected = new ObjectMapper().readTree(Path.of("src/test/resources/eval/expected-metrics.json").toFile());
        assertEquals(expected.path("overall").path("ndcg").asDouble(), round(all.ndcg()), "overall nDCG@10");
        assertEquals(expected.path("overall").path("recall").asDouble(), round(all.recall()), "overall Recall@10");
        assertEquals(expected.path("overall").path("mrr").asDouble(), round(all.mrr()), "overall MRR");
        for (String lang : List.of("en", "zh", "mixed")) {
            assertEquals(expected.path(lang).path("ndcg").asDouble(), round(byLang.get(lang).ndcg()), lang + " nDCG@10");
        }
        // The targets (nDCG@10 >= 0.85 overall, >= 0.80 English; Recall@10 >= 0.90) are not met yet: the
        // recorded values are a floor that a change may only raise, together with this file.
    }

    private static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }
}
