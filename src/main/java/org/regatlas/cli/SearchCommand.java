package org.regatlas.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.api.Json;
import org.regatlas.api.WireSearch;
import org.regatlas.search.SearchHit;
import org.regatlas.search.SearchPage;
import org.regatlas.search.SearchQuery;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code regatlas search QUERY [filters] [--limit N] [--json]}. */
@Command(name = "search", description = "Search provisions in Chinese or English (syntax: words, \"phrases\", AND/OR/NOT, -word, jurisdiction:CN ...).")
final class SearchCommand implements Runnable {
    @Mixin
    CorpusOptions corpus;

    @Mixin
    OpenSearchOption opensearch;

    @Parameters(paramLabel = "QUERY", arity = "0..*", description = "The query words.")
    List<String> words = List.of();

    @Option(names = "--jurisdiction", split = ",", description = "CN, US, EU, INTL") List<String> jurisdiction = List.of();
    @Option(names = "--agency", split = ",") List<String> agency = List.of();
    @Option(names = "--doc", split = ",", description = "document ids") List<String> doc = List.of();
    @Option(names = "--topic", split = ",", description = "taxonomy topic ids") List<String> topic = List.of();
    @Option(names = "--strength", split = ",", description = "MUST, SHOULD, MAY, INFO") List<String> strength = List.of();
    @Option(names = "--limit", defaultValue = "10", description = "hits to show (1-100, default ${DEFAULT-VALUE})") int limit;
    @Option(names = "--sort", defaultValue = "relevance", description = "relevance or date") String sort;
    @Option(names = "--json", description = "Print the search JSON.") boolean json;

    @Override
    public void run() {
        if (limit < 1 || limit > SearchQuery.MAX_SIZE) {
            throw new IllegalArgumentException("--limit must be between 1 and " + SearchQuery.MAX_SIZE);
        }
        Map<String, List<String>> filters = new LinkedHashMap<>();
        filters.put("jurisdiction", jurisdiction);
        filters.put("agency", agency);
        filters.put("doc", doc);
        filters.put("topic", topic);
        filters.put("strength", strength);
        SearchQuery.Sort order = "date".equals(sort) ? SearchQuery.Sort.DATE : SearchQuery.Sort.RELEVANCE;
        try (Engine engine = Engine.open(corpus, opensearch.config())) {
            SearchPage page = engine.search.search(new SearchQuery(String.join(" ", words), filters, 1, limit, order));
            if (json) {
                System.out.println(Json.pretty(WireSearch.of(page, 1, limit)));
                return;
            }
            int rank = 1;
            for (SearchHit h : page.hits()) {
                System.out.printf("%2d. %-6s %s  [%s %s%s]%n    %s%n", rank++, h.strength(), h.id(), h.jurisdiction(),
                        h.agency(), "digest".equals(h.provenance()) ? ", digest" : "", h.text());
            }
            System.out.printf("%d%s hits in %.1f ms%n", page.total(), page.totalExact() ? "" : "+", page.tookMs());
        } catch (org.regatlas.search.InvalidQueryException e) {
            throw new IllegalArgumentException(e.getMessage());
        }
    }
}
