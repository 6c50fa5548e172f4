package org.regatlas.cli;

import org.regatlas.api.Json;
import org.regatlas.search.CompareService;
import org.regatlas.search.Comparison;
import org.regatlas.search.InvalidQueryException;
import org.regatlas.search.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regatlas compare TOPIC [--q WORDS] [--json]}: a topic across CN, US, EU and INTL. */
@Command(name = "compare", description = "Show what China, the US, the EU and ICH say on one topic, side by side.")
final class CompareCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OpenSearchOption opensearch;

    @Parameters(paramLabel = "TOPIC", description = "A taxonomy topic id, e.g. ltfu, crs, bridging.")
    String topic;

    @Option(names = "--q", defaultValue = "", description = "Narrow the provisions with query words.")
    String query;

    @Option(names = "--json", description = "Print the compare JSON.")
    boolean json;

    @Override
    public void run() {
        try (Engine engine = Engine.open(corpus, opensearch.config())) {
            Comparison c = new CompareService(engine.search, engine.corpus.taxonomy()).compare(topic, query);
            if (json) {
                System.out.println(Json.pretty(org.regatlas.api.CompareView.of(c)));
                return;
            }
            System.out.println(c.topicLabel().en() + " / " + c.topicLabel().zh() + "  [" + c.topicId() + "]");
            for (Comparison.Group g : c.groups()) {
                System.out.println();
                System.out.println("== " + g.jurisdiction() + " (" + g.total() + (g.totalExact() ? "" : "+") + ")");
                if (g.total() == 0) System.out.println("   no provisions on this topic in the corpus");
                for (SearchHit h : g.provisions()) {
                    System.out.printf("   %-6s %s%s%n          %s%n", h.strength(), h.id(),
                            "digest".equals(h.provenance()) ? "  (digest)" : "", h.text());
                }
            }
        } catch (InvalidQueryException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
