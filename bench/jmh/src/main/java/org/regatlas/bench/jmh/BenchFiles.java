package org.regatlas.bench.jmh;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the benchmarks find their inputs: {@code -Dregatlas.corpus} (default {@code corpus}) and
 * {@code -Dregatlas.queries} (default {@code ../shared/eval/search-dev.json}), relative to the repository root,
 * where bench/jmh.sh runs.
 */
final class BenchFiles {
    private BenchFiles() {}

    static Path corpus() {
        return Path.of(System.getProperty("regatlas.corpus", "corpus")).toAbsolutePath().normalize();
    }

    /** The dev queries' text ({@code query}, or {@code q}), in file order. */
    static List<String> devQueries() throws IOException {
        Path file = Path.of(System.getProperty("regatlas.queries", "../shared/eval/search-dev.json"));
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<String> out = new ArrayList<>();
        for (JsonNode q : root.path("queries")) {
            String text = q.hasNonNull("query") ? q.get("query").asText() : q.path("q").asText();
            if (!text.isBlank()) out.add(text);
        }
        if (out.isEmpty()) throw new IllegalStateException(file + ": no queries");
        return List.copyOf(out);
    }
}
