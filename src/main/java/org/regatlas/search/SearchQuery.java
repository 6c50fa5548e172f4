package org.regatlas.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.model.Checks;

/**
 * One search request.
 *
 * @param text    the user's query in the syntax of {@link QuerySyntax}; may be empty to browse with filters
 * @param filters filter name ({@link #FILTERS}) to accepted values (OR within a filter, AND across filters)
 * @param page    from 1
 * @param size    1 to {@link #MAX_SIZE}
 * @param understand whether to act on the sources and intent the words name ({@link Understood}); false ranks the
 *                words alone, as when the user removes what was understood
 */
public record SearchQuery(String text, Map<String, List<String>> filters, int page, int size, Sort sort,
                          boolean understand) {
    public static final int MAX_SIZE = 100;
    public static final int MAX_TEXT = 1000;
    /** Deepest result reachable by paging. */
    public static final int MAX_WINDOW = 10_000;
    /** Filter names, as in the API and CLI: {@code doc} filters by document id. */
    public static final List<String> FILTERS = List.of("jurisdiction", "agency", "doc", "topic", "strength", "status",
            "provenance");

    public enum Sort { RELEVANCE, DATE }

    public SearchQuery {
        Checks.notNull(text, "text");
        Checks.argument(text.length() <= MAX_TEXT, "q", "must be at most " + MAX_TEXT + " characters");
        Checks.argument(page >= 1, "page", "must be 1 or more");
        Checks.argument(size >= 1 && size <= MAX_SIZE, "size", "must be between 1 and " + MAX_SIZE);
        Checks.argument((long) page * size <= MAX_WINDOW, "page", "goes deeper than result " + MAX_WINDOW);
        var copy = new LinkedHashMap<String, List<String>>();
        filters.forEach((k, v) -> {
            Checks.argument(FILTERS.contains(k), k, "is not a filter (" + String.join(", ", FILTERS) + ")");
            if (!v.isEmpty()) copy.put(k, List.copyOf(v));
        });
        filters = java.util.Collections.unmodifiableMap(copy);
        Checks.notNull(sort, "sort");
    }

    /** A request that acts on what its words name. */
    public SearchQuery(String text, Map<String, List<String>> filters, int page, int size, Sort sort) {
        this(text, filters, page, size, sort, true);
    }

    /** A first page of {@code size} relevance-ranked hits, no filters. */
    public static SearchQuery of(String text, int size) {
        return new SearchQuery(text, Map.of(), 1, size, Sort.RELEVANCE);
    }
}
