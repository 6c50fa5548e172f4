package org.regatlas.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.regatlas.search.SearchPage;
import org.regatlas.search.SearchQuery;
import org.regatlas.search.SearchService;

/** {@code GET /api/search}: parameters and JSON of DESIGN.md. */
final class SearchRoutes {
    private final SearchService search;

    SearchRoutes(SearchService search) {
        this.search = search;
    }

    /** An integer parameter in [min, max]; a missing one takes the default; anything else is a 400 naming it. */
    static int intParam(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) return fallback;
        int value;
        try {
            value = Integer.parseInt(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("Parameter '" + name + "' must be a whole number, not '" + CorpusRoutes.shorten(raw) + "'");
        }
        if (value < min || value > max) {
            throw ApiException.badRequest("Parameter '" + name + "' must be " + (max == Integer.MAX_VALUE
                    ? min + " or more" : "between " + min + " and " + max) + ", got " + value);
        }
        return value;
    }

    void search(Context ctx) {
        String q = ctx.queryParam("q") == null ? "" : ctx.queryParam("q");
        if (q.length() > SearchQuery.MAX_TEXT) {
            throw ApiException.badRequest("Parameter 'q' is " + q.length() + " characters; at most " + SearchQuery.MAX_TEXT);
        }
        int page = intParam(ctx, "page", 1, 1, Integer.MAX_VALUE);
        int size = intParam(ctx, "size", 10, 1, SearchQuery.MAX_SIZE);
        if ((long) page * size > SearchQuery.MAX_WINDOW) {
            throw ApiException.badRequest("Parameter 'page': page " + page + " of size " + size + " goes deeper than result "
                    + SearchQuery.MAX_WINDOW);
        }
        String sortParam = ctx.queryParam("sort") == null ? "relevance" : ctx.queryParam("sort");
        SearchQuery.Sort sort = switch (sortParam) {
            case "relevance", "" -> SearchQuery.Sort.RELEVANCE;
            case "date" -> SearchQuery.Sort.DATE;
            default -> throw ApiException.badRequest("Parameter 'sort' must be 'relevance' or 'date', not '"
                    + CorpusRoutes.shorten(sortParam) + "'");
        };
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String name : SearchQuery.FILTERS) {
            List<String> values = new ArrayList<>();
            for (String raw : ctx.queryParams(name)) {
                Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
            }
            if (!values.isEmpty()) filters.put(name, values);
        }
        SearchPage result = search.search(new SearchQuery(q, filters, page, size, sort));
        ctx.contentType(ContentType.APPLICATION_JSON).result(SearchJson.INSTANCE.write(result, page, size));
    }
}
