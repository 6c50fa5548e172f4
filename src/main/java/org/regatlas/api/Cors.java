package org.regatlas.api;

import io.javalin.http.Context;
import java.util.List;
import java.util.Set;

/**
 * CORS for the exact origins of {@link ApiConfig#corsOrigins()}, off when there are none. A listed origin is echoed
 * in {@code Access-Control-Allow-Origin} and its preflights are answered; any other origin gets no CORS header, so
 * the browser keeps the response from its page. Javalin's bundled CORS plugin is not used: it answers 400 to an
 * origin it does not list, which would also break the UI's own same-origin POSTs (browsers send {@code Origin} on
 * them).
 */
final class Cors {
    static final String METHODS = "GET, POST";
    static final String HEADERS = "Authorization, Content-Type";
    /** Browsers cap this (Chromium at 2 hours); 10 minutes keeps a changed configuration from lingering. */
    static final int MAX_AGE_SECONDS = 600;

    private final Set<String> origins;

    Cors(List<String> origins) {
        this.origins = Set.copyOf(origins);
    }

    /** Before every request: the allow header for a listed origin; {@code Vary} so caches keep answers apart. */
    void apply(Context ctx) {
        ctx.header("Vary", "Origin");
        String origin = ctx.header("Origin");
        if (origin != null && origins.contains(origin)) {
            ctx.header("Access-Control-Allow-Origin", origin);
        }
    }

    /** {@code OPTIONS}: answers a preflight from a listed origin; anything else is refused. */
    void preflight(Context ctx) {
        String origin = ctx.header("Origin");
        if (origin == null || ctx.header("Access-Control-Request-Method") == null) {
            throw new ApiException(403, "forbidden", "OPTIONS answers only CORS preflights (with the Origin and "
                    + "Access-Control-Request-Method headers)");
        }
        if (!origins.contains(origin)) {
            throw new ApiException(403, "forbidden", "Cross-origin requests from '" + CorpusRoutes.shorten(origin)
                    + "' are not allowed");
        }
        ctx.header("Access-Control-Allow-Methods", METHODS);
        ctx.header("Access-Control-Allow-Headers", HEADERS);
        ctx.header("Access-Control-Max-Age", String.valueOf(MAX_AGE_SECONDS));
        ctx.status(204);
    }
}
