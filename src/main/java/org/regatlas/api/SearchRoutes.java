package org.regatlas.api;

import io.javalin.http.ContentType;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.regatlas.search.SearchPage;
import org.regatlas.search.SearchQuery;
import org.regatlas.search.SearchBackend;

/**
 * {@code GET /api/search}: parameters and JSON of DESIGN.md. {@code POST /api/search} takes the same parameters as
 * a form body ({@code application/x-www-form-urlencoded}), for text pasted from a guideline that is too long to send
 * in a URL once percent-encoded (a 1,000-character Chinese query is 9,000 bytes).
 */
final class SearchRoutes {
    private final SearchBackend search;

    SearchRoutes(SearchBackend search) {
        this.search = search;
    }

    /** The request's parameters, from its query string or its form body. */
    interface Params {
        /** The first value of {@code name}, or null. */
        @Nullable String first(String name);

        /** Every value of {@code name}, in order; empty when absent. */
        List<String> all(String name);

        static Params query(Context ctx) {
            return new Params() {
                @Override
                public @Nullable String first(String name) {
                    return ctx.queryParam(name);
                }

                @Override
                public List<String> all(String name) {
                    return ctx.queryParams(name);
                }
            };
        }

        static Params of(Map<String, List<String>> values) {
            return new Params() {
                @Override
                public @Nullable String first(String name) {
                    List<String> v = values.getOrDefault(name, List.of());
                    return v.isEmpty() ? null : v.get(0);
                }

                @Override
                public List<String> all(String name) {
                    return values.getOrDefault(name, List.of());
                }
            };
        }
    }

    /** An integer parameter in [min, max]; a missing one takes the default; anything else is a 400 naming it. */
    static int intParam(Params params, String name, int fallback, int min, int max) {
        String raw = params.first(name);
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
        answer(ctx, Params.query(ctx));
    }

    /** POST: the parameters come as a form body, strictly decoded like a query string; query-string ones are refused. */
    void searchForm(Context ctx) {
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        if (!type.startsWith("application/x-www-form-urlencoded")) {
            throw new ApiException(415, "unsupported_media_type", "POST /api/search takes its parameters as "
                    + "application/x-www-form-urlencoded (q=...&jurisdiction=...), not '" + CorpusRoutes.shorten(type)
                    + "'");
        }
        if (ctx.queryString() != null && !ctx.queryString().isEmpty()) {
            throw ApiException.badRequest("POST /api/search takes its parameters in the body only, not in the URL");
        }
        answer(ctx, Params.of(QueryStrings.parse(ctx.body(), "form body")));
    }

    private void answer(Context ctx, Params params) {
        String q = params.first("q") == null ? "" : params.first("q");
        if (q.length() > SearchQuery.MAX_TEXT) {
            throw ApiException.badRequest("Parameter 'q' is " + q.length() + " characters; at most " + SearchQuery.MAX_TEXT);
        }
        int page = intParam(params, "page", 1, 1, Integer.MAX_VALUE);
        int size = intParam(params, "size", 10, 1, SearchQuery.MAX_SIZE);
        if ((long) page * size > SearchQuery.MAX_WINDOW) {
            throw ApiException.badRequest("Parameter 'page': page " + page + " of size " + size + " goes deeper than result "
                    + SearchQuery.MAX_WINDOW);
        }
        String sortParam = params.first("sort") == null ? "relevance" : params.first("sort");
        SearchQuery.Sort sort = switch (sortParam) {
            case "relevance", "" -> SearchQuery.Sort.RELEVANCE;
            case "date" -> SearchQuery.Sort.DATE;
            default -> throw ApiException.badRequest("Parameter 'sort' must be 'relevance' or 'date', not '"
                    + CorpusRoutes.shorten(sortParam) + "'");
        };
        Map<String, List<String>> filters = new LinkedHashMap<>();
        for (String name : SearchQuery.FILTERS) {
            List<String> values = new ArrayList<>();
            for (String raw : params.all(name)) {
                Arrays.stream(raw.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(values::add);
            }
            if (!values.isEmpty()) filters.put(name, values);
        }
        String understandParam = ctx.queryParam("understand") == null ? "true" : ctx.queryParam("understand").strip();
        boolean understand = switch (understandParam) {
            case "true", "" -> true;
            case "false" -> false;
            default -> throw ApiException.badRequest("Parameter 'understand' must be 'true' or 'false', not '"
                    + CorpusRoutes.shorten(understandParam) + "'");
        };
        SearchPage result = search.search(new SearchQuery(q, filters, page, size, sort, understand));
        ctx.contentType(ContentType.APPLICATION_JSON).result(SearchJson.INSTANCE.write(result, page, size));
    }
}
